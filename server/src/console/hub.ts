import type { AgentProfile, QueueStatus, ServerToClientEvents } from '@parley/sdk/protocol';
import type { Logger } from 'pino';
import type { TenantConfig } from '../config/tenants.ts';
import type { ConversationEmitter } from '../pipeline/context.ts';
import type { Clock } from '../queue/clock.ts';
import type { CustomerContextProvider } from '../queue/customer-context.ts';
import { buildQueueView, type QueueViewDeps } from '../queue/queue-view.ts';
import type { SlaMonitor } from '../queue/sla.ts';
import type { Store } from '../store/store.ts';
import { conversationRoom, type ParleyServer } from '../transport/types.ts';
import { agentsRoom, watchRoom, type AgentNamespace } from './types.ts';

export interface ConsoleHubDeps extends QueueViewDeps {
  io: ParleyServer;
  agents: AgentNamespace;
  store: Store;
  tenants: ReadonlyMap<string, TenantConfig>;
  customers: CustomerContextProvider;
  clock: Clock;
  sla: SlaMonitor;
  log: Logger;
}

/**
 * Keeps agent consoles and waiting customers in step with conversations: every event sent to a
 * customer room passes through `observe`, which mirrors it to the agents watching, arms SLA timers
 * on entering the queue, and republishes the queue (to agents) and queue positions (to customers).
 */
export interface ConsoleHub {
  /** Wraps the customer emitter so nothing that reaches a customer is missed by agents. */
  wrap(emitter: ConversationEmitter): ConversationEmitter;
  /** Republishes the tenant's queue and every waiting customer's position. */
  refresh(tenant: string): Promise<void>;
  /** Where one waiting conversation stands now (undefined unless it is queued), e.g. for a customer who just came back. */
  statusOf(tenant: string, conversationId: string): Promise<QueueStatus | undefined>;
  onlineAgents(tenant: string): Promise<AgentProfile[]>;
}

export function consoleHub(deps: ConsoleHubDeps): ConsoleHub {
  deps.sla.events.on('breach', (tenant, breach) => {
    deps.log.warn({ tenant, ...breach }, 'first-response SLA breached');
    deps.agents.to(agentsRoom(tenant)).emit('sla:breach', breach);
    void refresh(tenant);
  });

  async function onlineAgents(tenant: string): Promise<AgentProfile[]> {
    // fetchSockets asks every process (through the adapter), so presence is cluster-wide.
    const sockets = await deps.agents.in(agentsRoom(tenant)).fetchSockets();
    const byId = new Map(sockets.map((s) => [s.data.agent.id, s.data.agent]));
    return [...byId.values()];
  }

  async function refresh(tenantId: string): Promise<void> {
    const tenant = deps.tenants.get(tenantId);
    if (!tenant) return;
    try {
      const view = await buildQueueView(deps, tenant, await onlineAgents(tenantId));
      deps.agents.to(agentsRoom(tenantId)).emit('queue:update', view.snapshot);
      for (const status of view.statuses) deps.io.to(conversationRoom(tenantId, status.conversationId)).emit('queue:status', status);
    } catch (err) {
      deps.log.error({ err, tenant: tenantId }, 'queue refresh failed');
    }
  }

  async function statusOf(tenantId: string, conversationId: string): Promise<QueueStatus | undefined> {
    const tenant = deps.tenants.get(tenantId);
    if (!tenant) return undefined;
    const view = await buildQueueView(deps, tenant, await onlineAgents(tenantId));
    return view.statuses.find((status) => status.conversationId === conversationId);
  }

  function observe<E extends keyof ServerToClientEvents>(tenant: string, conversationId: string, event: E, payload: unknown): void {
    const watchers = deps.agents.to(watchRoom(tenant, conversationId));
    if (event === 'message') watchers.emit('conversation:message', payload as Parameters<ServerToClientEvents['message']>[0]);
    if (event === 'typing') watchers.emit('typing', { conversationId, ...(payload as Parameters<ServerToClientEvents['typing']>[0]) });
    if (event === 'conversation:state') {
      const change = payload as Parameters<ServerToClientEvents['conversation:state']>[0];
      watchers.emit('conversation:state', change);
      const config = deps.tenants.get(tenant);
      const armed = change.state === 'queued' && config ? deps.sla.watch(config, conversationId) : Promise.resolve();
      void armed.catch((err: unknown) => deps.log.error({ err, tenant, conversationId }, 'SLA watch failed')).then(() => refresh(tenant));
    }
  }

  return {
    wrap: (emitter) => ({
      emit(tenant, conversationId, event, ...payload) {
        emitter.emit(tenant, conversationId, event, ...payload);
        observe(tenant, conversationId, event, payload[0]);
      },
    }),
    refresh,
    statusOf,
    onlineAgents,
  };
}
