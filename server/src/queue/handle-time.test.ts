import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantConfig } from '../config/tenants.ts';
import { createStore } from '../store/index.ts';
import type { Store } from '../store/store.ts';
import { manualClock } from './clock.ts';
import { handleMinutesFrom, handleTimes, median, MIN_MEASURED } from './handle-time.ts';

const minutes = (...m: number[]) => m.map((x) => x * 60_000);

describe('handleMinutesFrom', () => {
  it('keeps the configured figure until enough conversations were measured', () => {
    expect(handleMinutesFrom(minutes(2, 3, 4, 5).slice(0, MIN_MEASURED - 1), 6)).toBe(6);
    expect(handleMinutesFrom(minutes(2, 3, 4, 5, 9), 6)).toBe(4);
  });
  it('takes the median, so one conversation left open for hours does not move everyone', () => {
    expect(handleMinutesFrom(minutes(3, 3, 4, 5, 240), 6)).toBe(4);
    expect(handleMinutesFrom(minutes(2, 3, 5, 6, 7, 300), 6)).toBe(5.5);
  });
  it('never says less than a minute', () => {
    expect(handleMinutesFrom([10, 20, 30, 40, 50], 6)).toBe(1);
  });
  it('median of nothing is undefined', () => {
    expect(median([])).toBeUndefined();
    expect(median([7])).toBe(7);
  });
});

describe('handleTimes over the store', () => {
  let store: Store;
  const tenant = TenantConfig.parse({ id: 'measured', name: 'Measured', allowedOrigins: ['*'], expectedHandleMinutes: 6 });
  let visitor = 0;

  beforeAll(async () => {
    store = await createStore({});
  });
  afterAll(() => store?.close());

  /** One conversation through the given states, as agents and the queue would move it. */
  async function walk(...states: ('queued' | 'agent' | 'bot' | 'closed')[]): Promise<string> {
    const { id } = await store.openConversation({ tenant: tenant.id, visitorId: `v${++visitor}`, locale: 'en' });
    for (const state of states) {
      await store.appendStateChange({ tenant: tenant.id, conversationId: id, state, ...(state === 'agent' ? { agentId: 'alex' } : {}) });
    }
    return id;
  }

  it('measures claim to close of conversations a person closed, and nothing else', async () => {
    const since = new Date(Date.now() - 60_000);
    await walk('queued', 'closed');
    await walk('queued', 'agent', 'bot', 'closed');
    expect(await store.handlingTimes(tenant.id, since, 50)).toEqual([]);
    await walk('queued', 'agent', 'agent', 'closed');
    await walk('queued', 'agent', 'bot', 'queued', 'agent', 'closed');
    const measured = await store.handlingTimes(tenant.id, since, 50);
    expect(measured).toHaveLength(2);
    for (const ms of measured) expect(ms).toBeGreaterThanOrEqual(0);
    expect(await store.handlingTimes(tenant.id, since, 1)).toHaveLength(1);
    expect(await store.handlingTimes(tenant.id, new Date(Date.now() + 60_000), 50)).toEqual([]);
  });

  it('switches from the configured figure once enough closes are measured, re-measuring every few minutes', async () => {
    const clock = manualClock();
    const times = handleTimes({ store, clock });
    // Two measured closes from the test above: not enough yet.
    expect(await times.minutes(tenant)).toBe(6);
    for (let i = 2; i < MIN_MEASURED; i++) await walk('queued', 'agent', 'closed');
    expect(await times.minutes(tenant)).toBe(6);
    clock.advance(5 * 60_000);
    // Closes in a test take milliseconds: the measured figure is the one-minute floor.
    expect(await times.minutes(tenant)).toBe(1);
  });
});
