import type { Logger } from 'pino';
import { CustomerContext, type ServerMessage, type VerifiedIdentity } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';
import { identitySessions, type IdentitySessions } from '../identity/sessions.ts';
import type { ConversationEmitter } from '../pipeline/context.ts';
import { runRetention } from '../privacy/erasure.ts';
import type { Store } from '../store/store.ts';
import { observeEmitter, webhookEventsFor } from '../webhooks/observe.ts';
import { createWebhooks, type WebhookInput, type Webhooks, type WebhooksOptions } from '../webhooks/publisher.ts';
import { createApi } from './index.ts';

/** The embedding app's hooks (see `createParleyServer`). Each runs after the fact; a failing hook is logged, never fatal. */
export interface ParleyHooks {
  /** The broker's context for a verified customer, for agents and routing (tier, account state, facts). */
  getCustomerContext?: (identity: VerifiedIdentity & { tenant: string }) => Promise<CustomerContext | undefined> | CustomerContext | undefined;
  /** Every stored message: the customer's, the bot's, agents' and system messages. */
  onMessage?: (message: ServerMessage, info: { tenant: string; customerId?: string }) => void | Promise<void>;
  /** A conversation went to the queue for a person. */
  onHandoff?: (event: { tenant: string; conversationId: string; customerId?: string; reason: string }) => void | Promise<void>;
}

export interface DeveloperFeaturesOptions {
  store: Store;
  tenants: readonly TenantConfig[];
  log: Logger;
  hooks?: ParleyHooks;
  now?: () => Date;
  /** Webhook transport and timing (tests inject fetch, clock and sleep). */
  webhooks?: Pick<WebhooksOptions, 'fetch' | 'now' | 'sleep' | 'maxAttempts' | 'baseDelayMs' | 'timeoutMs'>;
}

export interface DeveloperFeatures {
  identity: IdentitySessions;
  /** `webhooks.publish(tenant, { type, data })` for events raised outside conversations (SLA, CSAT). */
  webhooks: Webhooks;
  /** The REST API handler for `/api/*`. */
  api: ReturnType<typeof createApi>;
  /** Wraps the conversation emitter so webhooks and hooks see every message and change of owner. */
  observe(emitter: ConversationEmitter): ConversationEmitter;
  /** Erases what retention no longer requires (run daily; `main.ts` schedules it). */
  runRetention(): Promise<{ erased: number; deferred: number }>;
  /** The latest context `getCustomerContext` returned for a verified customer. */
  customerContext(tenant: string, customerId: string): CustomerContext | undefined;
  close(): Promise<void>;
}

/** Verified identity, webhooks, hooks, the REST API and retention, wired over one store. */
export function developerFeatures(options: DeveloperFeaturesOptions): DeveloperFeatures {
  const { store, log, hooks = {} } = options;
  const now = options.now ?? (() => new Date());
  const contexts = new Map<string, CustomerContext>();
  const guard = (name: string, run: () => unknown) => {
    Promise.resolve()
      .then(run)
      .catch((err: unknown) => log.error({ err, hook: name }, 'hook failed'));
  };
  const webhooks = createWebhooks({ tenants: options.tenants, store, log, now, ...options.webhooks });
  const publish = (tenant: string, input: WebhookInput) => {
    webhooks.publish(tenant, input);
    const customerId = 'customerId' in input.data ? input.data.customerId : undefined;
    const who = customerId === undefined ? {} : { customerId };
    if (input.type === 'message.created' && hooks.onMessage) guard('onMessage', () => hooks.onMessage!(input.data.message, { tenant, ...who }));
    if (input.type === 'handoff.requested' && hooks.onHandoff) {
      guard('onHandoff', () => hooks.onHandoff!({ tenant, conversationId: input.data.conversationId, reason: input.data.reason, ...who }));
    }
  };
  const toEvents = webhookEventsFor(store, publish);
  const identity = identitySessions({
    store,
    tenants: options.tenants,
    now,
    onVerified: (tenant, verified) => {
      if (!hooks.getCustomerContext) return;
      guard('getCustomerContext', async () => {
        const context = await hooks.getCustomerContext!({ ...verified, tenant: tenant.id });
        if (context !== undefined) contexts.set(`${tenant.id}\n${verified.customerId}`, CustomerContext.parse(context));
      });
    },
  });
  const onErased = (tenant: string, customerId: string) => {
    contexts.delete(`${tenant}\n${customerId}`);
    publish(tenant, { type: 'customer.erased', data: { customerId } });
  };
  let observed: ConversationEmitter | undefined;
  // The API posts and closes through the observed emitter, so its messages reach tabs, agents and webhooks alike.
  const emitter: ConversationEmitter = { emit: (...args) => observed?.emit(...args) };
  return {
    identity,
    webhooks,
    api: createApi({ store, emitter, now, onErased, tenants: options.tenants, log: (err) => log.error({ err }, 'API request failed') }),
    observe(inner) {
      // Tenants nobody listens to cost nothing: no lookups per message.
      const hooked = Boolean(hooks.onMessage || hooks.onHandoff);
      const listened = new Set(options.tenants.filter((t) => hooked || t.webhooks.length > 0).map((t) => t.id));
      observed = observeEmitter(inner, (happening) => {
        if (listened.has(happening.tenant)) guard('webhooks', () => toEvents(happening));
      });
      return observed;
    },
    runRetention: () => runRetention({ store, emitter, now, onErased }),
    customerContext: (tenant, customerId) => contexts.get(`${tenant}\n${customerId}`),
    close: async () => webhooks.stop(),
  };
}
