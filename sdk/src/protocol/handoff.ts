import * as z from 'zod/mini';
import { ErrorAck } from './error.ts';
import { MAX_CSAT_COMMENT_CHARS, MAX_TEXT_CHARS } from './limits.ts';

/**
 * Server → customer while the conversation waits for a person: where it stands and an honest wait.
 * `estimatedWaitMinutes` is null when nobody can say (no agent online, outside business hours).
 */
export const QueueStatus = z.object({
  conversationId: z.string(),
  caseNumber: z.string(),
  /** 1 = next to be served. */
  position: z.int().check(z.gte(1)),
  estimatedWaitMinutes: z.nullable(z.int().check(z.gte(0))),
  agentsOnline: z.int().check(z.gte(0)),
  withinBusinessHours: z.boolean(),
  /** True when nobody can answer now: show the offline form (`conversation:offline-message`). */
  offline: z.boolean(),
});
export type QueueStatus = z.infer<typeof QueueStatus>;

/** Customer → server: the offline form, kept in the conversation and answered later. */
export const OfflineMessageRequest = z.object({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT_CHARS)),
  /** How to reach the customer (e-mail or phone), shown to agents only. */
  contact: z.optional(z.string().check(z.trim(), z.maxLength(200))),
});
export type OfflineMessageRequest = z.infer<typeof OfflineMessageRequest>;
export const OfflineMessageAck = z.union([z.object({ ok: z.literal(true), seq: z.int() }), ErrorAck]);
export type OfflineMessageAck = z.infer<typeof OfflineMessageAck>;

/** Customer → server, after a person closed the conversation: satisfaction 1–5 and an optional comment. */
export const RateRequest = z.object({
  score: z.int().check(z.gte(1), z.lte(5)),
  comment: z.optional(z.string().check(z.trim(), z.maxLength(MAX_CSAT_COMMENT_CHARS))),
});
export type RateRequest = z.infer<typeof RateRequest>;
/** `duplicate` is true when this conversation was already rated: the first rating stands. */
export const RateAck = z.union([z.object({ ok: z.literal(true), duplicate: z.boolean() }), ErrorAck]);
export type RateAck = z.infer<typeof RateAck>;

/** Server → customer: a person closed the conversation; ask for a rating. */
export const RatingRequested = z.object({ conversationId: z.string() });
export type RatingRequested = z.infer<typeof RatingRequested>;
