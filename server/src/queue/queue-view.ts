import type { AgentProfile, QueueItem, QueueSnapshot, QueueStatus } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';
import { caseNumber } from '../handoff/hand-off.ts';
import type { HandoffRecord, Store } from '../store/store.ts';
import { isWithinBusinessHours } from './business-hours.ts';
import type { Clock } from './clock.ts';
import type { CustomerContextProvider } from './customer-context.ts';
import { handleTimes, type HandleTimes } from './handle-time.ts';
import { byPriority, tierSla } from './priority.ts';
import { neededSkill, routeTo } from './routing.ts';
import { conversationTopics, type Topics } from './topics.ts';

export interface QueueViewDeps {
  store: Store;
  customers: CustomerContextProvider;
  clock: Clock;
  /** Kept between builds so each queue episode's topic is read once (a fresh one per build without it). */
  topics?: Topics;
  /** Kept between builds so handling time is measured every few minutes, not on every change. */
  handleTimes?: HandleTimes;
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
  const topics = deps.topics ?? conversationTopics(deps.store);
  const handoffs = await deps.store.listHandoffs(tenant.id);
  topics.keepOnly(tenant.id, handoffs);
  const load = new Map<string, number>();
  for (const h of handoffs) if (h.agentId) load.set(h.agentId, (load.get(h.agentId) ?? 0) + 1);
  const items = await Promise.all(handoffs.map((h) => toItem(deps, topics, tenant, h, now, online, load)));
  items.sort(byPriority);
  const waiting = items.filter((i) => i.state === 'queued');
  const open = isWithinBusinessHours(tenant.businessHours, new Date(now));
  const offline = !open || online.length === 0;
  // Measured only when someone will be told an estimate.
  const handleMinutes = offline || waiting.length === 0 ? null : await (deps.handleTimes ?? handleTimes(deps)).minutes(tenant);
  const statuses = waiting.map((item, index) => ({
    conversationId: item.conversationId,
    caseNumber: item.caseNumber,
    position: index + 1,
    estimatedWaitMinutes: handleMinutes === null ? null : estimateWait(index + 1, online.length, handleMinutes),
    agentsOnline: online.length,
    withinBusinessHours: open,
    offline,
  }));
  return { snapshot: { items, serverNow: new Date(now).toISOString(), agentsOnline: online.length }, statuses };
}

/**
 * Honest, not hopeful: everyone ahead (and this customer) needs an agent for about one handling time
 * (measured, see handle-time.ts), shared among the agents online. Rounded up to whole minutes.
 */
export function estimateWait(position: number, agentsOnline: number, handleMinutes: number): number {
  return Math.ceil(Math.ceil(position / Math.max(1, agentsOnline)) * handleMinutes);
}

async function toItem(
  deps: QueueViewDeps,
  topics: Topics,
  tenant: TenantConfig,
  h: HandoffRecord,
  now: number,
  online: readonly AgentProfile[],
  load: ReadonlyMap<string, number>,
): Promise<QueueItem> {
  const [customer, topic] = await Promise.all([
    deps.customers.get({ tenant: tenant.id, visitorId: h.visitorId }),
    tenant.skillRules.length > 0 ? topics.of(tenant.id, h) : Promise.resolve([]),
  ]);
  const skill = neededSkill(tenant.skillRules, h.reason, topic);
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
    skill,
    queuedAt: queuedAt.toISOString(),
    slaDueAt: due === null ? null : new Date(due).toISOString(),
    breached: due !== null && now >= due,
    agentId: h.agentId,
    routedTo: h.state === 'queued' ? (routeTo({ language: h.locale, skill }, online, load)?.id ?? null) : null,
    ...(customer.name ? { customerName: customer.name } : {}),
  };
}
