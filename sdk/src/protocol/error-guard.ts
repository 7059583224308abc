import type { ErrorCode, ProtocolError } from './error.ts';

// A Record keyed by the union makes the compiler reject a missing or unknown code, so this list
// cannot drift from the schema; it keeps zod out of code paths that only need to recognise an error.
const CODES: Record<ErrorCode, true> = {
  invalid_payload: true,
  payload_too_large: true,
  rate_limited: true,
  unknown_tenant: true,
  origin_not_allowed: true,
  unsupported_protocol: true,
  session_required: true,
  invalid_token: true,
  conversation_closed: true,
  storage_unavailable: true,
  conflict: true,
  internal: true,
  unauthorized: true,
  forbidden: true,
  not_found: true,
};

/**
 * Recognises a server error without loading zod (for the browser bundle's size).
 * @example if (isProtocolError(err.data)) showError(err.data.code);
 */
export function isProtocolError(value: unknown): value is ProtocolError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && Object.hasOwn(CODES, code) && typeof message === 'string';
}
