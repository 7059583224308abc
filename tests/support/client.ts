import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@parley/sdk/protocol';
import { ParleyClient, memoryStorage, type ClientSnapshot, type ClientStorage, type ParleyClientOptions } from '@parley/sdk/client';

export type RawSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A plain socket.io-client connection, as a developer without the SDK would open it. */
export function rawSocket(url: string, auth: Record<string, unknown> = { tenant: 'demo' }, extraHeaders?: Record<string, string>): RawSocket {
  return io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true, ...(extraHeaders ? { extraHeaders } : {}) });
}

/** Resolves when the socket connects, rejects with the handshake error's data. */
export function connected(socket: RawSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err: Error & { data?: unknown }) => reject(Object.assign(err, { data: err.data })));
  });
}

/** An SDK client with its own memory storage (one "browser"), closed on dispose. */
export function sdkClient(url: string, options: Partial<ParleyClientOptions> & { storage?: ClientStorage } = {}) {
  const client = new ParleyClient({ url, tenant: 'demo', locale: 'en', storage: memoryStorage(), socket: { transports: ['websocket'] }, ...options });
  return Object.assign(client, { [Symbol.dispose]: () => client.close() });
}

/** Resolves with the first snapshot for which `predicate` holds (checked now and on every change). */
export function until(client: ParleyClient, predicate: (s: ClientSnapshot) => boolean): Promise<ClientSnapshot> {
  return new Promise((resolve) => {
    if (predicate(client.snapshot())) return resolve(client.snapshot());
    const off = client.on('change', (s) => {
      if (predicate(s)) {
        off();
        resolve(s);
      }
    });
  });
}
