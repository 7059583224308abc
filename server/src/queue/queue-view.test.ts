import { describe, expect, it } from 'vitest';
import { estimateWait } from './queue-view.ts';

describe('estimateWait', () => {
  it('counts everyone ahead, shared among the agents online, rounded up to whole handling times', () => {
    expect(estimateWait(1, 1, 6)).toBe(6);
    expect(estimateWait(3, 1, 6)).toBe(18);
    expect(estimateWait(3, 2, 6)).toBe(12);
    expect(estimateWait(4, 2, 5)).toBe(10);
  });
  it('never divides by zero agents', () => {
    expect(estimateWait(2, 0, 6)).toBe(12);
  });
});
