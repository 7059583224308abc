import { describe, expect, it } from 'vitest';
import { ConversationState } from '@parley/sdk/protocol';
import { ACTIONS, canTransition } from './state-machine.ts';

describe('conversation state machine', () => {
  it('allows only bot → queued → agent → closed, transfers and returns to the bot', () => {
    const allowed = ConversationState.options.flatMap((from) => ConversationState.options.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['bot→queued', 'bot→closed', 'queued→bot', 'queued→agent', 'queued→closed', 'agent→bot', 'agent→agent', 'agent→closed']);
  });
  it('defines every agent action over allowed transitions only', () => {
    for (const action of Object.values(ACTIONS)) for (const from of action.from) expect(canTransition(from, action.to)).toBe(true);
  });
});
