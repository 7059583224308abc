import * as z from 'zod/mini';
import { ConversationState } from './common.ts';
import { CustomerId } from './identity.ts';
import { ServerMessage } from './message.ts';

/** HTTP headers of every outbound webhook. */
export const WEBHOOK_HEADERS = {
  /** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; several `v1` when secrets rotate. */
  signature: 'parley-signature',
  /** Same for every retry of one event to one endpoint: receivers drop repeats by it. */
  id: 'parley-webhook-id',
  event: 'parley-event',
} as const;

/** Default age beyond which a signature is refused (replays of captured requests). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

const conversationRef = { conversationId: z.string(), customerId: z.optional(CustomerId) };

/** Every webhook event type and its `data`. */
export const webhookData = {
  'conversation.started': z.object({ ...conversationRef, locale: z.string() }),
  'message.created': z.object({ ...conversationRef, message: ServerMessage }),
  'handoff.requested': z.object({ ...conversationRef, reason: z.string() }),
  'handoff.claimed': z.object({ ...conversationRef, agent: z.string() }),
  'conversation.closed': z.object({ ...conversationRef, reason: z.optional(z.string()) }),
  'conversation.state_changed': z.object({ ...conversationRef, state: ConversationState }),
  'sla.breached': z.object({ ...conversationRef, tier: z.string(), dueAt: z.string() }),
  'csat.submitted': z.object({ ...conversationRef, score: z.number(), comment: z.optional(z.string()) }),
  'customer.erased': z.object({ customerId: CustomerId }),
} as const;
export type WebhookEventType = keyof typeof webhookData;
export const WebhookEventType = z.enum(Object.keys(webhookData) as [WebhookEventType, ...WebhookEventType[]]);

const envelope = <T extends WebhookEventType>(type: T) =>
  z.object({ id: z.string(), type: z.literal(type), tenant: z.string(), createdAt: z.string(), data: webhookData[type] });

/** The JSON body of a webhook request, discriminated on `type`. */
export const WebhookEvent = z.discriminatedUnion('type', [
  envelope('conversation.started'),
  envelope('message.created'),
  envelope('handoff.requested'),
  envelope('handoff.claimed'),
  envelope('conversation.closed'),
  envelope('conversation.state_changed'),
  envelope('sla.breached'),
  envelope('csat.submitted'),
  envelope('customer.erased'),
]);
export type WebhookEvent = z.infer<typeof WebhookEvent>;
