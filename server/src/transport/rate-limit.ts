/**
 * A token bucket: `burst` actions at once, refilled at `perSecond`. The clock is injected so
 * tests can move time instead of waiting.
 */
export interface TokenBucket {
  /** Takes one token; returns 0 when allowed, else the milliseconds until one is available. */
  take(): number;
}

export function tokenBucket(burst: number, perSecond: number, now: () => number = Date.now): TokenBucket {
  let tokens = burst;
  let updated = now();
  return {
    take() {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - updated) / 1000) * perSecond);
      updated = t;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.ceil(((1 - tokens) / perSecond) * 1000);
    },
  };
}
