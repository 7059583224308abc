import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { startServer, type TestServer } from '../support/server.ts';

// Follows docs/protocol.md with a bare socket.io-client: no SDK, no shared types.
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.[Symbol.asyncDispose]();
});

describe('docs/protocol.md, step by step', () => {
  it('connects, says hello, sends, receives the reply and resumes with the visitor token', async () => {
    const socket = io(server.url, { auth: { tenant: 'demo' }, transports: ['websocket'], forceNew: true });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const hello = await socket.emitWithAck('session:hello', { protocol: 1, locale: 'en-GB' });
    expect(hello).toMatchObject({ ok: true, session: { state: 'bot', lastSeq: 0, locale: 'en' } });

    const received: { author: { kind: string }; seq: number; meta?: { intent?: string } }[] = [];
    const botReply = new Promise((resolve) => socket.on('message', (m) => (received.push(m), m.author.kind === 'bot' && resolve(m))));
    const ack = await socket.emitWithAck('message:send', { clientId: 'docs-example-0001', text: 'What are the fees for buying US shares?' });
    expect(ack).toMatchObject({ ok: true, duplicate: false, conversationId: hello.session.conversationId });
    // Our own message arrives as an event before its ack.
    expect(received[0]).toMatchObject({ author: { kind: 'customer' }, seq: ack.seq, clientId: 'docs-example-0001' });
    const reply = (await botReply) as { seq: number; meta: Record<string, unknown> };
    expect(reply.seq).toBeGreaterThan(ack.seq);
    expect(reply.meta).toEqual(expect.objectContaining({ language: 'en', intent: expect.any(String), confidence: expect.any(Number) }));
    socket.close();

    const again = io(server.url, { auth: { tenant: 'demo' }, transports: ['websocket'], forceNew: true });
    await new Promise<void>((resolve) => again.once('connect', () => resolve()));
    const resumed = await again.emitWithAck('session:hello', { protocol: 1, locale: 'en', visitorToken: hello.session.visitorToken });
    expect(resumed.session.conversationId).toBe(hello.session.conversationId);
    expect(resumed.session.lastSeq).toBeGreaterThanOrEqual(reply.seq);
    const page = await again.emitWithAck('conversation:sync', { afterSeq: ack.seq });
    expect(page).toMatchObject({ ok: true, hasMore: false, state: 'bot' });
    expect(page.messages[0].seq).toBe(reply.seq);
    again.close();
  });
});
