import { OfflineMessageRequest, RateRequest, type ProtocolError } from '@parley/sdk/protocol';
import type { Logger } from 'pino';
import type { ConversationEmitter } from '../pipeline/context.ts';
import type { Clock } from '../queue/clock.ts';
import type { Store } from '../store/store.ts';
import { invalidPayload } from '../transport/errors.ts';
import { tokenBucket } from '../transport/rate-limit.ts';
import type { ParleySocket } from '../transport/types.ts';
import { pendingRating } from './pending-rating.ts';
import { watchRoom, type AgentNamespace } from './types.ts';

export interface CustomerEventDeps {
  store: Store;
  emitter: ConversationEmitter;
  agents: AgentNamespace;
  clock: Clock;
  log: Logger;
  /** Told of every first rating (e.g. to send the `csat.submitted` webhook). */
  onRated?: (tenant: string, rating: { conversationId: string; score: number; comment?: string }) => void;
}

type Ack = (result: unknown) => void;

/**
 * The customer's side of human support, beside `transport/connection.ts`: the CSAT rating after a
 * close (or, after a reload, of the closed conversation still awaiting it), the offline form while
 * nobody can answer, and their typing mirrored to watching agents.
 */
export function handleCustomerSupportEvents(socket: ParleySocket, deps: CustomerEventDeps): void {
  const tenant = socket.data.tenant.id;
  const bucket = tokenBucket(10, 1);
  const on = (name: string, work: (payload: unknown, ack: Ack, conversationId: string) => Promise<void>) => {
    socket.on(name as 'typing', (async (payload: unknown, maybeAck: unknown) => {
      // connection.ts already answers a missing ack with a typed error; without one there is no one to tell.
      if (typeof maybeAck !== 'function') return;
      const ack = maybeAck as Ack;
      const refuse = (error: ProtocolError) => ack({ ok: false, error });
      const session = socket.data.session;
      if (!session) return refuse({ code: 'session_required', message: 'Send session:hello first' });
      const wait = bucket.take();
      if (wait > 0) return refuse({ code: 'rate_limited', message: 'Too many requests', retryAfterMs: wait });
      try {
        await work(payload, ack, session.conversationId);
      } catch (err) {
        deps.log.error({ err, event: name, tenant }, 'customer support event failed');
        refuse({ code: 'internal', message: 'Internal error' });
      }
    }) as never);
  };

  on('conversation:rate', async (payload, ack, conversationId) => {
    const rating = RateRequest.safeParse(payload);
    if (!rating.success) return ack({ ok: false, error: invalidPayload(rating.error) });
    const conversation = await deps.store.getConversation(tenant, conversationId);
    // This conversation once closed; after a reload (which opened a new one), the closed one still awaiting its rating.
    const target = conversation?.state === 'closed' ? conversationId : conversation && (await pendingRating(deps, tenant, conversation.visitorId));
    if (!target) {
      return ack({ ok: false, error: { code: 'conflict', message: 'Only a closed conversation can be rated', state: conversation?.state } });
    }
    const comment = rating.data.comment || undefined;
    const { duplicate } = await deps.store.rate({ tenant, conversationId: target, score: rating.data.score, ...(comment ? { comment } : {}) });
    if (!duplicate) {
      const rated = { conversationId: target, score: rating.data.score, ...(comment ? { comment } : {}) };
      deps.agents.to(watchRoom(tenant, target)).emit('conversation:rated', rated);
      deps.onRated?.(tenant, rated);
    }
    ack({ ok: true, duplicate });
  });

  on('conversation:offline-message', async (payload, ack, conversationId) => {
    const request = OfflineMessageRequest.safeParse(payload);
    if (!request.success) return ack({ ok: false, error: invalidPayload(request.error) });
    const conversation = await deps.store.getConversation(tenant, conversationId);
    if (conversation?.state !== 'queued') {
      return ack({ ok: false, error: { code: 'conflict', message: 'The offline form is for conversations waiting for a person', state: conversation?.state } });
    }
    // Kept as the customer's message (answered later from the queue); the contact is for agents only.
    const { message } = await deps.store.appendMessage({ tenant, conversationId, author: { kind: 'customer' }, text: request.data.text });
    if (request.data.contact) await deps.store.addNote({ tenant, conversationId, author: 'Offline form', text: `Contact: ${request.data.contact}` });
    deps.emitter.emit(tenant, conversationId, 'message', message);
    ack({ ok: true, seq: message.seq });
  });

  socket.on('typing', (payload: unknown) => {
    const session = socket.data.session;
    const typing = (payload as { typing?: unknown } | null)?.typing;
    if (!session || typeof typing !== 'boolean') return;
    deps.agents.to(watchRoom(tenant, session.conversationId)).emit('typing', { conversationId: session.conversationId, author: 'customer', typing });
  });
}
