import type { ClientToServerEvents, ServerToClientEvents } from '@parley/sdk/protocol';
import type { Server, Socket } from 'socket.io';
import type { TenantConfig } from '../config/tenants.ts';

/** What the server remembers about one connection. */
export interface SocketData {
  tenant: TenantConfig;
  session?: { visitorId: string; conversationId: string };
}

/** Events between server processes (none of our own yet; the adapter carries room broadcasts). */
export type InterServerEvents = Record<string, never>;

export type ParleyServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type ParleySocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** The socket.io room of one conversation: all of its tabs, in every process. */
export function conversationRoom(tenant: string, conversationId: string): string {
  return `conversation:${tenant}:${conversationId}`;
}
