import { describe, expect, it } from 'vitest';
import { tokenBucket } from './rate-limit.ts';

describe('tokenBucket', () => {
  it('allows a burst, then refuses with the wait, then refills with time', () => {
    let now = 0;
    const bucket = tokenBucket(3, 2, () => now);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([0, 0, 0]);
    expect(bucket.take()).toBe(500);
    now += 500;
    expect(bucket.take()).toBe(0);
    expect(bucket.take()).toBeGreaterThan(0);
    now += 10_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take() > 0]).toEqual([0, 0, 0, true]);
  });
});
