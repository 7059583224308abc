import type { CustomerMessage, SendAck, ServerMessage, ServerToClientEvents } from '@parley/sdk/protocol';
import type { Logger } from 'pino';
import type { TenantConfig } from '../config/tenants.ts';
import type { Understanding, IntentResult, LanguageResult, SentimentResult } from '../nlu/understanding.ts';
import type { AnswerWriter } from '../llm/answer-writer.ts';
import type { CustomerContextProvider } from '../queue/customer-context.ts';
import type { ReplyBook } from '../replies/reply-book.ts';
import type { ConversationRecord, Store } from '../store/store.ts';

/** Sends server events to everyone in a conversation (all tabs, all processes). */
export interface ConversationEmitter {
  emit<E extends keyof ServerToClientEvents>(
    tenant: string,
    conversationId: string,
    event: E,
    ...payload: Parameters<ServerToClientEvents[E]>
  ): void;
}

/** Long-lived collaborators, shared by every message. */
export interface PipelineDeps {
  store: Store;
  understanding: Understanding;
  replies: ReplyBook;
  emitter: ConversationEmitter;
  log: Logger;
  /** The customer's tier (VIP customers reach a person sooner); everyone is standard without it. */
  customers?: CustomerContextProvider;
  /** Optional LLM rephrasing of catalog answers; without it the catalog answer is sent as it is. */
  answerWriter?: AnswerWriter;
  /** Runs a message through a custom stage list (built with `insertStage`) instead of `STAGES`. */
  pipeline?: (ctx: MessageContext) => Promise<void>;
}

/** What the policy stage decided. */
export type Decision =
  | { kind: 'answer'; intent: string }
  | { kind: 'ask'; suggestions: string[]; offerPerson: boolean }
  | { kind: 'out_of_scope'; offerPerson: boolean }
  | { kind: 'handoff'; reason: string }
  /** A person owns the conversation (or it is closed): the bot says nothing. */
  | { kind: 'silent' };

/** One customer message on its way through the pipeline; each stage fills its part. */
export interface MessageContext {
  readonly deps: PipelineDeps;
  readonly tenant: TenantConfig;
  readonly conversation: ConversationRecord;
  /** The event payload exactly as received. */
  readonly raw: unknown;
  /** Answers the sender; called exactly once per message. */
  readonly ack: (result: SendAck) => void;
  message?: CustomerMessage;
  stored?: ServerMessage;
  /** Recent messages before this one, oldest first (loaded by `persist`). */
  history: ServerMessage[];
  language?: LanguageResult & { reply: string };
  sentiment?: SentimentResult;
  /** The customer's tier, from the broker's context (`standard` when unknown). */
  tier?: string;
  intent?: IntentResult;
  decision?: Decision;
  /** Bot messages written by `reply`. */
  replies: ServerMessage[];
}
