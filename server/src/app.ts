import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type ServerOptions } from 'socket.io';
import { MAX_PAYLOAD_BYTES } from '@parley/sdk/protocol';
import type { Logger } from 'pino';
import type { TenantConfig } from './config/tenants.ts';
import { httpRoutes } from './http/routes.ts';
import type { Understanding } from './nlu/understanding.ts';
import type { ConversationEmitter } from './pipeline/index.ts';
import type { ReplyBook } from './replies/reply-book.ts';
import { visitorTokens } from './session/visitor-token.ts';
import type { Store } from './store/store.ts';
import { handleConnection } from './transport/connection.ts';
import { checkHandshake } from './transport/handshake.ts';
import { conversationRoom, type ParleyServer } from './transport/types.ts';

export interface AppOptions {
  store: Store;
  tenants: readonly TenantConfig[];
  understanding: Understanding;
  replies: ReplyBook;
  log: Logger;
  /** Signs visitor tokens; every process of one deployment must share it. */
  secret: string;
  /** e.g. the Redis adapter; in-memory when omitted. */
  adapter?: ServerOptions['adapter'];
  negotiateLocale: (requested: string, enabled: readonly string[], fallback: string) => string;
  widgetDir?: string;
  siteDir?: string;
}

export interface ParleyApp {
  http: HttpServer;
  io: ParleyServer;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Wires HTTP, socket.io and the pipeline together from ready-made parts. Does no I/O itself:
 * `main.ts` chooses the implementations and calls `listen`.
 */
export function createApp(options: AppOptions): ParleyApp {
  const tenants = new Map(options.tenants.map((t) => [t.id, t]));
  const http = createServer(
    httpRoutes({
      ...(options.widgetDir ? { widgetDir: options.widgetDir } : {}),
      ...(options.siteDir ? { siteDir: options.siteDir } : {}),
      health: async () => {
        await options.store.getConversation('healthz', '00000000-0000-0000-0000-000000000000');
        return { ok: true };
      },
    }),
  );
  const io: ParleyServer = new Server(http, {
    // Hard cap per packet; anything between MAX_PAYLOAD_BYTES and this gets a typed error from `validate`.
    maxHttpBufferSize: MAX_PAYLOAD_BYTES * 16,
    serveClient: false,
    cors: { origin: true, credentials: false },
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });
  const emitter: ConversationEmitter = {
    emit: (tenant, conversationId, event, ...payload) => io.to(conversationRoom(tenant, conversationId)).emit(event, ...payload),
  };
  io.use(checkHandshake(tenants));
  io.on('connection', (socket) =>
    handleConnection(socket, {
      store: options.store,
      understanding: options.understanding,
      replies: options.replies,
      emitter,
      log: options.log,
      tokens: visitorTokens(options.secret),
      negotiateLocale: options.negotiateLocale,
    }),
  );
  return {
    http,
    io,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => resolve((http.address() as AddressInfo).port));
      }),
    close: async () => {
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await options.store.close();
    },
  };
}
