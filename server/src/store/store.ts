import type { AgentNote, AuthorKind, ConversationState, MessageMeta, QuickReply, ServerMessage } from '@parley/sdk/protocol';
import type { DeveloperStore } from './developer-store.ts';
import type { SlaStore } from './sla-store.ts';

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

export interface StateChangeInput {
  tenant: string;
  conversationId: string;
  state: ConversationState;
  reason?: string;
  /** The person who owns the conversation afterwards (claims, transfers); cleared when it leaves people. */
  agentId?: string;
}

/** A conversation in the hands of people: the projection the queue and SLAs read. */
export interface HandoffRecord {
  conversationId: string;
  visitorId: string;
  state: ConversationState;
  locale: string;
  reason: string | null;
  agentId: string | null;
  queuedAt: Date | null;
  /** When a person first answered since it was queued; null while nobody has. */
  firstResponseAt: Date | null;
}

/**
 * The storage port. Implementations: PGlite (embedded, file-backed) and PostgreSQL (`pg`),
 * sharing one schema and one set of SQL statements. Conversation events are never updated or deleted.
 */
export interface Store extends DeveloperStore, SlaStore {
  /** Applies versioned migrations that have not run yet. Safe to call from several processes. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The visitor's open (not closed) conversation in this tenant, created when there is none. */
  openConversation(input: { tenant: string; visitorId: string; locale: string }): Promise<ConversationRecord>;
  getConversation(tenant: string, conversationId: string): Promise<ConversationRecord | undefined>;
  appendMessage(input: NewMessage): Promise<AppendResult>;
  /** Records a change of owner as an event; returns its sequence number. */
  appendStateChange(input: StateChangeInput): Promise<{ seq: number }>;
  /**
   * The same, only when the conversation is in one of `from` (checked under a row lock, so two agents
   * claiming at once cannot both win). Otherwise nothing is written and the current state is returned.
   */
  transition(input: StateChangeInput & { from: readonly ConversationState[] }): Promise<{ seq: number } | { conflict: ConversationState }>;
  /** Conversations waiting for or owned by a person, oldest wait first. */
  listHandoffs(tenant: string): Promise<HandoffRecord[]>;
  getHandoff(tenant: string, conversationId: string): Promise<HandoffRecord | undefined>;
  /** Internal notes: agents only, kept apart from the customer's messages. */
  addNote(input: { tenant: string; conversationId: string; author: string; text: string }): Promise<AgentNote>;
  notes(tenant: string, conversationId: string): Promise<AgentNote[]>;
  /** Stores the customer's CSAT once; a second rating is refused as a duplicate. */
  rate(input: { tenant: string; conversationId: string; score: number; comment?: string }): Promise<{ duplicate: boolean }>;
  rating(tenant: string, conversationId: string): Promise<{ score: number; comment?: string } | undefined>;
  /** The visitor's most recently closed conversation (not hidden): why it closed, when, and whether it was rated. */
  latestClosed(tenant: string, visitorId: string): Promise<{ conversationId: string; closedAt: Date; reason: string | null; rated: boolean } | undefined>;
  /**
   * How long a person held each conversation closed since `since`: claim to close, in ms, latest close
   * first, at most `limit`. Conversations closed straight from the queue or the bot are left out.
   */
  handlingTimes(tenant: string, since: Date, limit: number): Promise<number[]>;
  /** Messages with seq > afterSeq, oldest first, at most `limit`. */
  messagesAfter(tenant: string, conversationId: string, afterSeq: number, limit: number): Promise<ServerMessage[]>;
  /** Persists the conversation's reply language once detected. */
  setLocale(tenant: string, conversationId: string, locale: string): Promise<void>;
}
