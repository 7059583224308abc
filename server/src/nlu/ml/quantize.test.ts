import { describe, expect, it } from 'vitest';
import { dequantizeRows, quantizeRows, snapRowsToInt8 } from './quantize.ts';

describe('int8 row quantisation', () => {
  const weights = Float32Array.from([0.5, -1.27, 0.01, 0, 0, 0, 3, 2, -1]);

  it('keeps every value within half a step of its row scale', () => {
    const restored = dequantizeRows(JSON.parse(JSON.stringify(quantizeRows(weights, 3))), 3);
    const scales = [1.27 / 127, 0, 3 / 127];
    weights.forEach((w, i) => expect(Math.abs(restored[i]! - w)).toBeLessThanOrEqual(scales[Math.floor(i / 3)]! / 2 + 1e-7));
    expect([...restored.slice(3, 6)]).toEqual([0, 0, 0]);
  });

  it('snaps in place to exactly what a save and load gives back', () => {
    const snapped = Float32Array.from(weights);
    snapRowsToInt8(snapped, 3);
    expect(dequantizeRows(quantizeRows(snapped, 3), 3)).toEqual(snapped);
  });
});
