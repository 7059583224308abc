import type { TenantConfig } from '../config/tenants.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from './clock.ts';

/** Fewer closed conversations than this and their median is noise: keep the configured figure. */
export const MIN_MEASURED = 5;
/** The latest closes only, so the figure follows the team's pace today rather than last year's. */
const SAMPLE = 50;
const LOOKBACK_MS = 14 * 24 * 60 * 60_000;
/** Measured at most this often per tenant: the figure moves slowly and the query reads the event log. */
export const REMEASURE_MS = 5 * 60_000;

/** The middle value (mean of the two middle ones for an even count); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Minutes a person takes per conversation, for the wait estimate. The configured `expectedHandleMinutes`
 * is a guess made once; what the team actually takes is in the event log, so once enough conversations
 * were closed recently their median (claim to close) is used instead. The median, not the mean: one
 * conversation left open over lunch must not double everyone's estimate. Never under a minute: quicker
 * closes are mistakes or tests, and an estimate of zero would not be honest.
 */
export function handleMinutesFrom(durationsMs: readonly number[], configured: number): number {
  if (durationsMs.length < MIN_MEASURED) return configured;
  return Math.max(1, median(durationsMs)! / 60_000);
}

export interface HandleTimes {
  minutes(tenant: TenantConfig): Promise<number>;
}

/** Measured handling time per tenant, kept for a few minutes on the injected clock. */
export function handleTimes(deps: { store: Store; clock: Clock }): HandleTimes {
  const measured = new Map<string, { at: number; minutes: number }>();
  return {
    async minutes(tenant) {
      const now = deps.clock.now();
      const known = measured.get(tenant.id);
      if (known && now - known.at < REMEASURE_MS) return known.minutes;
      const durations = await deps.store.handlingTimes(tenant.id, new Date(now - LOOKBACK_MS), SAMPLE);
      const minutes = handleMinutesFrom(durations, tenant.expectedHandleMinutes);
      measured.set(tenant.id, { at: now, minutes });
      return minutes;
    },
  };
}
