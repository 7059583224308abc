import type { AuthorKind, ConversationState, MessageMeta, QuickReply, ServerMessage } from '@parley/sdk/protocol';
import type { ConversationRecord } from './store.ts';

/** A `conversations` row as both drivers return it (timestamptz → Date, integer → number). */
export interface ConversationRow {
  id: string;
  tenant: string;
  visitor_id: string;
  state: ConversationState;
  locale: string;
  last_seq: number;
  created_at: Date;
}

/** A `conversation_events` row of kind 'message'. */
export interface MessageRow {
  id: string;
  conversation_id: string;
  seq: number;
  author_kind: AuthorKind;
  author_name: string | null;
  client_id: string | null;
  text: string;
  quick_replies: QuickReply[] | null;
  meta: MessageMeta | null;
  created_at: Date;
}

export const CONVERSATION_COLUMNS = 'id, tenant, visitor_id, state, locale, last_seq, created_at';
export const MESSAGE_COLUMNS =
  'id, conversation_id, seq, author_kind, author_name, client_id, text, quick_replies, meta, created_at';

export function toConversation(row: ConversationRow): ConversationRecord {
  return {
    id: row.id,
    tenant: row.tenant,
    visitorId: row.visitor_id,
    state: row.state,
    locale: row.locale,
    lastSeq: row.last_seq,
    createdAt: row.created_at,
  };
}

/** Optional wire fields are left out rather than sent as null, as the protocol schema expects. */
export function toServerMessage(row: MessageRow): ServerMessage {
  const message: ServerMessage = {
    id: row.id,
    conversationId: row.conversation_id,
    seq: row.seq,
    author: row.author_name === null ? { kind: row.author_kind } : { kind: row.author_kind, name: row.author_name },
    text: row.text,
    at: row.created_at.toISOString(),
  };
  if (row.client_id !== null) message.clientId = row.client_id;
  if (row.quick_replies !== null) message.quickReplies = row.quick_replies;
  if (row.meta !== null) message.meta = row.meta;
  return message;
}

/** jsonb parameters are always sent as JSON text: `pg` would turn a JS array into a Postgres array. */
export function jsonParam(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}
