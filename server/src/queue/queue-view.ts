import type { AgentProfile, QueueItem, QueueSnapshot, QueueStatus } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';
import { caseNumber } from '../handoff/hand-off.ts';
import type { HandoffRecord, Store } from '../store/store.ts';
import { isWithinBusinessHours } from './business-hours.ts';
import type { Clock } from './clock.ts';
import type { CustomerContextProvider } from './customer-context.ts';
import { byPriority, tierSla } from './priority.ts';
import { routeTo } from './routing.ts';

export interface QueueViewDeps {
  store: Store;
  customers: CustomerContextProvider;
  clock: Clock;
}

/** The tenant's queue for agents, and what each waiting customer is told. */
export interface QueueView {
  snapshot: QueueSnapshot;
  /** One per conversation still waiting (state `queued`), in queue order. */
  statuses: QueueStatus[];
}

/** Builds the queue from the store (the truth, shared by every process) and who is online now. */
export async function buildQueueView(deps: QueueViewDeps, tenant: TenantConfig, online: readonly AgentProfile[]): Promise<QueueView> {
  const now = deps.clock.now();
  const handoffs = await deps.store.listHandoffs(tenant.id);
  const load = new Map<string, number>();
  for (const h of handoffs) if (h.agentId) load.set(h.agentId, (load.get(h.agentId) ?? 0) + 1);
  const items = await Promise.all(handoffs.map((h) => toItem(deps, tenant, h, now, online, load)));
  items.sort(byPriority);
  const waiting = items.filter((i) => i.state === 'queued');
  const open = isWithinBusinessHours(tenant.businessHours, new Date(now));
  const offline = !open || online.length === 0;
  const statuses = waiting.map((item, index) => ({
    conversationId: item.conversationId,
    caseNumber: item.caseNumber,
    position: index + 1,
    estimatedWaitMinutes: offline ? null : estimateWait(index + 1, online.length, tenant.expectedHandleMinutes),
    agentsOnline: online.length,
    withinBusinessHours: open,
    offline,
  }));
  return { snapshot: { items, serverNow: new Date(now).toISOString(), agentsOnline: online.length }, statuses };
}

/**
 * Honest, not hopeful: everyone ahead (and this customer) needs an agent for about one handling time,
 * shared among the agents online. Rounded up to whole minutes.
 */
export function estimateWait(position: number, agentsOnline: number, handleMinutes: number): number {
  return Math.ceil(Math.ceil(position / Math.max(1, agentsOnline)) * handleMinutes);
}

async function toItem(
  deps: QueueViewDeps,
  tenant: TenantConfig,
  h: HandoffRecord,
  now: number,
  online: readonly AgentProfile[],
  load: ReadonlyMap<string, number>,
): Promise<QueueItem> {
  const customer = await deps.customers.get({ tenant: tenant.id, visitorId: h.visitorId });
  const sla = tierSla(tenant, customer.tier);
  const queuedAt = h.queuedAt ?? new Date(now);
  const due = h.firstResponseAt ? null : queuedAt.getTime() + sla.firstResponseMinutes * 60_000;
  return {
    conversationId: h.conversationId,
    caseNumber: caseNumber(h.conversationId),
    state: h.state === 'agent' ? 'agent' : 'queued',
    tier: customer.tier,
    priority: sla.priority,
    language: h.locale,
    reason: h.reason ?? 'asked_for_person',
    queuedAt: queuedAt.toISOString(),
    slaDueAt: due === null ? null : new Date(due).toISOString(),
    breached: due !== null && now >= due,
    agentId: h.agentId,
    routedTo: h.state === 'queued' ? (routeTo(h.locale, online, load)?.id ?? null) : null,
    ...(customer.name ? { customerName: customer.name } : {}),
  };
}
