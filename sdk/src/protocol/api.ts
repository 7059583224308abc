import * as z from 'zod/mini';
import { ConversationState, Locale } from './common.ts';
import { ProtocolError } from './error.ts';
import { CustomerId } from './identity.ts';
import { MAX_TEXT_CHARS } from './limits.ts';
import { ServerMessage } from './message.ts';

/**
 * The REST API (`/api/...`) for brokers' back ends: request and response bodies. The OpenAPI document at
 * `/api/openapi.json` is generated from these schemas.
 */

/** What an API key may do: `read` conversations, `write` messages and closes, `admin` data rights and delivery logs. */
export const ApiScope = z.enum(['read', 'write', 'admin']);
export type ApiScope = z.infer<typeof ApiScope>;

const isoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 date'));

/** Query string of `GET /api/conversations`; every filter is optional and they combine with AND. */
export const ConversationQuery = z.object({
  customer: z.optional(CustomerId),
  /** Conversations in which an agent of this name wrote. */
  agent: z.optional(z.string().check(z.maxLength(120))),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  /** Conversations in which a message was understood as (or answered) this intent. */
  intent: z.optional(z.string().check(z.maxLength(80))),
  /** Text contained in any message (case-insensitive). */
  q: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  limit: z.optional(z.string().check(z.regex(/^([1-9]\d?|100)$/))),
});
export type ConversationQuery = z.infer<typeof ConversationQuery>;

export const ConversationSummary = z.object({
  id: z.string(),
  customerId: z.optional(CustomerId),
  state: ConversationState,
  locale: Locale,
  lastSeq: z.int(),
  createdAt: z.string(),
  /** The customer-facing copy was hidden after an erasure request; the record is kept for retention. */
  hidden: z.boolean(),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const ConversationList = z.object({ conversations: z.array(ConversationSummary) });
export type ConversationList = z.infer<typeof ConversationList>;

export const Transcript = z.object({ conversation: ConversationSummary, messages: z.array(ServerMessage) });
export type Transcript = z.infer<typeof Transcript>;

/** `POST /api/conversations/{id}/messages`: an agent or system message from the broker's systems. */
export const ApiPostMessage = z.object({
  author: z.object({ kind: z.enum(['agent', 'system']), name: z.optional(z.string().check(z.minLength(1), z.maxLength(80))) }),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT_CHARS)),
});
export type ApiPostMessage = z.infer<typeof ApiPostMessage>;

export const ApiClose = z.object({ reason: z.optional(z.string().check(z.maxLength(200))) });
export type ApiClose = z.infer<typeof ApiClose>;

/** One entry of the developer audit log: identity links, exports, erasure steps. Never personal data. */
export const AuditEvent = z.object({
  id: z.string(),
  kind: z.enum([
    'customer_verified',
    'data_exported',
    'erasure_requested',
    'customer_copy_hidden',
    'erasure_deferred_legal_hold',
    'record_erased',
    'legal_hold_set',
    'legal_hold_released',
  ]),
  customerId: z.optional(CustomerId),
  conversationId: z.optional(z.string()),
  detail: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;
export type AuditKind = AuditEvent['kind'];

/** `GET /api/customers/{id}/export`: everything stored about one customer. */
export const CustomerExport = z.object({
  customerId: CustomerId,
  exportedAt: z.string(),
  conversations: z.array(Transcript),
  audit: z.array(AuditEvent),
});
export type CustomerExport = z.infer<typeof CustomerExport>;

export const ErasureRequest = z.object({ reason: z.optional(z.string().check(z.maxLength(200))) });
export type ErasureRequest = z.infer<typeof ErasureRequest>;

/**
 * `erased`: nothing had to be kept, the record is gone now. `hidden`: the tenant must keep communications
 * (retention), so the customer's copy is hidden and the record is erased at `eraseAfter`. `held`: a legal hold.
 */
export const ErasureResult = z.object({
  status: z.enum(['erased', 'hidden', 'held']),
  eraseAfter: z.optional(z.string()),
  conversations: z.int(),
});
export type ErasureResult = z.infer<typeof ErasureResult>;

export const LegalHoldRequest = z.object({ reason: z.string().check(z.minLength(1), z.maxLength(200)) });
export type LegalHoldRequest = z.infer<typeof LegalHoldRequest>;

export const WebhookDelivery = z.object({
  id: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  url: z.string(),
  attempt: z.int(),
  outcome: z.enum(['delivered', 'failed']),
  statusCode: z.optional(z.int()),
  error: z.optional(z.string()),
  at: z.string(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;
export const WebhookDeliveryList = z.object({ deliveries: z.array(WebhookDelivery) });

/** Every failed API call answers with one of the protocol's typed errors. */
export const ApiErrorBody = z.object({ error: ProtocolError });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
