import type { AgentProfile, ConversationDetail, ConversationState, ProtocolError, ServerMessage } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';
import { caseNumber } from '../handoff/hand-off.ts';
import type { ConversationEmitter } from '../pipeline/context.ts';
import type { CustomerContextProvider } from '../queue/customer-context.ts';
import { ACTIONS, type AgentAction } from '../queue/state-machine.ts';
import type { Store } from '../store/store.ts';

export interface ActionDeps {
  store: Store;
  /** The hub-wrapped emitter: customers and watching agents both hear every change. */
  emitter: ConversationEmitter;
  customers: CustomerContextProvider;
}

type Failure = { ok: false; error: ProtocolError };
const notFound = (): Failure => ({ ok: false, error: { code: 'not_found', message: 'No such conversation' } });
const conflict = (state: ConversationState, message: string): Failure => ({ ok: false, error: { code: 'conflict', message, state } });

/** Why a state change happened, kept in the state event (`close`'s is how a pending rating is recognised). */
export const REASONS: Record<AgentAction, string> = { claim: 'claimed', transfer: 'transferred', return: 'returned_to_bot', close: 'closed_by_agent' };

/**
 * One agent action on the conversation state machine. Ownership rules: anyone may claim a waiting
 * conversation; only its owner may transfer, return or close it once claimed.
 */
export async function act(
  deps: ActionDeps,
  tenant: TenantConfig,
  agent: AgentProfile,
  action: AgentAction,
  conversationId: string,
  toAgentId?: string,
): Promise<{ ok: true; state: ConversationState; seq: number } | Failure> {
  const current = await deps.store.getHandoff(tenant.id, conversationId);
  if (!current) return notFound();
  if (current.state === 'agent' && action !== 'claim' && current.agentId !== agent.id) {
    return conflict(current.state, 'Another agent owns this conversation');
  }
  if (action === 'transfer' && (!toAgentId || !tenant.agents.some((a) => a.id === toAgentId) || toAgentId === agent.id)) {
    return { ok: false, error: { code: 'not_found', message: 'No such agent to transfer to' } };
  }
  const { from, to } = ACTIONS[action];
  const owner = action === 'claim' ? agent.id : action === 'transfer' ? toAgentId : undefined;
  const result = await deps.store.transition({
    tenant: tenant.id,
    conversationId,
    from,
    state: to,
    reason: REASONS[action],
    ...(owner ? { agentId: owner } : {}),
  });
  if ('conflict' in result) return conflict(result.conflict, `Cannot ${action} a conversation that is ${result.conflict}`);
  deps.emitter.emit(tenant.id, conversationId, 'conversation:state', { conversationId, state: to, seq: result.seq });
  if (action === 'close') deps.emitter.emit(tenant.id, conversationId, 'conversation:rating-requested', { conversationId });
  return { ok: true, state: to, seq: result.seq };
}

/** Stores an agent's reply and sends it to the customer; only the owner of a claimed conversation may reply. */
export async function agentReply(
  deps: ActionDeps,
  tenant: TenantConfig,
  agent: AgentProfile,
  input: { conversationId: string; clientId: string; text: string },
): Promise<{ ok: true; message: ServerMessage; duplicate: boolean } | Failure> {
  const current = await deps.store.getHandoff(tenant.id, input.conversationId);
  if (!current) return notFound();
  if (current.state !== 'agent' || current.agentId !== agent.id) return conflict(current.state, 'Claim the conversation before replying');
  const result = await deps.store.appendMessage({
    tenant: tenant.id,
    conversationId: input.conversationId,
    author: { kind: 'agent', name: agent.name },
    text: input.text,
    // Namespaced so an agent's id can never collide with the customer's own client ids.
    clientId: `agent-${input.clientId}`.slice(0, 64),
  });
  if (!result.duplicate) deps.emitter.emit(tenant.id, input.conversationId, 'message', result.message);
  return { ok: true, ...result };
}

/** Everything an agent sees about one conversation before typing. */
export async function conversationDetail(deps: ActionDeps, tenant: TenantConfig, conversationId: string): Promise<ConversationDetail | undefined> {
  const handoff = await deps.store.getHandoff(tenant.id, conversationId);
  if (!handoff) return undefined;
  const messages: ServerMessage[] = [];
  for (let after = 0; ; ) {
    const page = await deps.store.messagesAfter(tenant.id, conversationId, after, 500);
    messages.push(...page);
    if (page.length < 500) break;
    after = page.at(-1)!.seq;
  }
  const [notes, rating, customer] = await Promise.all([
    deps.store.notes(tenant.id, conversationId),
    deps.store.rating(tenant.id, conversationId),
    deps.customers.get({ tenant: tenant.id, visitorId: handoff.visitorId }),
  ]);
  return {
    conversationId,
    caseNumber: caseNumber(conversationId),
    state: handoff.state,
    language: handoff.locale,
    reason: handoff.reason,
    agentId: handoff.agentId,
    customer,
    messages,
    notes,
    rating: rating ?? null,
  };
}
