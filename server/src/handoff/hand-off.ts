import type { ServerMessage } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';
import type { ConversationEmitter } from '../pipeline/context.ts';
import type { ReplyBook } from '../replies/reply-book.ts';
import type { ConversationRecord, Store } from '../store/store.ts';

/** Why a conversation went to a person; shown to agents and kept in the state event. */
export type HandoffReason = string;

export interface HandOffInput {
  store: Store;
  emitter: ConversationEmitter;
  replies: ReplyBook;
  tenant: TenantConfig;
  conversation: ConversationRecord;
  reason: HandoffReason;
  /** Language of the reply to the customer. */
  lang: string;
  /** Text placed before the "a person is coming" message (e.g. a calm acknowledgement). */
  preface?: string[];
  meta?: ServerMessage['meta'];
}

/**
 * Moves a conversation from the bot to the queue: a `queued` state event, then a bot message telling
 * the customer a person is coming, with a case number. The one path for every reason (asked for a
 * person, frustration, compliance, not understood), so nothing about a handoff is decided twice.
 */
export async function handOff(input: HandOffInput): Promise<{ seq: number; message: ServerMessage }> {
  const { store, emitter, tenant, conversation } = input;
  const { seq } = await store.appendStateChange({ tenant: tenant.id, conversationId: conversation.id, state: 'queued', reason: input.reason });
  emitter.emit(tenant.id, conversation.id, 'conversation:state', { conversationId: conversation.id, state: 'queued', seq });
  const text = [...(input.preface ?? []), input.replies.system(input.lang, 'handoff_queued', { broker: tenant.name, caseNumber: caseNumber(conversation.id) })].join('\n\n');
  const { message } = await store.appendMessage({
    tenant: tenant.id,
    conversationId: conversation.id,
    author: { kind: 'bot', name: tenant.name },
    text,
    meta: { language: input.lang, intent: 'handoff', ...input.meta },
  });
  emitter.emit(tenant.id, conversation.id, 'message', message);
  return { seq, message };
}

/** A short reference a customer can read out on the phone. */
export function caseNumber(conversationId: string): string {
  return conversationId.replaceAll('-', '').slice(0, 8).toUpperCase();
}
