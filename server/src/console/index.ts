import type { CustomerEventDeps } from './customer-events.ts';
import type { Logger } from 'pino';
import { AGENT_NAMESPACE } from '@parley/sdk/protocol';
import { agentSessions } from '../agents/sessions.ts';
import type { TenantConfig } from '../config/tenants.ts';
import type { ConversationEmitter } from '../pipeline/context.ts';
import { systemClock, type Clock } from '../queue/clock.ts';
import { configCustomerContext, type CustomerContextProvider } from '../queue/customer-context.ts';
import { handleTimes } from '../queue/handle-time.ts';
import { slaMonitor, type SlaMonitor } from '../queue/sla.ts';
import { conversationTopics } from '../queue/topics.ts';
import type { Store } from '../store/store.ts';
import type { ParleyServer, ParleySocket } from '../transport/types.ts';
import { handleCustomerSupportEvents } from './customer-events.ts';
import { agentRoutes } from './http.ts';
import { greetCustomer } from './greet.ts';
import { consoleHub, type ConsoleHub } from './hub.ts';
import { mountAgentNamespace } from './namespace.ts';
import type { AgentNamespace } from './types.ts';

export interface HumanSupportOptions {
  store: Store;
  tenants: ReadonlyMap<string, TenantConfig>;
  log: Logger;
  /** Agent session tokens are signed with a key derived from it. */
  secret: string;
  clock?: Clock;
  customers?: CustomerContextProvider;
  consoleDir?: string;
  /** Told of every first CSAT rating (webhooks). */
  onRated?: CustomerEventDeps['onRated'];
}

export interface HumanSupport {
  /** SLA timers; `sla.events.on('breach', …)` is the hook for webhooks and alerts. */
  sla: SlaMonitor;
  /** Customer tier and context, as the queue sees them (the pipeline asks too). */
  customers: CustomerContextProvider;
  /** Routes for `/agent` (console files and sign-in), tried before the other HTTP routes. */
  http: ReturnType<typeof agentRoutes>;
  /** Mounts the `/agent` namespace and returns the emitter everything else must use. */
  attach(io: ParleyServer, emitter: ConversationEmitter): ConversationEmitter;
  /** Call after each customer hello: sends the queue status and any rating still owed (needs `attach` first). */
  greet(socket: ParleySocket): void;
  close(): void;
}

/** Queue, SLA, agent sign-in and the agent console, wired once by `app.ts`. */
export function humanSupport(options: HumanSupportOptions): HumanSupport {
  const clock = options.clock ?? systemClock;
  const sessions = agentSessions(options.secret, clock);
  const customers = options.customers ?? configCustomerContext(options.tenants);
  const sla = slaMonitor({ store: options.store, clock, customers, log: options.log });
  let hub: ConsoleHub | undefined;
  return {
    sla,
    customers,
    http: agentRoutes({ tenants: options.tenants, sessions, ...(options.consoleDir ? { consoleDir: options.consoleDir } : {}) }),
    attach(io, emitter) {
      const agents = io.of(AGENT_NAMESPACE) as unknown as AgentNamespace;
      // One topic memo and one handling-time measure shared by every queue build in this process.
      const queue = { topics: conversationTopics(options.store), handleTimes: handleTimes({ store: options.store, clock }) };
      const common = { store: options.store, tenants: options.tenants, customers, clock, log: options.log, ...queue };
      hub = consoleHub({ ...common, io, agents, sla });
      const wrapped = hub.wrap(emitter);
      mountAgentNamespace({ ...common, io, agents, sessions, hub, emitter: wrapped });
      const onRated = options.onRated ? { onRated: options.onRated } : {};
      io.on('connection', (socket) => handleCustomerSupportEvents(socket, { store: options.store, emitter: wrapped, agents, clock, log: options.log, ...onRated }));
      void sla.resync([...options.tenants.values()]).catch((err: unknown) => options.log.error({ err }, 'SLA resync failed'));
      return wrapped;
    },
    greet(socket) {
      if (!hub) return;
      void greetCustomer(socket, { store: options.store, clock, hub }).catch((err: unknown) =>
        options.log.error({ err, tenant: socket.data.tenant.id }, 'greeting a returning customer failed'),
      );
    },
    close: () => sla.close(),
  };
}
