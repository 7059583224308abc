import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantConfig } from '../config/tenants.ts';
import { createStore } from '../store/index.ts';
import type { Store } from '../store/store.ts';
import { manualClock } from './clock.ts';
import { configCustomerContext } from './customer-context.ts';
import { buildQueueView, estimateWait } from './queue-view.ts';

describe('estimateWait', () => {
  it('counts everyone ahead, shared among the agents online, rounded up to whole handling times', () => {
    expect(estimateWait(1, 1, 6)).toBe(6);
    expect(estimateWait(3, 1, 6)).toBe(18);
    expect(estimateWait(3, 2, 6)).toBe(12);
    expect(estimateWait(4, 2, 5)).toBe(10);
    expect(estimateWait(3, 1, 2.5)).toBe(8);
  });
  it('never divides by zero agents', () => {
    expect(estimateWait(2, 0, 6)).toBe(12);
  });
});

describe('buildQueueView', () => {
  let store: Store;
  const clock = manualClock();
  const profile = (id: string, languages: string[], skills: string[]) => ({ id, name: id, languages, skills });
  const alex = profile('alex', ['en', 'de'], ['payments']);
  const priya = profile('priya', ['en'], ['licensed']);
  const otto = profile('otto', ['de'], ['licensed']);

  beforeAll(async () => {
    store = await createStore({});
  });
  afterAll(() => store?.close());

  const tenantWith = (id: string, extra: Record<string, unknown> = {}) => TenantConfig.parse({ id, name: id, allowedOrigins: ['*'], ...extra });
  const deps = (tenant: TenantConfig) => ({ store, clock, customers: configCustomerContext(new Map([[tenant.id, tenant]])) });

  /** A conversation the bot answered about `topic`, then handed to the queue for `reason`. */
  async function queued(tenant: string, locale: string, reason: string, topic?: string): Promise<string> {
    const { id } = await store.openConversation({ tenant, visitorId: `${tenant}-${reason}-${topic}-${locale}`, locale });
    await store.appendMessage({ tenant, conversationId: id, author: { kind: 'customer' }, text: 'question' });
    if (topic) await store.appendMessage({ tenant, conversationId: id, author: { kind: 'bot' }, text: 'answer', meta: { intent: topic } });
    await store.appendStateChange({ tenant, conversationId: id, state: 'queued', reason });
    return id;
  }

  it('names the skill each conversation needs and routes to language and skill first', async () => {
    const tenant = tenantWith('skills');
    const advice = await queued(tenant.id, 'de', 'asked_for_person', 'investment_advice');
    const money = await queued(tenant.id, 'en', 'money_missing');
    const plain = await queued(tenant.id, 'en', 'asked_for_person', 'fees_commissions');
    const view = await buildQueueView(deps(tenant), tenant, [alex, priya, otto]);
    const item = (id: string) => view.snapshot.items.find((i) => i.conversationId === id);
    expect(item(advice)).toMatchObject({ skill: 'licensed', routedTo: 'otto' });
    expect(item(money)).toMatchObject({ skill: 'payments', routedTo: 'alex' });
    expect(item(plain)?.skill).toBeNull();
    // Without the German speaker who holds the licence, speaking German wins over the licence.
    expect((await buildQueueView(deps(tenant), tenant, [alex, priya])).snapshot.items.find((i) => i.conversationId === advice)?.routedTo).toBe('alex');
  });

  it('routes on language alone when the tenant turned skill rules off', async () => {
    const tenant = tenantWith('noskills', { skillRules: [] });
    const advice = await queued(tenant.id, 'en', 'asked_for_person', 'investment_advice');
    const view = await buildQueueView(deps(tenant), tenant, [priya, alex]);
    expect(view.snapshot.items.find((i) => i.conversationId === advice)).toMatchObject({ skill: null, routedTo: 'alex' });
  });

  it('estimates with the configured handling time until closes are measured, and none while offline', async () => {
    const tenant = tenantWith('estimate', { expectedHandleMinutes: 4 });
    await queued(tenant.id, 'en', 'asked_for_person');
    await queued(tenant.id, 'en', 'complaint');
    const online = await buildQueueView(deps(tenant), tenant, [alex]);
    expect(online.statuses.map((s) => [s.position, s.estimatedWaitMinutes])).toEqual([
      [1, 4],
      [2, 8],
    ]);
    const offline = await buildQueueView(deps(tenant), tenant, []);
    expect(offline.statuses.map((s) => [s.offline, s.estimatedWaitMinutes])).toEqual([
      [true, null],
      [true, null],
    ]);
  });
});
