import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { SendAck } from '@parley/sdk/protocol';
import { DEMO_TENANTS } from '../config/tenants.ts';
import { createOfflineUnderstanding } from '../nlu/offline.ts';
import { loadReplyBook } from '../replies/reply-book.ts';
import { createStore } from '../store/index.ts';
import type { Store } from '../store/store.ts';
import { intent } from './intent.ts';
import { language } from './language.ts';
import { persist } from './persist.ts';
import { policy } from './policy.ts';
import { reply } from './reply.ts';
import { sentiment } from './sentiment.ts';
import { validate } from './validate.ts';
import { runPipeline, STAGES, type ConversationEmitter, type PipelineDeps } from './index.ts';

// The whole pipeline in process, without a socket (as hono tests with app.request()).
const tenant = DEMO_TENANTS[0]!;
let store: Store;
let deps: PipelineDeps;
const emitted: { event: string; payload: unknown }[] = [];
const emitter: ConversationEmitter = { emit: (_t, _c, event, ...payload) => void emitted.push({ event, payload: payload[0] }) };

beforeAll(async () => {
  store = await createStore({ dataDir: 'memory://' });
  deps = { store, emitter, understanding: createOfflineUnderstanding(), replies: loadReplyBook(), log: pino({ level: 'silent' }) };
});
afterAll(() => store?.close());

async function run(conversationId: string, raw: unknown): Promise<SendAck[]> {
  const conversation = (await store.getConversation(tenant.id, conversationId))!;
  const acks: SendAck[] = [];
  await runPipeline({ deps, tenant, conversation, raw, ack: (a) => acks.push(a), history: [], replies: [] });
  return acks;
}

describe('the pipeline', () => {
  it('is validate → persist → language → sentiment → intent → policy → reply', () => {
    expect(STAGES).toEqual([validate, persist, language, sentiment, intent, policy, reply]);
  });

  it('stores, acknowledges once, and answers in the conversation', async () => {
    const { id } = await store.openConversation({ tenant: tenant.id, visitorId: 'v-answer', locale: 'en' });
    emitted.length = 0;
    const acks = await run(id, { clientId: 'pipeline-0001', text: 'what are your trading hours?' });
    expect(acks).toEqual([expect.objectContaining({ ok: true, duplicate: false })]);
    const stored = await store.messagesAfter(tenant.id, id, 0, 10);
    expect(stored.map((m) => m.author.kind)).toEqual(['customer', 'bot']);
    expect(stored[1]!.meta).toMatchObject({ intent: 'trading_hours', language: 'en' });
    expect(emitted.map((e) => e.event)).toEqual(['message', 'message']);
  });

  it('stores nothing and says nothing when validation fails', async () => {
    const { id } = await store.openConversation({ tenant: tenant.id, visitorId: 'v-invalid', locale: 'en' });
    emitted.length = 0;
    const acks = await run(id, { clientId: 'pipeline-0002', text: '' });
    expect(acks).toEqual([{ ok: false, error: expect.objectContaining({ code: 'invalid_payload' }) }]);
    expect(await store.messagesAfter(tenant.id, id, 0, 10)).toEqual([]);
    expect(emitted).toEqual([]);
  });

  it('acknowledges a re-sent client id as a duplicate without answering again', async () => {
    const { id } = await store.openConversation({ tenant: tenant.id, visitorId: 'v-dup', locale: 'en' });
    await run(id, { clientId: 'pipeline-0003', text: 'how do I reset my password' });
    const again = await run(id, { clientId: 'pipeline-0003', text: 'how do I reset my password' });
    expect(again).toEqual([expect.objectContaining({ ok: true, duplicate: true })]);
    expect((await store.messagesAfter(tenant.id, id, 0, 10)).map((m) => m.author.kind)).toEqual(['customer', 'bot']);
  });

  it('keeps the bot silent while a person owns the conversation', async () => {
    const { id } = await store.openConversation({ tenant: tenant.id, visitorId: 'v-agent', locale: 'en' });
    await store.appendStateChange({ tenant: tenant.id, conversationId: id, state: 'agent' });
    await run(id, { clientId: 'pipeline-0004', text: 'what are your trading hours?' });
    expect((await store.messagesAfter(tenant.id, id, 0, 10)).map((m) => m.author.kind)).toEqual(['customer']);
  });
});

describe('with an optional chat model', () => {
  it('words plain answers with the model but never compliance answers', async () => {
    const { FakeListChatModel } = await import('@langchain/core/utils/testing');
    const { chatModelAnswerWriter } = await import('../llm/answer-writer.ts');
    const withModel = { ...deps, answerWriter: chatModelAnswerWriter(new FakeListChatModel({ responses: ['Markets open 9:30–16:00 New York time.'] })) };
    const { id } = await store.openConversation({ tenant: tenant.id, visitorId: 'v-llm', locale: 'en' });
    const run2 = async (clientId: string, text: string) => {
      const conversation = (await store.getConversation(tenant.id, id))!;
      await runPipeline({ deps: withModel, tenant, conversation, raw: { clientId, text }, ack: () => {}, history: [], replies: [] });
      return (await store.messagesAfter(tenant.id, id, 0, 50)).at(-1)!;
    };
    expect(await run2('pipeline-llm-01', 'what are your trading hours?')).toMatchObject({ text: 'Markets open 9:30–16:00 New York time.', meta: { generated: true } });
    const advice = await run2('pipeline-llm-02', 'should I buy Tesla stock now?');
    expect(advice.meta).toMatchObject({ intent: 'investment_advice' });
    expect(advice.meta?.generated).toBeUndefined();
    expect(advice.text).not.toContain('Markets open');
  });
});

describe("the customer's tier", () => {
  it('sends a VIP to a person sooner than a standard customer on the same words', async () => {
    const customers = { get: async ({ visitorId }: { visitorId: string }) => ({ identified: true, tier: visitorId === 'v-tier-vip' ? 'vip' : 'standard', context: {} }) };
    const tiered = { ...deps, customers } as PipelineDeps;
    const stateAfter = async (visitorId: string) => {
      const { id } = await store.openConversation({ tenant: tenant.id, visitorId, locale: 'en' });
      for (const [i, text] of ['why is the app so slow today', 'seriously this is getting annoying'].entries()) {
        const conversation = (await store.getConversation(tenant.id, id))!;
        await runPipeline({ deps: tiered, tenant, conversation, raw: { clientId: `${visitorId}-000${i}`, text }, ack: () => {}, history: [], replies: [] });
      }
      return (await store.getConversation(tenant.id, id))!.state;
    };
    expect(await stateAfter('v-tier-standard')).toBe('bot');
    expect(await stateAfter('v-tier-vip')).toBe('queued');
  });
});
