/**
 * The agent console's protocol: HTTP sign-in and the socket.io namespace `/agent`.
 * Kept out of `index.ts`'s customer event maps so the widget never bundles it.
 * @module
 */
import * as z from 'zod/mini';
import { AuthorKind, ConversationState, Locale, Seq, TenantId } from './common.ts';
import { ErrorAck } from './error.ts';
import { CustomerContext } from './identity.ts';
import { MAX_TEXT_CHARS } from './limits.ts';
import { ClientMessageId, ServerMessage, TypingIn } from './message.ts';
import { StateChange } from './session.ts';

/** The socket.io namespace agents connect to. */
export const AGENT_NAMESPACE = '/agent';

export const AgentId = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]{0,62}$/));

/** POST /agent/api/sign-in body. */
export const AgentSignIn = z.object({
  tenant: TenantId,
  username: z.string().check(z.minLength(1), z.maxLength(120)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type AgentSignIn = z.infer<typeof AgentSignIn>;

export const AgentProfile = z.object({ id: AgentId, name: z.string(), languages: z.array(Locale), skills: z.array(z.string()) });
export type AgentProfile = z.infer<typeof AgentProfile>;

export const CannedResponse = z.object({ title: z.string(), text: z.string() });
export type CannedResponse = z.infer<typeof CannedResponse>;

/** Sign-in answer: the token for the namespace handshake, and what the console needs to start. */
export const AgentSession = z.object({
  token: z.string(),
  /** ISO 8601; the token is refused afterwards (sign in again). */
  expiresAt: z.string(),
  agent: AgentProfile,
  /** Every agent of the tenant (transfer targets). */
  agents: z.array(AgentProfile),
  /** Canned responses by locale. */
  canned: z.record(z.string(), z.array(CannedResponse)),
});
export type AgentSession = z.infer<typeof AgentSession>;

/** Sent in the `/agent` namespace's handshake `auth`. */
export const AgentHandshakeAuth = z.object({ token: z.string().check(z.minLength(1), z.maxLength(2048)) });

/** The customer as agents see them before typing: who (when known) and the broker's context. */
export const CustomerView = z.object({
  identified: z.boolean(),
  name: z.optional(z.string()),
  /** Tier used for priority and SLA (`standard` when unknown). */
  tier: z.string(),
  context: CustomerContext,
});
export type CustomerView = z.infer<typeof CustomerView>;

/** One conversation waiting for or owned by a person. */
export const QueueItem = z.object({
  conversationId: z.string(),
  caseNumber: z.string(),
  state: z.enum(['queued', 'agent']),
  tier: z.string(),
  /** Higher first; then the longest wait. */
  priority: z.int(),
  language: Locale,
  reason: z.string(),
  /** The skill the conversation needs, from its handoff reason or topic (tenant `skillRules`); null: anyone. */
  skill: z.nullable(z.string()),
  queuedAt: z.string(),
  /** First human response due (ISO 8601); null once a person answered. */
  slaDueAt: z.nullable(z.string()),
  breached: z.boolean(),
  agentId: z.nullable(AgentId),
  /** The online agent routing suggests (language and skill, then language, then skill; least busy); anyone may claim. */
  routedTo: z.nullable(AgentId),
  customerName: z.optional(z.string()),
});
export type QueueItem = z.infer<typeof QueueItem>;

/** The tenant's queue; `serverNow` lets the console count down without trusting its own clock. */
export const QueueSnapshot = z.object({ items: z.array(QueueItem), serverNow: z.string(), agentsOnline: z.int() });
export type QueueSnapshot = z.infer<typeof QueueSnapshot>;

/** Internal note: agents only, never sent to the customer. */
export const AgentNote = z.object({ id: z.string(), conversationId: z.string(), author: z.string(), text: z.string(), at: z.string() });
export type AgentNote = z.infer<typeof AgentNote>;

export const ConversationDetail = z.object({
  conversationId: z.string(),
  caseNumber: z.string(),
  state: ConversationState,
  language: Locale,
  reason: z.nullable(z.string()),
  agentId: z.nullable(AgentId),
  customer: CustomerView,
  /** The whole history, bot turns included, with their meta. */
  messages: z.array(ServerMessage),
  notes: z.array(AgentNote),
  rating: z.nullable(z.object({ score: z.int(), comment: z.optional(z.string()) })),
});
export type ConversationDetail = z.infer<typeof ConversationDetail>;

const ConversationRef = z.object({ conversationId: z.string().check(z.minLength(1), z.maxLength(100)) });
const AgentText = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT_CHARS));

export const AgentReply = z.object({ conversationId: ConversationRef.shape.conversationId, clientId: ClientMessageId, text: AgentText });
export const AgentNoteRequest = z.object({ conversationId: ConversationRef.shape.conversationId, text: AgentText });
export const TransferRequest = z.object({ conversationId: ConversationRef.shape.conversationId, toAgentId: AgentId });
export const AgentTypingIn = z.object({ conversationId: ConversationRef.shape.conversationId, typing: TypingIn.shape.typing });

const ok = <T extends z.core.$ZodLooseShape>(shape: T) => z.union([z.object({ ok: z.literal(true), ...shape }), ErrorAck]);
export const TransitionAck = ok({ state: ConversationState, seq: Seq });
export const QueueAck = ok({ queue: QueueSnapshot });
export const DetailAck = ok({ detail: ConversationDetail });
export const AgentReplyAck = ok({ message: ServerMessage, duplicate: z.boolean() });
export const AgentNoteAck = ok({ note: AgentNote });

/** Agent → server events on `/agent`; every one is acknowledged except typing. */
export const agentClientEvents = {
  'queue:list': { payload: z.object({}), ack: QueueAck },
  'conversation:open': { payload: ConversationRef, ack: DetailAck },
  'conversation:claim': { payload: ConversationRef, ack: TransitionAck },
  'conversation:transfer': { payload: TransferRequest, ack: TransitionAck },
  'conversation:return': { payload: ConversationRef, ack: TransitionAck },
  'conversation:close': { payload: ConversationRef, ack: TransitionAck },
  'agent:reply': { payload: AgentReply, ack: AgentReplyAck },
  'agent:note': { payload: AgentNoteRequest, ack: AgentNoteAck },
  'agent:typing': { payload: AgentTypingIn, ack: undefined },
} as const;

export const SlaBreach = z.object({ conversationId: z.string(), caseNumber: z.string(), tier: z.string(), dueAt: z.string() });
export type SlaBreach = z.infer<typeof SlaBreach>;

/** Server → agent events on `/agent`. */
export const agentServerEvents = {
  'queue:update': QueueSnapshot,
  'conversation:message': ServerMessage,
  'conversation:note': AgentNote,
  'conversation:state': StateChange,
  'conversation:rated': z.object({ conversationId: z.string(), score: z.int(), comment: z.optional(z.string()) }),
  'sla:breach': SlaBreach,
  typing: z.object({ conversationId: z.string(), author: AuthorKind, typing: z.boolean() }),
  'protocol:error': ErrorAck.shape.error,
} as const;

type AgentClientMap = typeof agentClientEvents;
export type AgentClientEventName = keyof AgentClientMap;

export type AgentClientToServerEvents = {
  [K in AgentClientEventName]: AgentClientMap[K]['ack'] extends z.ZodMiniType
    ? (payload: z.input<AgentClientMap[K]['payload']>, ack: (result: z.infer<AgentClientMap[K]['ack']>) => void) => void
    : (payload: z.input<AgentClientMap[K]['payload']>) => void;
};
export type AgentServerToClientEvents = {
  [K in keyof typeof agentServerEvents]: (payload: z.infer<(typeof agentServerEvents)[K]>) => void;
};
