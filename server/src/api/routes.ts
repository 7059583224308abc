import {
  ApiClose,
  ApiPostMessage,
  ConversationList,
  ConversationQuery,
  CustomerExport,
  CustomerId,
  ErasureRequest,
  ErasureResult,
  LegalHoldRequest,
  ServerMessage,
  Transcript,
  WebhookDeliveryList,
} from '@parley/sdk/protocol';
import * as z from 'zod/mini';
import type { TenantConfig } from '../config/tenants.ts';
import type { ConversationEmitter } from '../pipeline/context.ts';
import { requestErasure, releaseLegalHold, setLegalHold } from '../privacy/erasure.ts';
import { exportCustomer } from '../privacy/export.ts';
import type { Store } from '../store/store.ts';
import { ApiFailure, parseOr400, readBody, sendText } from './http.ts';
import type { Route, RouteContext } from './router.ts';
import { transcriptHtml, transcriptText } from './transcript.ts';

export interface ApiDeps {
  store: Store;
  emitter: ConversationEmitter;
  now: () => Date;
  onErased?: (tenant: string, customerId: string) => void;
}

const TranscriptFormat = z.object({ format: z.optional(z.enum(['json', 'text', 'html'])) });
const DeliveryQuery = z.object({ outcome: z.optional(z.enum(['delivered', 'failed'])) });
const Ok = z.object({ ok: z.literal(true) });

/** Every operation of the REST API, in the order the OpenAPI document lists them. */
export function apiRoutes(deps: ApiDeps): Route[] {
  const { store } = deps;
  const conversation = async (ctx: RouteContext) => {
    const summary = await store.conversationSummary(ctx.caller.tenant.id, ctx.params.id!);
    if (!summary) throw new ApiFailure({ code: 'not_found', message: 'No such conversation' });
    return summary;
  };
  const transcript = async (ctx: RouteContext) => ({ conversation: await conversation(ctx), messages: await store.messagesAfter(ctx.caller.tenant.id, ctx.params.id!, 0, 1_000_000) });
  const customer = (ctx: RouteContext) => parseOr400(CustomerId, ctx.params.customerId);
  const tenantOf = (ctx: RouteContext): TenantConfig => ctx.caller.tenant;

  return [
    {
      method: 'GET',
      path: '/api/conversations',
      scope: 'read',
      summary: 'List and search conversations (newest first) by customer, agent, date range, intent and text',
      query: ConversationQuery,
      response: ConversationList,
      handler: async (ctx) => ({ conversations: await store.searchConversations(ctx.caller.tenant.id, parseOr400(ConversationQuery, ctx.query)) }),
    },
    {
      method: 'GET',
      path: '/api/conversations/{id}',
      scope: 'read',
      summary: 'A transcript: JSON by default, `?format=text` for plain text, `?format=html` for a readable document',
      query: TranscriptFormat,
      response: Transcript,
      alsoProduces: ['text/plain', 'text/html'],
      handler: async (ctx) => {
        const { format } = parseOr400(TranscriptFormat, ctx.query);
        const t = await transcript(ctx);
        if (format === 'text') return sendText(ctx.res, 'text/plain', transcriptText(t));
        if (format === 'html') return sendText(ctx.res, 'text/html', transcriptHtml(t));
        return t;
      },
    },
    {
      method: 'POST',
      path: '/api/conversations/{id}/messages',
      scope: 'write',
      summary: "Post a message as an agent or the system; it reaches the customer's open tabs at once",
      body: ApiPostMessage,
      response: ServerMessage,
      status: 201,
      handler: async (ctx) => {
        const input = await readBody(ctx.req, ApiPostMessage);
        const summary = await conversation(ctx);
        if (summary.state === 'closed') throw new ApiFailure({ code: 'conversation_closed', message: 'This conversation is closed' });
        const author = input.author.name === undefined ? { kind: input.author.kind } : { kind: input.author.kind, name: input.author.name };
        const { message } = await store.appendMessage({ tenant: ctx.caller.tenant.id, conversationId: summary.id, author, text: input.text });
        deps.emitter.emit(ctx.caller.tenant.id, summary.id, 'message', message);
        return message;
      },
    },
    {
      method: 'POST',
      path: '/api/conversations/{id}/close',
      scope: 'write',
      summary: 'Close a conversation (the customer sees it closed; a new message starts a new one)',
      body: ApiClose,
      response: Ok,
      handler: async (ctx) => {
        const input = await readBody(ctx.req, ApiClose);
        const summary = await conversation(ctx);
        if (summary.state === 'closed') throw new ApiFailure({ code: 'conversation_closed', message: 'This conversation is already closed' });
        const tenant = ctx.caller.tenant.id;
        const { seq } = await store.appendStateChange({ tenant, conversationId: summary.id, state: 'closed', reason: input.reason ?? `api:${ctx.caller.keyId}` });
        deps.emitter.emit(tenant, summary.id, 'conversation:state', { conversationId: summary.id, state: 'closed', seq });
        return { ok: true };
      },
    },
    {
      method: 'GET',
      path: '/api/customers/{customerId}/export',
      scope: 'admin',
      summary: 'Everything stored about one customer (data subject access request)',
      response: CustomerExport,
      handler: (ctx) => exportCustomer(store, ctx.caller.tenant.id, customer(ctx), deps.now),
    },
    {
      method: 'POST',
      path: '/api/customers/{customerId}/erasure',
      scope: 'admin',
      summary: "Erasure request: erased now where nothing must be kept, else the customer's copy is hidden and the record erased when retention ends",
      body: ErasureRequest,
      response: ErasureResult,
      status: 202,
      handler: async (ctx) => {
        const input = await readBody(ctx.req, ErasureRequest);
        return requestErasure({ store, emitter: deps.emitter, now: deps.now, ...(deps.onErased ? { onErased: deps.onErased } : {}) }, tenantOf(ctx), customer(ctx), input.reason);
      },
    },
    {
      method: 'POST',
      path: '/api/customers/{customerId}/legal-hold',
      scope: 'admin',
      summary: 'Place a legal hold: nothing of this customer is erased until it is released',
      body: LegalHoldRequest,
      response: Ok,
      handler: async (ctx) => {
        const input = await readBody(ctx.req, LegalHoldRequest);
        await setLegalHold(store, ctx.caller.tenant.id, customer(ctx), input.reason);
        return { ok: true };
      },
    },
    {
      method: 'DELETE',
      path: '/api/customers/{customerId}/legal-hold',
      scope: 'admin',
      summary: 'Release a legal hold',
      response: Ok,
      handler: async (ctx) => {
        if (!(await releaseLegalHold(store, ctx.caller.tenant.id, customer(ctx)))) throw new ApiFailure({ code: 'not_found', message: 'No legal hold for this customer' });
        return { ok: true };
      },
    },
    {
      method: 'GET',
      path: '/api/webhooks/deliveries',
      scope: 'admin',
      summary: 'The webhook delivery log, newest first (`?outcome=failed` to inspect failures)',
      query: DeliveryQuery,
      response: WebhookDeliveryList,
      handler: async (ctx) => {
        const { outcome } = parseOr400(DeliveryQuery, ctx.query);
        return { deliveries: await store.deliveries(ctx.caller.tenant.id, { limit: 200, ...(outcome ? { outcome } : {}) }) };
      },
    },
  ];
}
