/**
 * Int8 weight quantisation with one float32 scale per row: models shrink to a
 * quarter on disk. `snapRowsToInt8` applies the same rounding in memory, so a
 * freshly trained model and its reloaded copy predict identically.
 */
import { base64ToFloat32, base64ToInt8, typedToBase64 } from './base64.ts';

/** A matrix serialized as int8 values plus a per-row scale. */
export interface Int8Matrix {
  int8: string;
  scales: string;
}

function rowScale(weights: Float32Array, start: number, rowSize: number): number {
  let max = 0;
  for (let i = start; i < start + rowSize; i++) max = Math.max(max, Math.abs(weights[i]!));
  return max / 127;
}

/** Encodes a row-major matrix (`rowSize` values per row). */
export function quantizeRows(weights: Float32Array, rowSize: number): Int8Matrix {
  const rows = weights.length / rowSize;
  const values = new Int8Array(weights.length);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    const scale = rowScale(weights, r * rowSize, rowSize);
    scales[r] = scale;
    if (scale === 0) continue;
    for (let i = r * rowSize; i < (r + 1) * rowSize; i++) values[i] = Math.round(weights[i]! / scale);
  }
  return { int8: typedToBase64(values), scales: typedToBase64(scales) };
}

/** Decodes {@link quantizeRows} output. */
export function dequantizeRows(matrix: Int8Matrix, rowSize: number): Float32Array {
  const values = base64ToInt8(matrix.int8);
  const scales = base64ToFloat32(matrix.scales);
  const weights = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) weights[i] = values[i]! * scales[Math.floor(i / rowSize)]!;
  return weights;
}

/** Rounds weights in place to exactly what {@link quantizeRows} + {@link dequantizeRows} give back. */
export function snapRowsToInt8(weights: Float32Array, rowSize: number): void {
  // A second pass can move a scale by one float32 ulp; repeat until nothing changes.
  for (let pass = 0; pass < 4; pass++) {
    const snapped = dequantizeRows(quantizeRows(weights, rowSize), rowSize);
    const stable = snapped.every((w, i) => w === weights[i]);
    weights.set(snapped);
    if (stable) return;
  }
}
