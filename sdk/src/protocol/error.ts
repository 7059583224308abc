import * as z from 'zod/mini';

/**
 * Every error the server reports, as one discriminated union on `code`.
 * `retryable` tells a client whether sending the same thing again later can succeed.
 */
const base = { message: z.string() };

export const ProtocolError = z.discriminatedUnion('code', [
  z.object({ code: z.literal('invalid_payload'), ...base, issues: z.array(z.object({ path: z.string(), message: z.string() })) }),
  z.object({ code: z.literal('payload_too_large'), ...base, limit: z.number() }),
  z.object({ code: z.literal('rate_limited'), ...base, retryAfterMs: z.number() }),
  z.object({ code: z.literal('unknown_tenant'), ...base }),
  z.object({ code: z.literal('origin_not_allowed'), ...base }),
  z.object({ code: z.literal('unsupported_protocol'), ...base, supported: z.number() }),
  z.object({ code: z.literal('session_required'), ...base }),
  z.object({ code: z.literal('invalid_token'), ...base }),
  z.object({ code: z.literal('conversation_closed'), ...base }),
  z.object({ code: z.literal('storage_unavailable'), ...base, retryable: z.literal(true) }),
  /** The conversation is not in a state that allows this (already claimed, not closed yet, …). */
  z.object({ code: z.literal('conflict'), ...base, state: z.optional(z.string()) }),
  z.object({ code: z.literal('internal'), ...base }),
  /** REST API: no or unknown API key. */
  z.object({ code: z.literal('unauthorized'), ...base }),
  /** REST API: the key lacks the scope this call needs. */
  z.object({ code: z.literal('forbidden'), ...base, scope: z.string() }),
  z.object({ code: z.literal('not_found'), ...base }),
]);
export type ProtocolError = z.infer<typeof ProtocolError>;
export type ErrorCode = ProtocolError['code'];

/** The failed branch of every acknowledgement. */
export const ErrorAck = z.object({ ok: z.literal(false), error: ProtocolError });
export type ErrorAck = z.infer<typeof ErrorAck>;
