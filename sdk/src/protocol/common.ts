import * as z from 'zod/mini';

/** Tenant ids are URL- and log-safe slugs. */
export const TenantId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/));
export type TenantId = z.infer<typeof TenantId>;

/** BCP 47 language tag as sent by browsers (`en`, `pt-BR`, `zh-Hant`). */
export const Locale = z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));
export type Locale = z.infer<typeof Locale>;

/** Who wrote a message. */
export const AuthorKind = z.enum(['customer', 'bot', 'agent', 'system']);
export type AuthorKind = z.infer<typeof AuthorKind>;

/** Who owns the conversation: the bot, the queue (waiting for a person), a person, or nobody any more. */
export const ConversationState = z.enum(['bot', 'queued', 'agent', 'closed']);
export type ConversationState = z.infer<typeof ConversationState>;

/** Per-conversation sequence number: strictly increasing, gaps allowed (state changes use numbers too). */
export const Seq = z.int().check(z.gte(0));
