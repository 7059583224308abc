import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProtocolError, type QueueSnapshot, type QueueStatus, type ServerMessage, type SlaBreach } from '@parley/sdk/protocol';
import { emitAny, next, startHarness, VIP_VISITOR, type AgentSocket, type Harness } from './console-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const code = (result: unknown) => {
  const parsed = ProtocolError.safeParse((result as { error?: unknown }).error);
  return parsed.success ? parsed.data.code : `not a typed error: ${JSON.stringify(result)}`;
};
const inQueue = (id: string) => (q: QueueSnapshot) => q.items.some((i) => i.conversationId === id);

/** Hands a fresh customer's conversation to the queue and waits until agents see it there. */
async function queuedCustomer(agent: AgentSocket, visitorId?: string) {
  const customer = await h.customer('acme', visitorId);
  const seen = next<QueueSnapshot>(agent, 'queue:update', inQueue(customer.conversationId));
  expect(await customer.socket.emitWithAck('conversation:handoff', {})).toEqual({ ok: true, state: 'queued' });
  return { ...customer, queue: await seen };
}

describe('agent console over real sockets', () => {
  it('claims, replies (bot silent), closes, and stores the CSAT rating', async () => {
    const alex = await h.agentSocket('acme', 'alex');
    const { socket: customer, conversationId, queue } = await queuedCustomer(alex);
    expect(queue.items.find((i) => i.conversationId === conversationId)).toMatchObject({ state: 'queued', reason: 'asked_for_person', tier: 'standard', language: 'en', routedTo: 'alex' });

    const claimed = next<{ state: string }>(customer, 'conversation:state', (s) => s.state === 'agent');
    expect(await alex.emitWithAck('conversation:claim', { conversationId })).toMatchObject({ ok: true, state: 'agent' });
    await claimed;
    const opened = await alex.emitWithAck('conversation:open', { conversationId });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.detail.messages.some((m) => m.author.kind === 'bot' && m.meta?.intent === 'handoff')).toBe(true);
    expect(opened.detail.customer).toMatchObject({ identified: false, tier: 'standard' });

    const reply = next<ServerMessage>(customer, 'message', (m) => m.author.kind === 'agent');
    const sent = await alex.emitWithAck('agent:reply', { conversationId, clientId: 'agent-reply-0001', text: 'Hello, Alex here.' });
    expect(sent).toMatchObject({ ok: true, duplicate: false });
    expect(await reply).toMatchObject({ author: { kind: 'agent', name: 'Alex' }, text: 'Hello, Alex here.' });

    // Messages of one conversation are processed one after another: once the second is acked, the
    // first went through every stage, so any bot answer to it would already be stored.
    const seenByAgent = next<ServerMessage>(alex, 'conversation:message', (m) => m.text === 'Where is my money?');
    await customer.emitWithAck('message:send', { clientId: 'customer-msg-0001', text: 'Where is my money?' });
    await seenByAgent;
    await customer.emitWithAck('message:send', { clientId: 'customer-msg-0002', text: 'thanks' });
    const sync = await customer.emitWithAck('conversation:sync', { afterSeq: 0 });
    if (!sync.ok) throw new Error(sync.error.message);
    const after = sync.messages.slice(sync.messages.findIndex((m) => m.text === 'Where is my money?'));
    expect(after.map((m) => m.author.kind)).toEqual(['customer', 'customer']);

    const asked = next<{ conversationId: string }>(customer, 'conversation:rating-requested');
    const rated = next<{ score: number }>(alex, 'conversation:rated');
    expect(await alex.emitWithAck('conversation:close', { conversationId })).toMatchObject({ ok: true, state: 'closed' });
    expect(await asked).toEqual({ conversationId });
    expect(await customer.emitWithAck('conversation:rate', { score: 5, comment: '  quick and kind ' })).toEqual({ ok: true, duplicate: false });
    expect(await rated).toEqual({ conversationId, score: 5, comment: 'quick and kind' });
    expect(await customer.emitWithAck('conversation:rate', { score: 1 })).toEqual({ ok: true, duplicate: true });
    expect(await h.store.rating('acme', conversationId)).toEqual({ score: 5, comment: 'quick and kind' });
    alex.disconnect();
  });

  it('never sends internal notes to the customer', async () => {
    const alex = await h.agentSocket('acme', 'alex');
    const { socket: customer, conversationId } = await queuedCustomer(alex);
    const received: unknown[] = [];
    customer.onAny((_event, ...args) => received.push(args));
    await alex.emitWithAck('conversation:claim', { conversationId });
    await alex.emitWithAck('conversation:open', { conversationId });
    const noteEvent = next<{ text: string }>(alex, 'conversation:note');
    expect(await alex.emitWithAck('agent:note', { conversationId, text: 'SECRET-NOTE: check AML flag' })).toMatchObject({ ok: true });
    expect((await noteEvent).text).toBe('SECRET-NOTE: check AML flag');
    const marker = next<ServerMessage>(customer, 'message', (m) => m.text === 'after the note');
    await alex.emitWithAck('agent:reply', { conversationId, clientId: 'agent-reply-0002', text: 'after the note' });
    await marker;
    const sync = await customer.emitWithAck('conversation:sync', { afterSeq: 0 });
    expect(JSON.stringify([received, sync])).not.toContain('SECRET-NOTE');
    const detail = await alex.emitWithAck('conversation:open', { conversationId });
    expect(detail.ok && detail.detail.notes.map((n) => n.text)).toEqual(['SECRET-NOTE: check AML flag']);
    alex.disconnect();
  });

  it('puts a VIP ahead of customers who waited longer, and tells each their position', async () => {
    const priya = await h.agentSocket('acme', 'priya');
    const first = await queuedCustomer(priya);
    const status = next<QueueStatus>(first.socket, 'queue:status', (s) => s.position === 2);
    const vip = await queuedCustomer(priya, VIP_VISITOR);
    const list = await priya.emitWithAck('queue:list', {});
    if (!list.ok) throw new Error(list.error.message);
    const order = list.queue.items.filter((i) => i.state === 'queued').map((i) => i.conversationId);
    expect(order.indexOf(vip.conversationId)).toBeLessThan(order.indexOf(first.conversationId));
    expect(list.queue.items.find((i) => i.conversationId === vip.conversationId)).toMatchObject({ tier: 'vip', customerName: 'Vera Important' });
    expect(await status).toMatchObject({ conversationId: first.conversationId, offline: false, agentsOnline: 1 });
    const opened = await priya.emitWithAck('conversation:open', { conversationId: vip.conversationId });
    expect(opened.ok && opened.detail.customer).toMatchObject({ identified: true, tier: 'vip', name: 'Vera Important', context: { facts: { account: 'AC-1' } } });
    for (const c of [first, vip]) await priya.emitWithAck('conversation:close', { conversationId: c.conversationId });
    priya.disconnect();
  });

  it('fires the first-response SLA breach on the injected clock (VIP: 5 minutes)', async () => {
    const alex = await h.agentSocket('acme', 'alex');
    const hooked: SlaBreach[] = [];
    const onBreach = (_tenant: string, breach: SlaBreach) => hooked.push(breach);
    h.app.support.sla.events.on('breach', onBreach);
    const vip = await queuedCustomer(alex, VIP_VISITOR);
    const item = vip.queue.items.find((i) => i.conversationId === vip.conversationId)!;
    expect(Date.parse(item.slaDueAt!) - Date.parse(item.queuedAt)).toBe(5 * 60_000);
    h.clock.advance(4 * 60_000);
    expect(hooked.filter((b) => b.conversationId === vip.conversationId)).toEqual([]);
    const alert = next<SlaBreach>(alex, 'sla:breach', (b) => b.conversationId === vip.conversationId);
    h.clock.advance(2 * 60_000);
    expect(await alert).toMatchObject({ conversationId: vip.conversationId, tier: 'vip' });
    expect(hooked.map((b) => b.conversationId)).toContain(vip.conversationId);
    h.app.support.sla.events.off('breach', onBreach);
    await alex.emitWithAck('conversation:close', { conversationId: vip.conversationId });
    alex.disconnect();
  });

  it('keeps agents to their own tenant', async () => {
    const alex = await h.agentSocket('acme', 'alex');
    const olga = await h.agentSocket('other', 'olga');
    const { conversationId } = await queuedCustomer(alex);
    const list = await olga.emitWithAck('queue:list', {});
    expect(list.ok && list.queue.items).toEqual([]);
    expect(code(await olga.emitWithAck('conversation:open', { conversationId }))).toBe('not_found');
    expect(code(await olga.emitWithAck('conversation:claim', { conversationId }))).toBe('not_found');
    expect(code(await olga.emitWithAck('agent:note', { conversationId, text: 'peek' }))).toBe('not_found');
    expect((await h.store.getConversation('acme', conversationId))?.state).toBe('queued');
    await alex.emitWithAck('conversation:close', { conversationId });
    alex.disconnect();
    olga.disconnect();
  });

  it('answers bad input and bad sessions with typed errors and changes nothing', async () => {
    const alex = await h.agentSocket('acme', 'alex');
    const priya = await h.agentSocket('acme', 'priya');
    const { socket: customer, conversationId } = await queuedCustomer(alex);
    expect(code(await emitAny(alex, 'conversation:claim', {}))).toBe('invalid_payload');
    expect(code(await emitAny(alex, 'agent:reply', { conversationId, clientId: 'x', text: 'hi' }))).toBe('invalid_payload');
    expect(code(await emitAny(alex, 'conversation:explode', { conversationId }))).toBe('invalid_payload');
    expect(code(await alex.emitWithAck('agent:reply', { conversationId, clientId: 'agent-reply-0003', text: 'too early' }))).toBe('conflict');
    expect(code(await customer.emitWithAck('conversation:rate', { score: 4 }))).toBe('conflict');
    expect(code(await emitAny(customer, 'conversation:rate', { score: 9 }))).toBe('invalid_payload');
    await alex.emitWithAck('conversation:claim', { conversationId });
    expect(code(await priya.emitWithAck('conversation:claim', { conversationId }))).toBe('conflict');
    expect(code(await priya.emitWithAck('conversation:close', { conversationId }))).toBe('conflict');
    expect(code(await alex.emitWithAck('conversation:transfer', { conversationId, toAgentId: 'olga' }))).toBe('not_found');
    expect((await h.store.getHandoff('acme', conversationId))?.agentId).toBe('alex');
    expect(await alex.emitWithAck('conversation:transfer', { conversationId, toAgentId: 'priya' })).toMatchObject({ ok: true, state: 'agent' });
    expect((await h.store.getHandoff('acme', conversationId))?.agentId).toBe('priya');
    expect(await priya.emitWithAck('conversation:return', { conversationId })).toMatchObject({ ok: true, state: 'bot' });

    expect(await h.signIn('acme', 'alex', 'wrong')).toMatchObject({ status: 401, body: { ok: false, error: { code: 'unauthorized' } } });
    const refused = await import('socket.io-client').then(({ io }) =>
      new Promise<unknown>((resolve) => io(`${h.url}/agent`, { auth: { token: 'a1.forged.token' }, transports: ['websocket'], forceNew: true, reconnection: false }).once('connect_error', (e: Error & { data?: unknown }) => resolve(e.data))),
    );
    expect(code({ error: refused })).toBe('unauthorized');
    alex.disconnect();
    priya.disconnect();
  });

  it('shows typing both ways between the customer and the owning agent', async () => {
    const alex = await h.agentSocket('acme', 'alex');
    const { socket: customer, conversationId } = await queuedCustomer(alex);
    await alex.emitWithAck('conversation:claim', { conversationId });
    await alex.emitWithAck('conversation:open', { conversationId });
    const agentSees = next<{ conversationId: string; author: string; typing: boolean }>(alex, 'typing');
    customer.emit('typing', { typing: true });
    expect(await agentSees).toEqual({ conversationId, author: 'customer', typing: true });
    const customerSees = next<{ author: string; typing: boolean }>(customer, 'typing', (t) => t.author === 'agent');
    alex.emit('agent:typing', { conversationId, typing: true });
    expect(await customerSees).toEqual({ author: 'agent', typing: true });
    await alex.emitWithAck('conversation:close', { conversationId });
    alex.disconnect();
  });

  it('ends agent sessions when they expire', async () => {
    const alex = await h.agentSocket('acme', 'alex');
    const { body } = await h.signIn('acme', 'alex');
    if (!body.ok) throw new Error(body.error.message);
    h.clock.advance(61 * 60_000);
    const closed = new Promise((resolve) => alex.once('disconnect', resolve));
    expect(code(await alex.emitWithAck('queue:list', {}))).toBe('unauthorized');
    await closed;
    const { io } = await import('socket.io-client');
    const refused = await new Promise<unknown>((resolve) =>
      io(`${h.url}/agent`, { auth: { token: body.session.token }, transports: ['websocket'], forceNew: true, reconnection: false }).once('connect_error', (e: Error & { data?: unknown }) => resolve(e.data)),
    );
    expect(code({ error: refused })).toBe('unauthorized');
  });

  it('offers the offline form when nobody is online and keeps its content in the conversation', async () => {
    const customer = await h.customer('acme');
    const status = next<QueueStatus>(customer.socket, 'queue:status');
    await customer.socket.emitWithAck('conversation:handoff', {});
    expect(await status).toMatchObject({ offline: true, estimatedWaitMinutes: null, agentsOnline: 0, position: 1 });
    expect(await customer.socket.emitWithAck('conversation:offline-message', { text: 'Please call me back about my transfer', contact: 'me@example.com' })).toMatchObject({ ok: true });
    const alex = await h.agentSocket('acme', 'alex');
    const opened = await alex.emitWithAck('conversation:open', { conversationId: customer.conversationId });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.detail.messages.map((m) => m.text)).toContain('Please call me back about my transfer');
    expect(opened.detail.notes.map((n) => n.text)).toEqual(['Contact: me@example.com']);
    await alex.emitWithAck('conversation:close', { conversationId: customer.conversationId });
    alex.disconnect();
  });
});
