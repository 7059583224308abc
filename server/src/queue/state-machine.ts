import type { ConversationState } from '@parley/sdk/protocol';

/** What a person can do with a conversation, and the states each action may start from. */
export const ACTIONS = {
  /** An agent takes a waiting conversation. */
  claim: { from: ['queued'], to: 'agent' },
  /** The owner hands it to another agent. */
  transfer: { from: ['agent'], to: 'agent' },
  /** The owner gives it back to the bot (or pulls it out of the queue). */
  return: { from: ['queued', 'agent'], to: 'bot' },
  close: { from: ['queued', 'agent'], to: 'closed' },
} as const satisfies Record<string, { from: readonly ConversationState[]; to: ConversationState }>;

export type AgentAction = keyof typeof ACTIONS;

/**
 * Every owner change a conversation can make: bot → queued → agent → closed, agent → agent
 * (transfer), agent/queued → bot. `closed` is final: the customer's next hello opens a new one.
 */
const ALLOWED: Record<ConversationState, readonly ConversationState[]> = {
  bot: ['queued', 'closed'],
  queued: ['agent', 'bot', 'closed'],
  agent: ['agent', 'bot', 'closed'],
  closed: [],
};

export function canTransition(from: ConversationState, to: ConversationState): boolean {
  return ALLOWED[from].includes(to);
}
