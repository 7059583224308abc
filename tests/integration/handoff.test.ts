import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStorage, ParleyError } from '@parley/sdk/client';
import type { QueueSnapshot, QueueStatus } from '@parley/sdk/protocol';
import { MIN_MEASURED, REMEASURE_MS } from '../../server/src/queue/handle-time.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { sdkClient, until } from '../support/client.ts';
import { next, startHarness, TENANTS, type Harness } from './console-harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.[Symbol.asyncDispose]();
});

const ROUTINE = [
  'hi, how do I open an account?',
  'which documents do you need for verification?',
  'how long does KYC usually take',
  'can I deposit by bank transfer in EUR?',
  'what are the fees for buying US shares',
  'is there an inactivity fee?',
  'when does the NYSE open in my time zone',
  'do you pay dividends in cash or reinvest them?',
  'where can I download my monthly statement',
  'ok thanks, that is all',
];

describe('who reaches a person', () => {
  it('a routine conversation of ten questions never reaches the queue', async () => {
    using client = sdkClient(server.url);
    await client.connect();
    for (const text of ROUTINE) {
      const ack = await client.send(text);
      await until(client, (s) => s.messages.some((m) => m.author.kind === 'bot' && m.seq > ack.seq));
    }
    expect(client.snapshot().state).toBe('bot');
    expect(client.snapshot().messages.filter((m) => m.meta?.intent === 'handoff')).toEqual([]);
  });

  it('an upset Japanese customer goes to the queue, with a calm acknowledgement in Japanese', async () => {
    using client = sdkClient(server.url, { locale: 'ja' });
    await client.connect();
    const ack = await client.send('出金がもう1週間も届きません！何度問い合わせても返事がない。金融庁に苦情を出します！');
    const queued = await until(client, (s) => s.state === 'queued' && s.messages.some((m) => m.meta?.intent === 'handoff' && m.seq > ack.seq));
    const reply = queued.messages.find((m) => m.meta?.intent === 'handoff')!;
    expect(reply.meta?.language).toBe('ja');
    expect(reply.meta?.sentiment).toBeLessThan(0);
    const ja = JSON.parse(readFileSync(new URL('../../server/src/nlu/catalog/answers/ja.json', import.meta.url), 'utf8')) as { system: Record<string, string> };
    expect(reply.text.startsWith(ja.system.anxious_ack!)).toBe(true);
  });
});

