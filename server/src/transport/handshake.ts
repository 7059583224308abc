import { HandshakeAuth } from '@parley/sdk/protocol';
import type { Socket } from 'socket.io';
import { isOriginAllowed, type TenantConfig } from '../config/tenants.ts';
import { handshakeError, invalidPayload } from './errors.ts';

/**
 * socket.io middleware: the connection opens only for a known tenant and, when the browser sent an
 * Origin, one the tenant allows. The refusal reaches the client as a typed `connect_error`.
 */
export function checkHandshake(tenants: ReadonlyMap<string, TenantConfig>) {
  return (socket: Socket, next: (err?: Error) => void) => {
    const auth = HandshakeAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(handshakeError(invalidPayload(auth.error)));
    const tenant = tenants.get(auth.data.tenant);
    if (!tenant) return next(handshakeError({ code: 'unknown_tenant', message: `Unknown tenant "${auth.data.tenant}"` }));
    const origin = socket.handshake.headers.origin;
    if (!isOriginAllowed(tenant, origin)) {
      return next(handshakeError({ code: 'origin_not_allowed', message: `Origin ${origin ?? '(none)'} is not allowed for this tenant` }));
    }
    socket.data.tenant = tenant;
    next();
  };
}
