import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStorage } from '@parley/sdk/client';
import { MAX_TEXT_CHARS, PROTOCOL_VERSION, type ServerMessage } from '@parley/sdk/protocol';
import { startServer, type TestServer } from '../support/server.ts';
import { connected, rawSocket, sdkClient, until } from '../support/client.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.[Symbol.asyncDispose]();
});

const texts = (messages: readonly ServerMessage[]) => messages.map((m) => `${m.author.kind}:${m.text}`);

describe('delivery', () => {
  it('acknowledges a stored message with its id and sequence number, then replies', async () => {
    using client = sdkClient(server.url);
    const session = await client.connect();
    const ack = await client.send('How do I withdraw money to my bank account?');
    expect(ack).toMatchObject({ ok: true, conversationId: session.conversationId, duplicate: false });
    expect(ack.seq).toBeGreaterThan(0);
    const snapshot = await until(client, (s) => s.messages.some((m) => m.author.kind === 'bot'));
    const bot = snapshot.messages.find((m) => m.author.kind === 'bot')!;
    expect(bot.seq).toBeGreaterThan(ack.seq);
    expect(bot.meta).toMatchObject({ language: 'en' });
    expect(snapshot.pending).toEqual([]);
  });

  it('never stores a re-sent client id twice', async () => {
    const socket = rawSocket(server.url);
    await connected(socket);
    const hello = await socket.emitWithAck('session:hello', { protocol: PROTOCOL_VERSION, locale: 'en' });
    if (!hello.ok) throw new Error(hello.error.message);
    const first = await socket.emitWithAck('message:send', { clientId: 'dup-client-id-0001', text: 'hello there' });
    const again = await socket.emitWithAck('message:send', { clientId: 'dup-client-id-0001', text: 'hello there' });
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(again).toMatchObject({ ok: true, duplicate: true });
    if (!first.ok || !again.ok) throw new Error('unreachable');
    expect([again.id, again.seq]).toEqual([first.id, first.seq]);
    const sync = await socket.emitWithAck('conversation:sync', { afterSeq: 0 });
    if (!sync.ok) throw new Error(sync.error.message);
    expect(sync.messages.filter((m) => m.clientId === 'dup-client-id-0001')).toHaveLength(1);
    socket.close();
  });

  it('replays exactly what a reconnecting tab missed, in order', async () => {
    const storage = memoryStorage();
    using tab1 = sdkClient(server.url, { storage });
    using tab2 = sdkClient(server.url, { storage });
    const session = await tab1.connect();
    expect((await tab2.connect()).conversationId).toBe(session.conversationId);
    await tab1.send('first question about fees');
    await until(tab1, (s) => s.messages.filter((m) => m.author.kind === 'bot').length === 1);
    tab1.close();
    await tab2.send('second question about deposits');
    await tab2.send('third question about margin');
    const expected = await until(tab2, (s) => s.messages.filter((m) => m.author.kind === 'bot').length === 3);
    await tab1.connect();
    const caught = await until(tab1, (s) => s.messages.length === expected.messages.length);
    expect(texts(caught.messages)).toEqual(texts(expected.messages));
    expect(caught.messages.map((m) => m.seq)).toEqual([...caught.messages.map((m) => m.seq)].sort((a, b) => a - b));
  });

  it('continues the same conversation after a reload (new client, same storage)', async () => {
    const storage = memoryStorage();
    let conversationId: string;
    {
      using before = sdkClient(server.url, { storage });
      conversationId = (await before.connect()).conversationId;
      await before.send('remember me please');
    }
    using after = sdkClient(server.url, { storage });
    expect((await after.connect()).conversationId).toBe(conversationId);
    expect(texts(after.snapshot().messages)).toContain('customer:remember me please');
  });

  it('syncs in pages when asked for everything after a sequence number', async () => {
    const socket = rawSocket(server.url);
    await connected(socket);
    const hello = await socket.emitWithAck('session:hello', { protocol: PROTOCOL_VERSION, locale: 'en' });
    if (!hello.ok) throw new Error(hello.error.message);
    for (let i = 0; i < 3; i++) await socket.emitWithAck('message:send', { clientId: `page-test-000${i}`, text: `message ${i}` });
    const all = await socket.emitWithAck('conversation:sync', { afterSeq: 0 });
    if (!all.ok) throw new Error(all.error.message);
    const cut = all.messages[2]!.seq;
    const rest = await socket.emitWithAck('conversation:sync', { afterSeq: cut });
    if (!rest.ok) throw new Error(rest.error.message);
    expect(rest.messages.map((m) => m.id)).toEqual(all.messages.filter((m) => m.seq > cut).map((m) => m.id));
    socket.close();
  });

  it('keeps a refusal in the snapshot only until the next acknowledged action', async () => {
    using client = sdkClient(server.url);
    await client.connect();
    const tooLong = async () => {
      expect(await client.send('x'.repeat(MAX_TEXT_CHARS + 1)).catch((err: unknown) => err)).toMatchObject({ code: 'payload_too_large' });
      expect(client.snapshot().lastError?.code).toBe('payload_too_large');
    };
    await tooLong();
    await client.send('How do I deposit money?');
    expect(client.snapshot().lastError).toBeUndefined();
    await tooLong();
    await client.requestPerson();
    expect(client.snapshot().lastError).toBeUndefined();
  });
});

describe('talk to a person', () => {
  it('queues the conversation once, with a case number, and the bot then stays silent', async () => {
    using client = sdkClient(server.url);
    await client.connect();
    expect(await client.requestPerson()).toBe('queued');
    const queued = await until(client, (s) => s.state === 'queued' && s.messages.some((m) => m.meta?.intent === 'handoff'));
    expect(queued.messages.find((m) => m.meta?.intent === 'handoff')!.text).toMatch(/[A-F0-9]{8}/);
    const ack = await client.send('hello? what are the fees?');
    // Handled after the message's pipeline (one conversation is processed in order), so any bot
    // answer to it would have arrived before this resolves.
    expect(await client.requestPerson()).toBe('queued');
    const after = client.snapshot();
    expect(after.messages.some((m) => m.seq === ack.seq)).toBe(true);
    expect(after.messages.filter((m) => m.meta?.intent === 'handoff')).toHaveLength(1);
    expect(after.messages.filter((m) => m.author.kind === 'bot' && m.seq > ack.seq)).toEqual([]);
  });
});
