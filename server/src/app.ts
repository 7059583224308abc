import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type ServerOptions } from 'socket.io';
import { MAX_PAYLOAD_BYTES } from '@parley/sdk/protocol';
import type { Logger } from 'pino';
import { developerFeatures, type DeveloperFeatures, type DeveloperFeaturesOptions, type ParleyHooks } from './api/features.ts';
import type { TenantConfig } from './config/tenants.ts';
import { humanSupport, type HumanSupport } from './console/index.ts';
import { httpRoutes } from './http/routes.ts';
import { tenantDisplay } from './http/tenant-display.ts';
import type { Understanding } from './nlu/understanding.ts';
import type { Clock } from './queue/clock.ts';
import type { CustomerContextProvider } from './queue/customer-context.ts';
import type { ConversationEmitter, MessageContext } from './pipeline/index.ts';
import { compose, type Stage } from './pipeline/compose.ts';
import type { AnswerWriter } from './llm/answer-writer.ts';
import type { ReplyBook } from './replies/reply-book.ts';
import { visitorTokens } from './session/visitor-token.ts';
import type { Store } from './store/store.ts';
import { handleConnection } from './transport/connection.ts';
import { checkHandshake } from './transport/handshake.ts';
import { conversationRoom, type ParleyServer } from './transport/types.ts';

export interface AppOptions {
  store: Store;
  tenants: readonly TenantConfig[];
  understanding: Understanding;
  replies: ReplyBook;
  /** Optional LLM wording of answers (see llm/answer-writer.ts); offline catalog answers without it. */
  answerWriter?: AnswerWriter;
  log: Logger;
  /** Signs visitor tokens; every process of one deployment must share it. */
  secret: string;
  /** e.g. the Redis adapter; in-memory when omitted. */
  adapter?: ServerOptions['adapter'];
  negotiateLocale: (requested: string, enabled: readonly string[], fallback: string) => string;
  widgetDir?: string;
  siteDir?: string;
  /** Time for SLA timers and agent sessions (a manual clock in tests). */
  clock?: Clock;
  /** Customer tier and context for the queue; tenant-config demo customers when omitted. */
  customers?: CustomerContextProvider;
  /** The embedding app's hooks: customer context, messages, handoffs (see `embed.ts`). */
  hooks?: ParleyHooks;
  /** The pipeline, when it differs from `STAGES` (e.g. with a broker's stage inserted by `insertStage`). */
  stages?: readonly Stage<MessageContext>[];
  /** Webhook transport and timing; tests inject a clock and sleep. */
  webhooks?: DeveloperFeaturesOptions['webhooks'];
  now?: () => Date;
}

export interface ParleyApp {
  http: HttpServer;
  io: ParleyServer;
  /** Queue, SLA timers (`support.sla.events` for webhooks) and the agent console. */
  support: HumanSupport;
  /** Verified identity, webhooks (`developer.webhooks.publish`), the REST API and retention. */
  developer: DeveloperFeatures;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Wires HTTP, socket.io and the pipeline together from ready-made parts. Does no I/O itself:
 * `main.ts` chooses the implementations and calls `listen`.
 */
export function createApp(options: AppOptions): ParleyApp {
  const tenants = new Map(options.tenants.map((t) => [t.id, t]));
  const support = humanSupport({
    store: options.store,
    tenants,
    log: options.log,
    secret: options.secret,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.customers ? { customers: options.customers } : {}),
    onRated: (tenant, rating) => developer.webhooks.publish(tenant, { type: 'csat.submitted', data: rating }),
  });
  const developer = developerFeatures({
    store: options.store,
    tenants: options.tenants,
    log: options.log,
    ...(options.hooks ? { hooks: options.hooks } : {}),
    ...(options.webhooks ? { webhooks: options.webhooks } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  // `breach` fires only in the process whose store record won, so each breach is one webhook cluster-wide.
  support.sla.events.on('breach', (tenant, breach) =>
    developer.webhooks.publish(tenant, { type: 'sla.breached', data: { conversationId: breach.conversationId, tier: breach.tier, dueAt: breach.dueAt } }),
  );
  const http = createServer(
    httpRoutes({
      before: support.http,
      api: developer.api,
      tenantDisplay: (id) => {
        const tenant = tenants.get(id);
        return tenant && tenantDisplay(tenant);
      },
      ...(options.widgetDir ? { widgetDir: options.widgetDir } : {}),
      ...(options.siteDir ? { siteDir: options.siteDir } : {}),
      health: async () => {
        await options.store.getConversation('healthz', '00000000-0000-0000-0000-000000000000');
        return { ok: true };
      },
    }),
  );
  const io: ParleyServer = new Server(http, {
    // Hard cap per packet; anything between MAX_PAYLOAD_BYTES and this gets a typed error from `validate`.
    maxHttpBufferSize: MAX_PAYLOAD_BYTES * 16,
    serveClient: false,
    cors: { origin: true, credentials: false },
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });
  // Everything sent to a customer also reaches the agents watching (and moves the queue).
  // Webhooks and hooks observe beneath the agents' hub, so agents' messages and claims reach them too.
  const emitter: ConversationEmitter = support.attach(
    io,
    developer.observe({
      emit: (tenant, conversationId, event, ...payload) => io.to(conversationRoom(tenant, conversationId)).emit(event, ...payload),
    }),
  );
  io.use(checkHandshake(tenants));
  io.on('connection', (socket) =>
    handleConnection(socket, {
      store: options.store,
      understanding: options.understanding,
      replies: options.replies,
      ...(options.answerWriter ? { answerWriter: options.answerWriter } : {}),
      customers: support.customers,
      emitter,
      log: options.log,
      tokens: visitorTokens(options.secret),
      identity: developer.identity,
      ...(options.stages ? { pipeline: compose(options.stages) } : {}),
      negotiateLocale: options.negotiateLocale,
      onSession: (socket) => support.greet(socket),
    }),
  );
  return {
    http,
    io,
    support,
    developer,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => resolve((http.address() as AddressInfo).port));
      }),
    close: async () => {
      support.close();
      await developer.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await options.store.close();
    },
  };
}
