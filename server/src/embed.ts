import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import type * as z from 'zod';
import type { CustomerContext } from '@parley/sdk/protocol';
import type { ParleyHooks } from './api/features.ts';
import { createApp, type ParleyApp } from './app.ts';
import { TenantConfig } from './config/tenants.ts';
import { toReplyLanguage } from './nlu/language/index.ts';
import { createOfflineUnderstanding } from './nlu/offline.ts';
import type { Stage } from './pipeline/compose.ts';
import { insertStage, STAGES, type MessageContext, type StagePosition } from './pipeline/index.ts';
import { configCustomerContext, DEFAULT_TIER, type CustomerContextProvider } from './queue/customer-context.ts';
import { loadReplyBook } from './replies/reply-book.ts';
import { customerIdOfVisitor } from './store/developer-store.ts';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { chatModelAnswerWriter } from './llm/answer-writer.ts';
import { createStore, type Store, type StoreOptions } from './store/index.ts';

export type { ParleyHooks } from './api/features.ts';
export type { MessageContext, StagePosition } from './pipeline/index.ts';
export type { Stage } from './pipeline/compose.ts';

export interface ParleyServerOptions {
  /** Tenants as in a tenants file (validated here; errors name the field). */
  tenants: z.input<typeof TenantConfig>[];
  /** Visitor-token secret; the same in every process. */
  secret: string;
  /** A ready store, or where to open one (embedded PGlite in memory when omitted). */
  store?: Store | StoreOptions;
  hooks?: ParleyHooks;
  /** Your own pipeline stages, each at a named position (`{ after: 'intent' }`), inserted in order. */
  stages?: { position: StagePosition; stage: Stage<MessageContext> }[];
  log?: Logger;
  /** Optional: any @langchain/core chat model words the catalog answers for each question (falls back to them on error or timeout). */
  chatModel?: BaseChatModel;
  /** The widget bundle and demo page folders (the built ones by default). */
  widgetDir?: string;
  siteDir?: string;
}

/** Parley running inside a broker's Node app. */
export interface ParleyEmbed {
  /** The underlying app: socket.io server, webhooks (`app.developer.webhooks.publish`), agent console. */
  app: ParleyApp;
  /** Attaches the chat (socket.io at `/socket.io/`) to your HTTP server, e.g. the one `expressApp.listen()` returns. */
  attach(server: HttpServer): void;
  /** Answers Parley's HTTP routes (`/api/`, `/widget/`, `/agent`, `/healthz`); false when the request is not Parley's. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** `handle` as Express/Connect middleware: `expressApp.use(parley.middleware)` (mount at the root). */
  middleware(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  /** The latest context your `getCustomerContext` returned for a verified customer. */
  customerContext(tenant: string, customerId: string): CustomerContext | undefined;
  /** Erases what retention no longer requires; also runs daily by itself while the server is up. */
  runRetention(): Promise<{ erased: number; deferred: number }>;
  close(): Promise<void>;
}

const PARLEY_PATHS = /^\/(api|widget|agent)(\/|$)|^\/healthz$/;

/**
 * Runs Parley inside an existing Node server: same pipeline, storage and protocol as `parley start`,
 * with typed hooks into your own systems.
 *
 * @example
 * const parley = await createParleyServer({
 *   tenants: [{ id: 'acme', name: 'Acme', allowedOrigins: ['https://acme.example'], identity: { secret: { env: 'PARLEY_IDENTITY_SECRET' } } }],
 *   secret: process.env.PARLEY_SECRET!,
 *   hooks: { getCustomerContext: async ({ customerId }) => ({ tier: await crm.tierOf(customerId) }) },
 *   stages: [{ position: { after: 'intent' }, stage: async function audit(ctx, next) { await next(); } }],
 * });
 * const server = expressApp.use(parley.middleware).listen(3000);
 * parley.attach(server);
 */
export async function createParleyServer(options: ParleyServerOptions): Promise<ParleyEmbed> {
  const log = options.log ?? pino({ name: 'parley' });
  const tenants = options.tenants.map((t) => TenantConfig.parse(t));
  // Stages first: a wrong position fails before anything is opened.
  const stages = (options.stages ?? []).reduce<readonly Stage<MessageContext>[]>((list, { position, stage }) => insertStage(list, position, stage), STAGES);
  const store = isStore(options.store) ? options.store : await createStore(options.store ?? {});
  let app: ParleyApp | undefined;
  const fallback = configCustomerContext(new Map(tenants.map((t) => [t.id, t])));
  // Agents and the queue see the context your hook returned for verified customers.
  const customers: CustomerContextProvider = {
    async get(identity) {
      const customerId = customerIdOfVisitor(identity.visitorId);
      const context = customerId && app?.developer.customerContext(identity.tenant, customerId);
      if (!context) return fallback.get(identity);
      const tier = context.tier ?? DEFAULT_TIER;
      return { identified: true, tier, context };
    },
  };
  app = createApp({
    store,
    tenants,
    understanding: createOfflineUnderstanding({ log }),
    replies: loadReplyBook(),
    ...(options.chatModel ? { answerWriter: chatModelAnswerWriter(options.chatModel, { log }) } : {}),
    log,
    secret: options.secret,
    customers,
    ...(options.hooks ? { hooks: options.hooks } : {}),
    ...(options.stages?.length ? { stages } : {}),
    ...(options.widgetDir ? { widgetDir: options.widgetDir } : {}),
    ...(options.siteDir ? { siteDir: options.siteDir } : {}),
    negotiateLocale: (requested, enabled, fallbackLocale) => {
      const lang = toReplyLanguage(requested);
      return lang && enabled.includes(lang) ? lang : fallbackLocale;
    },
  });
  const routes = app.http.listeners('request').at(-1) as (req: IncomingMessage, res: ServerResponse) => void;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (!PARLEY_PATHS.test(new URL(req.url ?? '/', 'http://localhost').pathname)) return false;
    routes(req, res);
    return true;
  };
  const retention = () => void app.developer.runRetention().catch((err: unknown) => log.error({ err }, 'retention job failed'));
  const retentionTimer = setInterval(retention, 24 * 3600 * 1000).unref();
  retention();
  return {
    app,
    attach: (server) => void app.io.attach(server),
    handle,
    middleware: (req, res, next) => {
      if (!handle(req, res)) next();
    },
    customerContext: (tenant, customerId) => app.developer.customerContext(tenant, customerId),
    runRetention: () => app.developer.runRetention(),
    close: () => {
      clearInterval(retentionTimer);
      return app.close();
    },
  };
}

function isStore(value: Store | StoreOptions | undefined): value is Store {
  return typeof value === 'object' && typeof (value as Partial<Store>).appendMessage === 'function';
}
