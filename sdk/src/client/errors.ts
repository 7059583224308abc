import type { ErrorCode, ProtocolError } from '../protocol/index.ts';

/**
 * A typed error from the server (or the client's own checks), thrown by client methods.
 *
 * @example
 * try { await client.send(text) } catch (e) { if (e instanceof ParleyError && e.code === 'rate_limited') … }
 */
export class ParleyError extends Error {
  readonly code: ErrorCode;

  constructor(readonly detail: ProtocolError) {
    super(detail.message);
    this.name = 'ParleyError';
    this.code = detail.code;
  }
}

/** Errors worth retrying later with the same payload. */
export function isRetryable(error: ProtocolError): boolean {
  return error.code === 'storage_unavailable' || error.code === 'rate_limited' || error.code === 'internal';
}

/** Errors that make further connection attempts pointless. */
export function isFatal(error: ProtocolError): boolean {
  return error.code === 'unknown_tenant' || error.code === 'origin_not_allowed' || error.code === 'unsupported_protocol';
}
