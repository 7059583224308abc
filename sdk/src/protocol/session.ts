import * as z from 'zod/mini';
import { ConversationState, Locale, Seq, TenantId } from './common.ts';
import { ErrorAck } from './error.ts';
import { ServerMessage } from './message.ts';

/** Sent in socket.io's handshake `auth`: checked (with the Origin header) before the connection opens. */
export const HandshakeAuth = z.object({ tenant: TenantId });
export type HandshakeAuth = z.infer<typeof HandshakeAuth>;

/**
 * Customer → server, first event on every connection (and again after each reconnect).
 * Without `visitorToken` the server starts a new visitor; with one it resumes that visitor's conversation.
 */
export const Hello = z.object({
  protocol: z.int(),
  locale: Locale,
  visitorToken: z.optional(z.string().check(z.maxLength(512))),
  /** A token the broker's back end signed for a logged-in customer. */
  identityToken: z.optional(z.string().check(z.maxLength(4096))),
});
export type Hello = z.infer<typeof Hello>;

/** The conversation as the server sees it right now. */
export const SessionInfo = z.object({
  /** Keep it (e.g. in localStorage) and send it back to resume from any tab or after a reload. */
  visitorToken: z.string(),
  conversationId: z.string(),
  state: ConversationState,
  /** Highest sequence number stored in the conversation. */
  lastSeq: Seq,
  /** Language the server replies in. */
  locale: Locale,
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const HelloAck = z.union([z.object({ ok: z.literal(true), session: SessionInfo }), ErrorAck]);
export type HelloAck = z.infer<typeof HelloAck>;

/** Customer → server: everything after `afterSeq`, oldest first, in pages. */
export const SyncRequest = z.object({ afterSeq: Seq });
export type SyncRequest = z.infer<typeof SyncRequest>;

export const SyncAck = z.union([
  z.object({ ok: z.literal(true), messages: z.array(ServerMessage), hasMore: z.boolean(), state: ConversationState }),
  ErrorAck,
]);
export type SyncAck = z.infer<typeof SyncAck>;

/** Server → client: the conversation changed hands. */
export const StateChange = z.object({ conversationId: z.string(), state: ConversationState, seq: Seq });
export type StateChange = z.infer<typeof StateChange>;

/** Customer → server: the one-tap "talk to a person". Answered with the state afterwards. */
export const HandoffRequest = z.object({});
export const HandoffAck = z.union([z.object({ ok: z.literal(true), state: ConversationState }), ErrorAck]);
export type HandoffAck = z.infer<typeof HandoffAck>;
