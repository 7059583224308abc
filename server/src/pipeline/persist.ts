import type { Stage } from './compose.ts';
import type { MessageContext } from './context.ts';

/** How many earlier messages later stages may look at (sentiment trend, repeated questions, fallbacks). */
const HISTORY_WINDOW = 40;

/**
 * Stage 2: the message is stored before anything else happens, then acknowledged.
 * A re-sent client id is acknowledged again with the stored message and not processed twice.
 */
export const persist: Stage<MessageContext> = async (ctx, next) => {
  const message = ctx.message;
  if (!message) throw new Error('persist runs after validate');
  const { store, emitter, log } = ctx.deps;
  const { tenant, conversation } = ctx;
  let result;
  try {
    result = await store.appendMessage({ tenant: tenant.id, conversationId: conversation.id, author: { kind: 'customer' }, text: message.text, clientId: message.clientId });
  } catch (err) {
    log.error({ err, conversationId: conversation.id }, 'storing a customer message failed');
    return ctx.ack({ ok: false, error: { code: 'storage_unavailable', message: 'The message could not be stored; send it again', retryable: true } });
  }
  const stored = result.message;
  const ack = { ok: true as const, id: stored.id, conversationId: stored.conversationId, seq: stored.seq, duplicate: result.duplicate };
  if (result.duplicate) return ctx.ack(ack);
  // Every tab of this visitor sees the message; the sender gets it before its ack (same socket, in order).
  emitter.emit(tenant.id, conversation.id, 'message', stored);
  ctx.ack(ack);
  ctx.stored = stored;
  const history = await store.messagesAfter(tenant.id, conversation.id, Math.max(0, stored.seq - HISTORY_WINDOW), HISTORY_WINDOW);
  ctx.history = history.filter((m) => m.seq < stored.seq);
  await next();
};
