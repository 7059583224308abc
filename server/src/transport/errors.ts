import type { ProtocolError } from '@parley/sdk/protocol';

/** Turns a zod error into the protocol's `invalid_payload`, naming each bad field. */
export function invalidPayload(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): ProtocolError {
  const issues = error.issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
  return { code: 'invalid_payload', message: `Invalid payload: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues };
}

/** An Error that socket.io sends to the client as `connect_error` with `data` = the typed error. */
export function handshakeError(error: ProtocolError): Error & { data: ProtocolError } {
  return Object.assign(new Error(error.message), { data: error });
}
