import type { ServerMessage, StateChange } from '@parley/sdk/protocol';
import type { ConversationEmitter } from '../pipeline/context.ts';
import type { Store } from '../store/store.ts';
import type { WebhookInput } from './publisher.ts';

/** What happened in a conversation, as seen on its way to the customer's tabs. */
export type ConversationHappening =
  | { kind: 'message'; tenant: string; message: ServerMessage }
  | { kind: 'state'; tenant: string; change: StateChange };

/**
 * Wraps the emitter every part of the server sends conversation events through, so webhooks and the
 * embedding app's hooks see each stored message and change of owner exactly where customers do,
 * without every stage having to remember to report it.
 */
export function observeEmitter(inner: ConversationEmitter, observer: (happening: ConversationHappening) => void): ConversationEmitter {
  return {
    emit(tenant, conversationId, event, ...payload) {
      inner.emit(tenant, conversationId, event, ...payload);
      if (event === 'message') observer({ kind: 'message', tenant, message: payload[0] as ServerMessage });
      if (event === 'conversation:state') observer({ kind: 'state', tenant, change: payload[0] as StateChange });
    },
  };
}

/** Turns happenings into webhook events (customer id looked up once per event, only when someone listens). */
export function webhookEventsFor(store: Pick<Store, 'conversationSummary' | 'getHandoff'>, publish: (tenant: string, input: WebhookInput) => void) {
  return async (happening: ConversationHappening): Promise<void> => {
    const conversationId = happening.kind === 'message' ? happening.message.conversationId : happening.change.conversationId;
    const summary = await store.conversationSummary(happening.tenant, conversationId);
    const ref = { conversationId, ...(summary?.customerId ? { customerId: summary.customerId } : {}) };
    const seq = happening.kind === 'message' ? happening.message.seq : happening.change.seq;
    // Sequence numbers start at 1 in every conversation: the first event anyone sees is its start.
    if (seq === 1) publish(happening.tenant, { type: 'conversation.started', data: { ...ref, locale: summary?.locale ?? 'en' } });
    if (happening.kind === 'message') return publish(happening.tenant, { type: 'message.created', data: { ...ref, message: happening.message } });
    const { state } = happening.change;
    publish(happening.tenant, { type: 'conversation.state_changed', data: { ...ref, state } });
    if (state === 'queued' || state === 'agent') {
      const handoff = await store.getHandoff(happening.tenant, conversationId);
      if (state === 'queued') publish(happening.tenant, { type: 'handoff.requested', data: { ...ref, reason: handoff?.reason ?? 'unknown' } });
      else publish(happening.tenant, { type: 'handoff.claimed', data: { ...ref, agent: handoff?.agentId ?? 'unknown' } });
    }
    if (state === 'closed') publish(happening.tenant, { type: 'conversation.closed', data: ref });
  };
}
