import bcrypt from 'bcryptjs';
import { pino } from 'pino';
import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
  type AgentSession,
  type ProtocolError,
} from '@parley/sdk/protocol';
import { createApp, type ParleyApp } from '../../server/src/app.ts';
import { TenantConfig } from '../../server/src/config/tenants.ts';
import { createOfflineUnderstanding } from '../../server/src/nlu/offline.ts';
import { manualClock, type ManualClock } from '../../server/src/queue/clock.ts';
import { loadReplyBook } from '../../server/src/replies/reply-book.ts';
import { visitorTokens } from '../../server/src/session/visitor-token.ts';
import { createStore } from '../../server/src/store/index.ts';
import type { Store } from '../../server/src/store/store.ts';
import { connected, rawSocket, type RawSocket } from '../support/client.ts';

export const PASSWORD = 'correct horse battery';
export const SECRET = 'console-test-secret';
export const VIP_VISITOR = '11111111-2222-4333-8444-555555555555';
const hash = bcrypt.hashSync(PASSWORD, 4);

const agent = (id: string, languages: string[], skills: string[] = []) => ({ id, name: id[0]!.toUpperCase() + id.slice(1), username: id, passwordHash: hash, languages, skills });

export const TENANTS = [
  TenantConfig.parse({
    id: 'acme',
    name: 'Acme Brokers',
    allowedOrigins: ['*'],
    locales: ['en', 'de'],
    agents: [agent('alex', ['en', 'de'], ['payments']), agent('priya', ['en', 'hi'], ['licensed'])],
    agentSessionMinutes: 60,
    cannedResponses: { en: [{ title: 'Hi', text: 'Hello, how can I help?' }] },
    demoCustomers: [{ visitorId: VIP_VISITOR, tier: 'vip', name: 'Vera Important', accountId: 'AC-1', accountState: 'funded' }],
  }),
  TenantConfig.parse({ id: 'other', name: 'Other Broker', allowedOrigins: ['*'], agents: [agent('olga', ['en'])] }),
];

export type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

export interface Harness {
  app: ParleyApp;
  store: Store;
  clock: ManualClock;
  url: string;
  signIn(tenant: string, username: string, password?: string): Promise<{ status: number; body: { ok: true; session: AgentSession } | { ok: false; error: ProtocolError } }>;
  agentSocket(tenant: string, username: string): Promise<AgentSocket>;
  /** A customer socket after hello; `visitorId` resumes a chosen (e.g. VIP demo) visitor. */
  customer(tenant?: string, visitorId?: string): Promise<{ socket: RawSocket; conversationId: string }>;
  close(): Promise<void>;
}

/**
 * The real app in this process (so its clock can be a manual one) on a loopback port, with real
 * socket.io clients: PGlite in memory, the offline NLU, two tenants with agents.
 */
export async function startHarness(): Promise<Harness> {
  const clock = manualClock();
  const store = await createStore({});
  const app = createApp({
    store,
    tenants: TENANTS,
    understanding: createOfflineUnderstanding(),
    replies: loadReplyBook(),
    log: pino({ level: 'silent' }),
    secret: SECRET,
    clock,
    negotiateLocale: (requested, enabled, fallback) => (enabled.includes(requested) ? requested : fallback),
  });
  const port = await app.listen(0);
  const url = `http://127.0.0.1:${port}`;
  const sockets: { disconnect(): unknown }[] = [];
  const tokens = visitorTokens(SECRET);

  const signIn: Harness['signIn'] = async (tenant, username, password = PASSWORD) => {
    const response = await fetch(`${url}/agent/api/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tenant, username, password }) });
    return { status: response.status, body: (await response.json()) as never };
  };
  return {
    app,
    store,
    clock,
    url,
    signIn,
    async agentSocket(tenant, username) {
      const { body } = await signIn(tenant, username);
      if (!body.ok) throw new Error(body.error.message);
      const socket: AgentSocket = io(`${url}${AGENT_NAMESPACE}`, { auth: { token: body.session.token }, transports: ['websocket'], forceNew: true, reconnection: false });
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      return socket;
    },
    async customer(tenant = 'acme', visitorId) {
      const socket = rawSocket(url, { tenant });
      sockets.push(socket);
      await connected(socket);
      const visitorToken = visitorId ? tokens.issue(tenant, visitorId).token : undefined;
      const hello = await socket.emitWithAck('session:hello', { protocol: PROTOCOL_VERSION, locale: 'en', ...(visitorToken ? { visitorToken } : {}) });
      if (!hello.ok) throw new Error(hello.error.message);
      return { socket, conversationId: hello.session.conversationId };
    },
    async close() {
      for (const s of sockets) s.disconnect();
      await app.close();
    },
  };
}

/** Resolves with the next `event` payload for which `predicate` holds. */
export function next<T>(typed: Socket, event: string, predicate: (p: T) => boolean = () => true): Promise<T> {
  // Any event name, so one helper serves customer and agent sockets alike.
  const socket = typed as unknown as { on(e: string, f: (p: T) => void): void; off(e: string, f: (p: T) => void): void };
  return new Promise((resolve) => {
    const listener = (payload: T) => {
      if (!predicate(payload)) return;
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Emits any event with any payload, as a hostile or buggy client would; resolves with the ack. */
export function emitAny(socket: unknown, event: string, ...args: unknown[]): Promise<unknown> {
  return (socket as { timeout(ms: number): { emitWithAck(e: string, ...a: unknown[]): Promise<unknown> } }).timeout(5000).emitWithAck(event, ...args);
}
