import { AgentHandshakeAuth, agentClientEvents, type AgentClientEventName, type ProtocolError } from '@parley/sdk/protocol';
import type { Logger } from 'pino';
import type * as z from 'zod/mini';
import type { AgentSessions } from '../agents/sessions.ts';
import { profileOf } from '../agents/sign-in.ts';
import type { TenantConfig } from '../config/tenants.ts';
import type { Clock } from '../queue/clock.ts';
import { buildQueueView, type QueueViewDeps } from '../queue/queue-view.ts';
import { handshakeError, invalidPayload } from '../transport/errors.ts';
import { tokenBucket } from '../transport/rate-limit.ts';
import { conversationRoom, type ParleyServer } from '../transport/types.ts';
import { act, agentReply, conversationDetail, type ActionDeps } from './actions.ts';
import type { ConsoleHub } from './hub.ts';
import { agentsRoom, watchRoom, type AgentNamespace, type AgentSocket } from './types.ts';

export interface AgentNamespaceDeps extends ActionDeps, QueueViewDeps {
  io: ParleyServer;
  agents: AgentNamespace;
  tenants: ReadonlyMap<string, TenantConfig>;
  sessions: AgentSessions;
  hub: ConsoleHub;
  clock: Clock;
  log: Logger;
}

type Ack = (result: unknown) => void;
const unauthorized: ProtocolError = { code: 'unauthorized', message: 'Sign in again: the session is missing, invalid or expired' };

/**
 * The `/agent` namespace: the handshake needs a valid, unexpired session token, and an agent only
 * ever joins rooms of the tenant the token names, so tenants never see each other.
 */
export function mountAgentNamespace(deps: AgentNamespaceDeps): void {
  const { agents } = deps;
  agents.use((socket, next) => {
    const auth = AgentHandshakeAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(handshakeError(invalidPayload(auth.error)));
    const claims = deps.sessions.verify(auth.data.token);
    const tenant = claims && deps.tenants.get(claims.tenant);
    const account = tenant?.agents.find((a) => a.id === claims?.agentId);
    if (!claims || !tenant || !account) return next(handshakeError(unauthorized));
    socket.data = { tenant, agent: profileOf(account), expiresAt: claims.expiresAt };
    next();
  });
  agents.on('connection', (socket) => void onConnection(deps, socket));
}

async function onConnection(deps: AgentNamespaceDeps, socket: AgentSocket): Promise<void> {
  const { tenant, agent } = socket.data;
  const events = tokenBucket(60, 20);
  const handle = <K extends AgentClientEventName>(name: K, work: (payload: z.infer<(typeof agentClientEvents)[K]['payload']>, ack: Ack) => Promise<void>) => {
    const schema = agentClientEvents[name].payload;
    socket.on(name as 'queue:list', (async (raw: unknown, maybeAck: unknown) => {
      const ack: Ack = typeof maybeAck === 'function' ? (maybeAck as Ack) : (error) => socket.emit('protocol:error', (error as { error: ProtocolError }).error);
      const refuse = (error: ProtocolError) => ack({ ok: false, error });
      const wait = events.take();
      if (wait > 0) return refuse({ code: 'rate_limited', message: 'Too many events', retryAfterMs: wait });
      if (deps.clock.now() >= socket.data.expiresAt) {
        refuse(unauthorized);
        return void socket.disconnect(true);
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return refuse(invalidPayload(parsed.error));
      try {
        await work(parsed.data as z.infer<(typeof agentClientEvents)[K]['payload']>, ack);
      } catch (err) {
        deps.log.error({ err, event: name, tenant: tenant.id, agent: agent.id }, 'agent event failed');
        refuse({ code: 'internal', message: 'Internal error' });
      }
    }) as never);
  };

  handle('queue:list', async (_, ack) => {
    const view = await buildQueueView(deps, tenant, await deps.hub.onlineAgents(tenant.id));
    ack({ ok: true, queue: view.snapshot });
  });
  handle('conversation:open', async ({ conversationId }, ack) => {
    const detail = await conversationDetail(deps, tenant, conversationId);
    if (!detail) return ack({ ok: false, error: { code: 'not_found', message: 'No such conversation' } });
    await socket.join(watchRoom(tenant.id, conversationId));
    ack({ ok: true, detail });
  });
  handle('conversation:claim', async ({ conversationId }, ack) => {
    ack(await act(deps, tenant, agent, 'claim', conversationId));
  });
  handle('conversation:transfer', async ({ conversationId, toAgentId }, ack) => {
    ack(await act(deps, tenant, agent, 'transfer', conversationId, toAgentId));
  });
  handle('conversation:return', async ({ conversationId }, ack) => {
    ack(await act(deps, tenant, agent, 'return', conversationId));
  });
  handle('conversation:close', async ({ conversationId }, ack) => {
    ack(await act(deps, tenant, agent, 'close', conversationId));
  });
  handle('agent:reply', async (input, ack) => {
    ack(await agentReply(deps, tenant, agent, input));
  });
  handle('agent:note', async ({ conversationId, text }, ack) => {
    const exists = await deps.store.getHandoff(tenant.id, conversationId);
    if (!exists) return ack({ ok: false, error: { code: 'not_found', message: 'No such conversation' } });
    const note = await deps.store.addNote({ tenant: tenant.id, conversationId, author: agent.name, text });
    // Only the agents' watch room: notes never go near the customer's room.
    deps.agents.to(watchRoom(tenant.id, conversationId)).emit('conversation:note', note);
    ack({ ok: true, note });
  });
  handle('agent:typing', async ({ conversationId, typing }) => {
    const owned = await deps.store.getHandoff(tenant.id, conversationId);
    if (owned?.state !== 'agent' || owned.agentId !== agent.id) return;
    deps.io.to(conversationRoom(tenant.id, conversationId)).emit('typing', { author: 'agent', typing });
  });

  socket.onAny((event: string, ...args: unknown[]) => {
    if (event in agentClientEvents) return;
    const ack = args.at(-1);
    const error: ProtocolError = { code: 'invalid_payload', message: `Unknown event "${event}"`, issues: [] };
    if (typeof ack === 'function') (ack as Ack)({ ok: false, error });
    else socket.emit('protocol:error', error);
  });
  socket.on('disconnect', () => void deps.hub.refresh(tenant.id));

  await socket.join(agentsRoom(tenant.id));
  await deps.hub.refresh(tenant.id);
}
