import { once } from 'node:events';
import type { SlaBreach } from '@parley/sdk/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantConfig } from '../config/tenants.ts';
import { createStore } from '../store/index.ts';
import type { Store } from '../store/store.ts';
import { manualClock } from './clock.ts';
import { configCustomerContext } from './customer-context.ts';
import { slaMonitor, sweepInterval, type SlaMonitor } from './sla.ts';

const VIP = '11111111-2222-4333-8444-555555555555';
const MINUTE = 60_000;

let store: Store;
beforeAll(async () => {
  store = await createStore({});
}, 30_000);
afterAll(() => store?.close());

// A tenant per test, so sweeps never see another test's conversations.
let tenantCount = 0;
function newTenant() {
  return TenantConfig.parse({ id: `sla-${++tenantCount}`, name: 'Acme', allowedOrigins: ['*'], demoCustomers: [{ visitorId: VIP, tier: 'vip' }] });
}

/** One server process's monitor on its own clock, recording every breach it announces. */
function serverProcess(tenant: TenantConfig) {
  const clock = manualClock();
  const monitor = slaMonitor({ store, clock, customers: configCustomerContext(new Map([[tenant.id, tenant]])) });
  const breaches: SlaBreach[] = [];
  monitor.events.on('breach', (_tenant, breach) => breaches.push(breach));
  return { clock, monitor, breaches };
}

async function queued(tenant: TenantConfig, visitorId: string): Promise<string> {
  const { id } = await store.openConversation({ tenant: tenant.id, visitorId, locale: 'en' });
  await store.appendStateChange({ tenant: tenant.id, conversationId: id, state: 'queued', reason: 'asked_for_person' });
  return id;
}

const ids = (breaches: SlaBreach[]) => breaches.map((b) => b.conversationId);
const closeAll = (...monitors: SlaMonitor[]) => monitors.forEach((m) => m.close());

describe('first-response SLA monitor', () => {
  it('breaches each tier at its own due time (VIP 5 minutes, standard 15) and only once', async () => {
    const tenant = newTenant();
    const { clock, monitor, breaches } = serverProcess(tenant);
    const vip = await queued(tenant, VIP);
    const standard = await queued(tenant, 'visitor-standard');
    await monitor.watch(tenant, vip);
    await monitor.watch(tenant, standard);

    clock.advance(5 * MINUTE - 1_000);
    await monitor.sweep();
    expect(breaches).toEqual([]);
    clock.advance(2_000);
    await monitor.sweep();
    expect(ids(breaches)).toEqual([vip]);
    const handoff = await store.getHandoff(tenant.id, vip);
    expect(breaches[0]).toMatchObject({ tier: 'vip', dueAt: new Date(handoff!.queuedAt!.getTime() + 5 * MINUTE).toISOString() });

    clock.advance(10 * MINUTE);
    await monitor.sweep();
    expect(ids(breaches)).toEqual([vip, standard]);
    expect(breaches[1]?.tier).toBe('standard');
    clock.advance(60 * MINUTE);
    await monitor.resync([tenant]);
    expect(breaches).toHaveLength(2);
    closeAll(monitor);
  });

  it('stays quiet when a person answers in time or the conversation goes back to the bot', async () => {
    const tenant = newTenant();
    const { clock, monitor, breaches } = serverProcess(tenant);
    const answered = await queued(tenant, 'visitor-answered');
    const returned = await queued(tenant, 'visitor-returned');
    await monitor.resync([tenant]);
    await store.transition({ tenant: tenant.id, conversationId: answered, from: ['queued'], state: 'agent', agentId: 'alex' });
    await store.appendMessage({ tenant: tenant.id, conversationId: answered, author: { kind: 'agent', name: 'Alex' }, text: 'Hello' });
    await store.appendStateChange({ tenant: tenant.id, conversationId: returned, state: 'bot', reason: 'returned' });
    clock.advance(60 * MINUTE);
    await monitor.sweep();
    expect(breaches).toEqual([]);
    expect(await store.listSlaPending(tenant.id)).toEqual([]);
    closeAll(monitor);
  });

  it('announces one breach between two processes that both watch the conversation', async () => {
    const tenant = newTenant();
    const one = serverProcess(tenant);
    const two = serverProcess(tenant);
    const id = await queued(tenant, VIP);
    await one.monitor.watch(tenant, id);
    await two.monitor.resync([tenant]);
    one.clock.advance(6 * MINUTE);
    two.clock.advance(6 * MINUTE);
    await Promise.all([one.monitor.sweep(), two.monitor.sweep()]);
    expect([...ids(one.breaches), ...ids(two.breaches)]).toEqual([id]);
    // Sweeping again (as every process keeps doing) finds it recorded.
    await Promise.all([one.monitor.resync([tenant]), two.monitor.sweep()]);
    expect(one.breaches.length + two.breaches.length).toBe(1);
    closeAll(one.monitor, two.monitor);
  });

  it('still breaches when the process that queued the conversation has gone: another one sweeps it up', async () => {
    const tenant = newTenant();
    const gone = serverProcess(tenant);
    const survivor = serverProcess(tenant);
    await survivor.monitor.resync([tenant]);
    const id = await queued(tenant, VIP);
    await gone.monitor.watch(tenant, id);
    gone.monitor.close();

    const breach = once(survivor.monitor.events, 'breach');
    // Only the survivor's periodic sweep, on its clock, can find the conversation.
    survivor.clock.advance(6 * MINUTE);
    expect((await breach)[1]).toMatchObject({ conversationId: id, tier: 'vip' });
    closeAll(survivor.monitor);
  });

  it('treats a new queue episode as a new SLA', async () => {
    const tenant = newTenant();
    const { clock, monitor, breaches } = serverProcess(tenant);
    const id = await queued(tenant, VIP);
    await monitor.watch(tenant, id);
    clock.advance(6 * MINUTE);
    await monitor.sweep();
    await store.appendStateChange({ tenant: tenant.id, conversationId: id, state: 'bot', reason: 'returned' });
    await store.appendStateChange({ tenant: tenant.id, conversationId: id, state: 'queued', reason: 'asked_for_person' });
    expect(await store.listSlaPending(tenant.id)).toMatchObject([{ conversationId: id }]);
    await monitor.watch(tenant, id);
    clock.advance(6 * MINUTE);
    await monitor.sweep();
    expect(ids(breaches)).toEqual([id, id]);
    closeAll(monitor);
  });

  it('sweeps at a tenth of the shortest SLA, between 250 ms and 30 s', () => {
    expect(sweepInterval([])).toBe(30_000);
    expect(sweepInterval([{ sla: {} }])).toBe(30_000);
    expect(sweepInterval([{ sla: {} }, { sla: { vip: { firstResponseMinutes: 1, priority: 100 } } }])).toBe(6_000);
    expect(sweepInterval([{ sla: { standard: { firstResponseMinutes: 0.05, priority: 0 } } }])).toBe(300);
    expect(sweepInterval([{ sla: { standard: { firstResponseMinutes: 0.001, priority: 0 } } }])).toBe(250);
  });
});
