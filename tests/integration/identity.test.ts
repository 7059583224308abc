import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStorage } from '@parley/sdk/client';
import { signIdentityHmac, signIdentityJwt } from '@parley/sdk/node';
import { PROTOCOL_VERSION } from '@parley/sdk/protocol';
import { connected, rawSocket, sdkClient, until } from '../support/client.ts';
import type { TestServer } from '../support/server.ts';
import { api, IDENTITY_SECRET, keys, startDeveloperServer } from './api-harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startDeveloperServer();
});
afterAll(async () => {
  await server?.[Symbol.asyncDispose]();
});

const acme = { tenant: 'acme' };

async function helloError(identityToken: string, tenant = 'acme') {
  const socket = rawSocket(server.url, { tenant });
  await connected(socket);
  const ack = await socket.emitWithAck('session:hello', { protocol: PROTOCOL_VERSION, locale: 'en', identityToken });
  socket.close();
  return ack.ok ? 'accepted' : ack.error.code;
}

describe('verified identity', () => {
  it('gives a customer the same conversation on every device, with its history', async () => {
    const identityToken = signIdentityHmac(IDENTITY_SECRET, 'CUST-1');
    using laptop = sdkClient(server.url, { ...acme, identityToken });
    const first = await laptop.connect();
    await laptop.send('Where is my withdrawal?');
    using phone = sdkClient(server.url, { ...acme, identityToken: await signIdentityJwt(IDENTITY_SECRET, { tenant: 'acme', customerId: 'CUST-1' }) });
    const second = await phone.connect();
    expect(second.conversationId).toBe(first.conversationId);
    const seen = await until(phone, (s) => s.messages.some((m) => m.text === 'Where is my withdrawal?'));
    expect(seen.messages.length).toBeGreaterThan(0);
  });

  it.each([
    ['a forged HMAC token', () => signIdentityHmac('not-the-tenant-secret-0123456789abcd', 'CUST-1')],
    ['an HMAC token whose id was swapped', () => signIdentityHmac(IDENTITY_SECRET, 'CUST-1').replace('CUST-1', 'CUST-2')],
    ['an expired JWT', () => signIdentityJwt(IDENTITY_SECRET, { tenant: 'acme', customerId: 'CUST-1', now: () => new Date(Date.now() - 3_600_000) })],
    ['a JWT for another tenant', () => signIdentityJwt(IDENTITY_SECRET, { tenant: 'other', customerId: 'CUST-1' })],
    ['garbage', () => 'eyJhbGciOi.garbage.token'],
  ])('refuses %s with invalid_token', async (_name, make) => {
    expect(await helloError(await make())).toBe('invalid_token');
  });

  it('refuses identity tokens where the tenant has not enabled verified identity', async () => {
    expect(await helloError(signIdentityHmac(IDENTITY_SECRET, 'CUST-1'), 'other')).toBe('invalid_token');
  });

  it("never lets an anonymous visitor read a verified customer's conversation", async () => {
    const storage = memoryStorage();
    using verified = sdkClient(server.url, { ...acme, storage, identityToken: signIdentityHmac(IDENTITY_SECRET, 'CUST-PRIVATE') });
    const own = await verified.connect();
    await verified.send('my account number is 12345678');
    verified.close();
    // Same browser after logout: the stored visitor token alone must not open the customer's conversation.
    using anonymous = sdkClient(server.url, { ...acme, storage });
    const session = await anonymous.connect();
    expect(session.conversationId).not.toBe(own.conversationId);
    const socket = rawSocket(server.url, acme);
    await connected(socket);
    const hello = await socket.emitWithAck('session:hello', { protocol: PROTOCOL_VERSION, locale: 'en' });
    const sync = await socket.emitWithAck('conversation:sync', { afterSeq: 0 });
    socket.close();
    expect(hello.ok).toBe(true);
    if (!sync.ok) throw new Error(sync.error.message);
    expect(sync.messages.map((m) => m.text).join('\n')).not.toContain('12345678');
  });

  it('moves the conversation to the customer who logs in mid-conversation, as an audit event', async () => {
    const storage = memoryStorage();
    using before = sdkClient(server.url, { ...acme, storage });
    const anonymousSession = await before.connect();
    await before.send('I have a question about fees');
    before.close();
    using after = sdkClient(server.url, { ...acme, storage, identityToken: signIdentityHmac(IDENTITY_SECRET, 'CUST-LOGIN') });
    const session = await after.connect();
    expect(session.conversationId).toBe(anonymousSession.conversationId);
    await until(after, (s) => s.messages.some((m) => m.text === 'I have a question about fees'));
    const exported = await api(server, keys.admin.key, '/api/customers/CUST-LOGIN/export');
    expect(exported.body.audit).toEqual([
      expect.objectContaining({ kind: 'customer_verified', conversationId: session.conversationId, detail: { from: 'anonymous' } }),
      expect.objectContaining({ kind: 'data_exported' }),
    ]);
    // Logged out again, the browser's anonymous identity no longer reaches it.
    using loggedOut = sdkClient(server.url, { ...acme, storage });
    expect((await loggedOut.connect()).conversationId).not.toBe(session.conversationId);
  });

  it('logs in and out on a live client with identify(), without reconnecting', async () => {
    using client = sdkClient(server.url, acme);
    const anonymous = await client.connect();
    await client.send('question before login');
    const verified = await client.identify(signIdentityHmac(IDENTITY_SECRET, 'CUST-LIVE'));
    expect(verified?.conversationId).toBe(anonymous.conversationId);
    await expect(client.identify(signIdentityHmac('forged-secret-0123456789abcdefghijkl', 'CUST-LIVE'))).rejects.toMatchObject({ code: 'invalid_token' });
    const loggedOut = await client.identify(undefined);
    expect(loggedOut?.conversationId).not.toBe(anonymous.conversationId);
    expect(client.snapshot().messages.map((m) => m.text)).not.toContain('question before login');
  });
});
