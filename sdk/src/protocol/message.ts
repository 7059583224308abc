import * as z from 'zod/mini';
import { AuthorKind, Locale, Seq } from './common.ts';
import { ErrorAck } from './error.ts';
import { MAX_CLIENT_ID_CHARS, MAX_QUICK_REPLIES, MAX_TEXT_CHARS } from './limits.ts';
import { RichFields } from './rich.ts';

export * from './rich.ts';

/** Client-generated id that makes sending idempotent: re-sending the same id never duplicates. */
export const ClientMessageId = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/), z.minLength(8), z.maxLength(MAX_CLIENT_ID_CHARS));

/** Customer → server: one chat message. */
export const CustomerMessage = z.object({
  clientId: ClientMessageId,
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT_CHARS)),
});
export type CustomerMessage = z.infer<typeof CustomerMessage>;

/** Acknowledgement of `message:send`, sent only after the message is durably stored. */
export const SendAck = z.union([
  z.object({
    ok: z.literal(true),
    id: z.string(),
    conversationId: z.string(),
    seq: Seq,
    /** True when this client id was already stored: nothing new was written. */
    duplicate: z.boolean(),
  }),
  ErrorAck,
]);
export type SendAck = z.infer<typeof SendAck>;

/** A suggested answer the customer can tap; `text` is sent as their message. */
export const QuickReply = z.object({ label: z.string().check(z.maxLength(80)), text: z.string().check(z.maxLength(MAX_TEXT_CHARS)) });
export type QuickReply = z.infer<typeof QuickReply>;

/** What the server understood of a message, when it knows. */
export const MessageMeta = z.object({
  language: z.optional(Locale),
  intent: z.optional(z.string()),
  confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** -1 (very negative) … 1 (very positive). */
  sentiment: z.optional(z.number().check(z.gte(-1), z.lte(1))),
  /** The text was worded by a language model from the catalog answer (not the catalog's own words). */
  generated: z.optional(z.boolean()),
});
export type MessageMeta = z.infer<typeof MessageMeta>;

/** Server → client: any message in the conversation, the customer's own included (so other tabs see them). */
export const ServerMessage = z.object({
  id: z.string(),
  conversationId: z.string(),
  seq: Seq,
  author: z.object({ kind: AuthorKind, name: z.optional(z.string()) }),
  text: z.string(),
  /** ISO 8601 time the server stored the message. */
  at: z.string(),
  /** Set on customer messages: the id their client chose. */
  clientId: z.optional(z.string()),
  quickReplies: z.optional(z.array(QuickReply).check(z.maxLength(MAX_QUICK_REPLIES))),
  meta: z.optional(MessageMeta),
  /** Link buttons and cards (see rich.ts); clients that do not know them show the text alone. */
  ...RichFields,
});
export type ServerMessage = z.infer<typeof ServerMessage>;

/** Both directions: someone is typing (customers send `{ typing }`, the server adds who). */
export const TypingIn = z.object({ typing: z.boolean() });
export const TypingOut = z.object({ author: AuthorKind, typing: z.boolean() });
export type TypingOut = z.infer<typeof TypingOut>;