describe('coming back to a conversation handed to people', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  /** One browser: reloading is a new client over the same storage. */
  const browser = () => {
    const storage = memoryStorage();
    return () => sdkClient(h.url, { tenant: 'acme', storage });
  };

  it('shows a reloaded page the offline form, then its place in the queue, with no queue change to trigger it', async () => {
    const open = browser();
    const first = open();
    await first.connect();
    await first.requestPerson();
    const offline = (await until(first, (s) => s.queue !== undefined)).queue!;
    expect(offline).toMatchObject({ offline: true, position: 1, estimatedWaitMinutes: null });
    first.close();
    {
      using reloaded = open();
      await reloaded.connect();
      expect((await until(reloaded, (s) => s.queue !== undefined)).queue).toEqual(offline);
    }

    // An agent signs in while the page is closed; the next load learns it from the hello alone.
    const alex = await h.agentSocket('acme', 'alex');
    using reloaded = open();
    await reloaded.connect();
    const waiting = (await until(reloaded, (s) => s.queue !== undefined)).queue!;
    expect(waiting).toMatchObject({ conversationId: offline.conversationId, caseNumber: offline.caseNumber, position: 1, offline: false, agentsOnline: 1 });
    expect(waiting.estimatedWaitMinutes).toBe(TENANTS[0]!.expectedHandleMinutes);
    await alex.emitWithAck('conversation:close', { conversationId: offline.conversationId });
    alex.disconnect();
  });

  it('asks again for the rating a reload or a reconnect left owing, and files it under the closed conversation', async () => {
    const alex = await h.agentSocket('acme', 'alex');
    const open = browser();
    using first = open();
    await first.connect();
    await first.requestPerson();
    const closed = first.snapshot().session!.conversationId;
    await alex.emitWithAck('conversation:claim', { conversationId: closed });
    await alex.emitWithAck('conversation:close', { conversationId: closed });
    await until(first, (s) => s.ratingRequested === true);

    // A dropped connection: hello opens a new conversation, and the server asks again for the closed one.
    first.close();
    await first.connect();
    const reconnected = await until(first, (s) => s.status === 'online' && s.ratingRequested === true);
    expect(reconnected.session?.conversationId).not.toBe(closed);
    first.close();

    using reloaded = open();
    await reloaded.connect();
    await until(reloaded, (s) => s.ratingRequested === true);
    await alex.emitWithAck('conversation:open', { conversationId: closed });
    const rated = next<{ conversationId: string }>(alex, 'conversation:rated');
    expect(await reloaded.rate(4, 'took a while, but sorted')).toEqual({ ok: true, duplicate: false });
    expect(await rated).toEqual({ conversationId: closed, score: 4, comment: 'took a while, but sorted' });
    expect(await h.store.rating('acme', closed)).toEqual({ score: 4, comment: 'took a while, but sorted' });
    // Nothing is owed any more: the new conversation is not closed, so a second rating is refused.
    const again = await reloaded.rate(1).catch((error: unknown) => error);
    expect(again instanceof ParleyError && again.code).toBe('conflict');
    alex.disconnect();
  });

  it('routes to an agent with the needed skill and shows agents which skill it is', async () => {
    const alex = await h.agentSocket('acme', 'alex');
    const priya = await h.agentSocket('acme', 'priya');
    using client = sdkClient(h.url, { tenant: 'acme', storage: memoryStorage() });
    await client.connect();
    const ack = await client.send('Should I buy Tesla shares now or wait?');
    const answered = await until(client, (s) => s.messages.some((m) => m.author.kind === 'bot' && m.seq > ack.seq));
    expect(answered.messages.at(-1)?.meta?.intent).toBe('investment_advice');
    const { conversationId } = client.snapshot().session!;
    const seen = next<QueueSnapshot>(alex, 'queue:update', (q) => q.items.some((i) => i.conversationId === conversationId));
    await client.requestPerson();
    // Both speak English and neither is busy; the licence decides (without it, alex comes first by id).
    expect((await seen).items.find((i) => i.conversationId === conversationId)).toMatchObject({ reason: 'asked_for_person', skill: 'licensed', routedTo: 'priya' });
    await priya.emitWithAck('conversation:close', { conversationId });
    alex.disconnect();
    priya.disconnect();
  });
});

describe('the wait estimate', () => {
  it('moves from the configured handling time to the measured one once enough conversations were closed', async () => {
    const h = await startHarness();
    try {
      const alex = await h.agentSocket('acme', 'alex');
      /** A fresh customer in the queue, with the status they are told. */
      const waiting = async () => {
        const customer = await h.customer('acme');
        const status = next<QueueStatus>(customer.socket, 'queue:status');
        await customer.socket.emitWithAck('conversation:handoff', {});
        return { ...customer, status: await status };
      };
      const first = await waiting();
      // The tenant's configured 6 minutes: nothing has been measured yet.
      expect(first.status).toMatchObject({ position: 1, estimatedWaitMinutes: 6 });
      await alex.emitWithAck('conversation:close', { conversationId: first.conversationId });
      for (let i = 0; i < MIN_MEASURED; i++) {
        const { conversationId } = await waiting();
        await alex.emitWithAck('conversation:claim', { conversationId });
        await alex.emitWithAck('conversation:close', { conversationId });
      }
      h.clock.advance(REMEASURE_MS);
      // Claim to close took milliseconds here, so the measured figure is its one-minute floor.
      expect((await waiting()).status).toMatchObject({ position: 1, estimatedWaitMinutes: 1 });
      alex.disconnect();
    } finally {
      await h.close();
    }
  });
});
