import { EventEmitter } from 'node:events';
import type { SlaBreach } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';
import { caseNumber } from '../handoff/hand-off.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from './clock.ts';
import type { CustomerContextProvider } from './customer-context.ts';
import { tierSla } from './priority.ts';

/** Internal events other code can hook (e.g. outbound webhooks): `breach` with the tenant. */
export interface SlaEvents {
  breach: [tenant: string, breach: SlaBreach];
}

export interface SlaMonitor {
  readonly events: EventEmitter<SlaEvents>;
  /** (Re)arms the first-response timer of a conversation that just entered the queue. */
  watch(tenant: TenantConfig, conversationId: string): Promise<void>;
  /** Arms timers for every conversation already waiting (after a restart). */
  resync(tenants: readonly TenantConfig[]): Promise<void>;
  close(): void;
}

/**
 * First-response SLA timers per conversation, on an injected clock. A timer that falls due re-reads the
 * store: only a conversation still in the same queue episode with no human answer yet is a breach.
 */
export function slaMonitor(deps: { store: Store; clock: Clock; customers: CustomerContextProvider }): SlaMonitor {
  const events = new EventEmitter<SlaEvents>();
  const timers = new Map<string, () => void>();

  const watch = async (tenant: TenantConfig, conversationId: string) => {
    const handoff = await deps.store.getHandoff(tenant.id, conversationId);
    timers.get(conversationId)?.();
    timers.delete(conversationId);
    if (!handoff?.queuedAt || handoff.firstResponseAt || (handoff.state !== 'queued' && handoff.state !== 'agent')) return;
    const { tier } = await deps.customers.get({ tenant: tenant.id, visitorId: handoff.visitorId });
    const queuedAt = handoff.queuedAt.getTime();
    const dueAt = queuedAt + tierSla(tenant, tier).firstResponseMinutes * 60_000;
    const check = async () => {
      timers.delete(conversationId);
      const now = await deps.store.getHandoff(tenant.id, conversationId);
      const sameEpisode = now?.queuedAt?.getTime() === queuedAt;
      if (!now || !sameEpisode || now.firstResponseAt || (now.state !== 'queued' && now.state !== 'agent')) return;
      events.emit('breach', tenant.id, { conversationId, caseNumber: caseNumber(conversationId), tier, dueAt: new Date(dueAt).toISOString() });
    };
    timers.set(conversationId, deps.clock.setTimer(dueAt - deps.clock.now(), () => void check().catch(() => undefined)));
  };

  return {
    events,
    watch,
    async resync(tenants) {
      for (const tenant of tenants) for (const h of await deps.store.listHandoffs(tenant.id)) await watch(tenant, h.conversationId);
    },
    close() {
      for (const cancel of timers.values()) cancel();
      timers.clear();
    },
  };
}
