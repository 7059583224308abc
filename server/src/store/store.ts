import type { AuthorKind, ConversationState, MessageMeta, QuickReply, ServerMessage } from '@parley/sdk/protocol';

/** A conversation's current projection; the truth is its append-only event log. */
export interface ConversationRecord {
  id: string;
  tenant: string;
  visitorId: string;
  state: ConversationState;
  locale: string;
  lastSeq: number;
  createdAt: Date;
}

/** A message about to be appended. `clientId` makes the append idempotent within the conversation. */
export interface NewMessage {
  tenant: string;
  conversationId: string;
  author: { kind: AuthorKind; name?: string };
  text: string;
  clientId?: string;
  quickReplies?: QuickReply[];
  meta?: MessageMeta;
}

export interface AppendResult {
  message: ServerMessage;
  /** True when a message with this clientId already existed; nothing was written. */
  duplicate: boolean;
}

/**
 * The storage port. Implementations: PGlite (embedded, file-backed) and PostgreSQL (`pg`),
 * sharing one schema and one set of SQL statements. Conversation events are never updated or deleted.
 */
export interface Store {
  /** Applies versioned migrations that have not run yet. Safe to call from several processes. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The visitor's open (not closed) conversation in this tenant, created when there is none. */
  openConversation(input: { tenant: string; visitorId: string; locale: string }): Promise<ConversationRecord>;
  getConversation(tenant: string, conversationId: string): Promise<ConversationRecord | undefined>;
  appendMessage(input: NewMessage): Promise<AppendResult>;
  /** Records a change of owner as an event; returns its sequence number. */
  appendStateChange(input: { tenant: string; conversationId: string; state: ConversationState; reason?: string }): Promise<{ seq: number }>;
  /** Messages with seq > afterSeq, oldest first, at most `limit`. */
  messagesAfter(tenant: string, conversationId: string, afterSeq: number, limit: number): Promise<ServerMessage[]>;
  /** Persists the conversation's reply language once detected. */
  setLocale(tenant: string, conversationId: string, locale: string): Promise<void>;
}
