import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAYLOAD_BYTES, MAX_TEXT_CHARS, PROTOCOL_VERSION, ProtocolError } from '@parley/sdk/protocol';
import { startServer, type TestServer } from '../support/server.ts';
import { connected, rawSocket, sdkClient, until, type RawSocket } from '../support/client.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.[Symbol.asyncDispose]();
});

async function helloed(): Promise<RawSocket> {
  const socket = rawSocket(server.url);
  await connected(socket);
  const hello = await socket.emitWithAck('session:hello', { protocol: PROTOCOL_VERSION, locale: 'en' });
  if (!hello.ok) throw new Error(hello.error.message);
  return socket;
}

/** Sends an event with arbitrary (untyped) arguments, as a hostile client would. */
function emitAny(socket: RawSocket, event: string, ...args: unknown[]): Promise<unknown> {
  return (socket as unknown as { timeout(ms: number): { emitWithAck(e: string, ...a: unknown[]): Promise<unknown> } }).timeout(5000).emitWithAck(event, ...args);
}

const errorCode = (result: unknown) => {
  const parsed = ProtocolError.safeParse((result as { error?: unknown }).error);
  return parsed.success ? parsed.data.code : `not a typed error: ${JSON.stringify(result)}`;
};

describe('bad input gets a typed error and changes nothing else', () => {
  it('refuses an unknown tenant and a disallowed origin at the handshake', async () => {
    const unknown = rawSocket(server.url, { tenant: 'no-such-broker' });
    await expect(connected(unknown)).rejects.toMatchObject({ data: { code: 'unknown_tenant' } });
    const badAuth = rawSocket(server.url, { tenant: 42 });
    await expect(connected(badAuth)).rejects.toMatchObject({ data: { code: 'invalid_payload' } });
    const evil = rawSocket(server.url, { tenant: 'demo' }, { origin: 'https://evil.example' });
    await expect(connected(evil)).rejects.toMatchObject({ data: { code: 'origin_not_allowed' } });
    for (const s of [unknown, badAuth, evil]) s.close();
  });

  it('answers malformed, mistyped and oversized events with typed errors', async () => {
    const socket = await helloed();
    const cases: [unknown, string][] = [
      [null, 'invalid_payload'],
      ['just a string', 'invalid_payload'],
      [{ clientId: 'valid-id-0001', text: 42 }, 'invalid_payload'],
      [{ clientId: 'bad id with spaces', text: 'hi' }, 'invalid_payload'],
      [{ clientId: 'valid-id-0002', text: '   ' }, 'invalid_payload'],
      [{ clientId: 'valid-id-0003', text: 'x'.repeat(MAX_TEXT_CHARS + 1) }, 'payload_too_large'],
      [{ clientId: 'valid-id-0004', text: 'ok', padding: 'y'.repeat(MAX_PAYLOAD_BYTES) }, 'payload_too_large'],
    ];
    for (const [payload, code] of cases) expect(errorCode(await emitAny(socket, 'message:send', payload)), JSON.stringify(payload)?.slice(0, 60)).toBe(code);
    expect(errorCode(await emitAny(socket, 'conversation:sync', { afterSeq: -1 }))).toBe('invalid_payload');
    expect(errorCode(await emitAny(socket, 'no:such:event', {}))).toBe('invalid_payload');
    expect(errorCode(await emitAny(socket, 'session:hello', { protocol: 999, locale: 'en' }))).toBe('unsupported_protocol');
    expect(errorCode(await emitAny(socket, 'session:hello', { protocol: PROTOCOL_VERSION, locale: 'en', visitorToken: 'forged.token.sig' }))).toBe('invalid_token');
    // None of it was stored.
    const sync = await socket.emitWithAck('conversation:sync', { afterSeq: 0 });
    expect(sync).toMatchObject({ ok: true, messages: [] });
    socket.close();
  });

  it('needs a hello before messages, and an ack callback on acknowledged events', async () => {
    const socket = rawSocket(server.url);
    await connected(socket);
    expect(errorCode(await emitAny(socket, 'message:send', { clientId: 'valid-id-0005', text: 'hi' }))).toBe('session_required');
    const error = new Promise((resolve) => socket.once('protocol:error', resolve));
    (socket as unknown as { emit(e: string, p: unknown): void }).emit('message:send', { clientId: 'valid-id-0006', text: 'hi' });
    expect(await error).toMatchObject({ code: 'invalid_payload' });
    socket.close();
  });

  it('rate-limits a flood on that socket while another customer keeps chatting', async () => {
    using bystander = sdkClient(server.url);
    await bystander.connect();
    const flooder = await helloed();
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => emitAny(flooder, 'message:send', { clientId: `flood-${String(i).padStart(6, '0')}`, text: `spam ${i}` })));
    const codes = results.map((r) => ((r as { ok: boolean }).ok ? 'ok' : errorCode(r)));
    expect(codes.filter((c) => c === 'ok').length).toBeGreaterThan(0);
    expect(codes).toContain('rate_limited');
    expect(codes.every((c) => c === 'ok' || c === 'rate_limited')).toBe(true);
    // Exactly the accepted messages were stored, each once.
    const sync = await flooder.emitWithAck('conversation:sync', { afterSeq: 0 });
    if (!sync.ok) throw new Error(sync.error.message);
    const stored = sync.messages.filter((m) => m.author.kind === 'customer');
    expect(stored).toHaveLength(codes.filter((c) => c === 'ok').length);
    expect(new Set(stored.map((m) => m.clientId)).size).toBe(stored.length);

    await bystander.send('what are your trading hours?');
    await until(bystander, (s) => s.messages.some((m) => m.author.kind === 'bot'));
    flooder.close();
  });

  it('keeps conversations of different visitors apart', async () => {
    using alice = sdkClient(server.url);
    using bob = sdkClient(server.url);
    const a = await alice.connect();
    const b = await bob.connect();
    expect(a.conversationId).not.toBe(b.conversationId);
    await alice.send('alice private question about my account');
    await until(alice, (s) => s.messages.some((m) => m.author.kind === 'bot'));
    await bob.send('bob asks something else');
    const bobs = await until(bob, (s) => s.messages.some((m) => m.author.kind === 'bot'));
    expect(bobs.messages.some((m) => m.text.includes('alice'))).toBe(false);
  });
});
