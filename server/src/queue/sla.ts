import { EventEmitter } from 'node:events';
import type { SlaBreach } from '@parley/sdk/protocol';
import type { Logger } from 'pino';
import { DEFAULT_SLA } from '../agents/config.ts';
import type { TenantConfig } from '../config/tenants.ts';
import { caseNumber } from '../handoff/hand-off.ts';
import type { SlaPending } from '../store/sla-store.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from './clock.ts';
import type { CustomerContextProvider } from './customer-context.ts';
import { tierSla } from './priority.ts';

/** Internal events other code can hook (e.g. outbound webhooks): `breach` with the tenant, once per breach cluster-wide. */
export interface SlaEvents {
  breach: [tenant: string, breach: SlaBreach];
}

export interface SlaMonitor {
  readonly events: EventEmitter<SlaEvents>;
  /** Arms the first-response timer of a conversation that just entered the queue, without waiting for a sweep. */
  watch(tenant: TenantConfig, conversationId: string): Promise<void>;
  /** Sweeps these tenants now, then every `sweepInterval(tenants)` on the clock until `close`. */
  resync(tenants: readonly TenantConfig[]): Promise<void>;
  /**
   * Arms a timer for every waiting conversation this process does not hold yet (whoever queued it, even a
   * process that has died since), checks at once those already due, and resolves when every check started
   * in this process has finished.
   */
  sweep(): Promise<void>;
  close(): void;
}

export interface SlaMonitorDeps {
  store: Pick<Store, 'getHandoff' | 'listSlaPending' | 'recordSlaBreach'>;
  clock: Clock;
  customers: CustomerContextProvider;
  log?: Pick<Logger, 'error'>;
}

const MIN_SWEEP_MS = 250;
const MAX_SWEEP_MS = 30_000;

/**
 * How often each process sweeps: a tenth of the shortest first-response SLA of any tenant and tier, within
 * 250 ms – 30 s. Only breaches whose timer died with its process wait for a sweep, so that is how late they can be.
 */
export function sweepInterval(tenants: readonly Pick<TenantConfig, 'sla'>[]): number {
  const minutes = tenants.flatMap((t) => [...Object.keys(DEFAULT_SLA), ...Object.keys(t.sla)].map((tier) => tierSla(t, tier).firstResponseMinutes));
  return Math.min(MAX_SWEEP_MS, Math.max(MIN_SWEEP_MS, (Math.min(...minutes) * 60_000) / 10));
}

interface Timer {
  tenant: TenantConfig;
  conversationId: string;
  tier: string;
  queuedAt: number;
  allowanceMs: number;
  dueAt: number;
}

/**
 * First-response SLA timers on an injected clock, safe to run in every process of a cluster. Any process
 * may notice a breach (its own precise timer, or a sweep of what is waiting in the store); the store
 * records it once per queue episode, and only the process whose record won emits `breach`.
 */
export function slaMonitor(deps: SlaMonitorDeps): SlaMonitor {
  const events = new EventEmitter<SlaEvents>();
  // Conversation id → the queue episode its timer is for.
  const armed = new Map<string, { queuedAt: number; cancel: () => void }>();
  const inFlight = new Set<Promise<void>>();
  let tenants: readonly TenantConfig[] = [];
  let stopSweeping: (() => void) | undefined;
  let closed = false;

  const disarm = (conversationId: string) => {
    armed.get(conversationId)?.cancel();
    armed.delete(conversationId);
  };

  const track = (work: Promise<void>) => {
    const done: Promise<void> = work
      .catch((err: unknown) => deps.log?.error({ err }, 'SLA check failed'))
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };

  const check = async (t: Timer) => {
    // A timer may fire a millisecond early; come back for the rest rather than miss the breach.
    if (deps.clock.now() < t.dueAt) return schedule(t);
    const { tenant, conversationId, tier, allowanceMs } = t;
    try {
      const record = await deps.store.recordSlaBreach({ tenant: tenant.id, conversationId, tier, allowanceMs, now: new Date(deps.clock.now()) });
      // No record: answered, out of the queue, a newer episode, or another process recorded it first.
      if (record) events.emit('breach', tenant.id, { conversationId, caseNumber: caseNumber(conversationId), tier, dueAt: record.dueAt.toISOString() });
    } finally {
      // Held until now so a sweep meanwhile does not check the same episode twice.
      if (armed.get(conversationId)?.queuedAt === t.queuedAt) armed.delete(conversationId);
    }
  };

  const schedule = (t: Timer) => {
    disarm(t.conversationId);
    if (closed) return;
    const wait = t.dueAt - deps.clock.now();
    if (wait > 0) return void armed.set(t.conversationId, { queuedAt: t.queuedAt, cancel: deps.clock.setTimer(wait, () => track(check(t))) });
    armed.set(t.conversationId, { queuedAt: t.queuedAt, cancel: () => undefined });
    track(check(t));
  };

  const arm = async (tenant: TenantConfig, pending: SlaPending) => {
    const queuedAt = pending.queuedAt.getTime();
    if (closed || armed.get(pending.conversationId)?.queuedAt === queuedAt) return;
    const { tier } = await deps.customers.get({ tenant: tenant.id, visitorId: pending.visitorId });
    const allowanceMs = tierSla(tenant, tier).firstResponseMinutes * 60_000;
    schedule({ tenant, conversationId: pending.conversationId, tier, queuedAt, allowanceMs, dueAt: queuedAt + allowanceMs });
  };

  const sweep = async () => {
    for (const tenant of tenants) {
      try {
        for (const pending of await deps.store.listSlaPending(tenant.id)) {
          // One customer lookup failing must not leave the rest of the queue unwatched.
          await arm(tenant, pending).catch((err: unknown) => deps.log?.error({ err, tenant: tenant.id, conversationId: pending.conversationId }, 'SLA timer not armed'));
        }
      } catch (err) {
        deps.log?.error({ err, tenant: tenant.id }, 'SLA sweep failed');
      }
    }
    await Promise.all([...inFlight]);
  };

  const sweepLater = () => {
    stopSweeping = deps.clock.setTimer(sweepInterval(tenants), () => {
      void sweep().finally(() => {
        if (!closed) sweepLater();
      });
    });
  };

  return {
    events,
    async watch(tenant, conversationId) {
      const h = await deps.store.getHandoff(tenant.id, conversationId);
      if (!h?.queuedAt || h.firstResponseAt || (h.state !== 'queued' && h.state !== 'agent')) return disarm(conversationId);
      await arm(tenant, { conversationId, visitorId: h.visitorId, queuedAt: h.queuedAt });
    },
    async resync(list) {
      tenants = list;
      if (!stopSweeping && !closed) sweepLater();
      await sweep();
    },
    sweep,
    close() {
      closed = true;
      stopSweeping?.();
      for (const id of [...armed.keys()]) disarm(id);
    },
  };
}
