import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIdentityHmac } from '@parley/sdk/node';
import { ConversationList, ServerMessage, Transcript } from '@parley/sdk/protocol';
import { sdkClient, until } from '../support/client.ts';
import type { TestServer } from '../support/server.ts';
import { api, IDENTITY_SECRET, keys, startDeveloperServer } from './api-harness.ts';

let server: TestServer;
let conversationId: string;
const startedAt = new Date(Date.now() - 1000).toISOString();

beforeAll(async () => {
  server = await startDeveloperServer();
  using client = sdkClient(server.url, { tenant: 'acme', identityToken: signIdentityHmac(IDENTITY_SECRET, 'API-CUST') });
  conversationId = (await client.connect()).conversationId;
  await client.send('How do I withdraw money? <script>alert(1)</script> & more');
  await until(client, (s) => s.messages.some((m) => m.author.kind === 'bot'));
});
afterAll(async () => {
  await server?.[Symbol.asyncDispose]();
});

const ids = (body: unknown) => ConversationList.parse(body).conversations.map((c) => c.id);

describe('REST API', () => {
  it('needs a key with the right scope; read < write < admin', async () => {
    expect((await api(server, undefined, '/api/conversations')).body.error.code).toBe('unauthorized');
    expect((await api(server, 'pk_wrong-key-0000000000000000', '/api/conversations')).status).toBe(401);
    const post = await api(server, keys.read.key, `/api/conversations/${conversationId}/messages`, { method: 'POST', body: { author: { kind: 'agent' }, text: 'hi' } });
    expect([post.status, post.body.error]).toEqual([403, expect.objectContaining({ code: 'forbidden', scope: 'write' })]);
    expect((await api(server, keys.write.key, '/api/customers/API-CUST/export')).status).toBe(403);
    expect((await api(server, keys.admin.key, '/api/conversations')).status).toBe(200);
  });

  it("keeps tenants apart: another tenant's key sees nothing of this one", async () => {
    expect(ids((await api(server, keys.other.key, '/api/conversations')).body)).not.toContain(conversationId);
    expect((await api(server, keys.other.key, `/api/conversations/${conversationId}`)).status).toBe(404);
  });

  it('searches by customer, text, intent and date range', async () => {
    const search = async (query: string) => ids((await api(server, keys.read.key, `/api/conversations?${query}`)).body);
    expect(await search('customer=API-CUST')).toEqual([conversationId]);
    expect(await search('customer=NOBODY')).toEqual([]);
    expect(await search(`q=${encodeURIComponent('WITHDRAW money')}`)).toContain(conversationId);
    expect(await search('q=never-said-this')).toEqual([]);
    expect(await search('q=%25')).not.toContain(conversationId); // LIKE wildcards match literally
    expect(await search(`from=${encodeURIComponent(startedAt)}`)).toContain(conversationId);
    expect(await search(`to=${encodeURIComponent(startedAt)}`)).not.toContain(conversationId);
    const transcript = Transcript.parse((await api(server, keys.read.key, `/api/conversations/${conversationId}`)).body);
    const intent = transcript.messages.find((m) => m.author.kind === 'bot')?.meta?.intent;
    expect(intent).toEqual(expect.any(String));
    expect(await search(`intent=${intent}`)).toContain(conversationId);
    expect(await search('intent=no_such_intent')).toEqual([]);
  });

  it('refuses bad queries and bodies with typed errors', async () => {
    expect((await api(server, keys.read.key, '/api/conversations?from=yesterday')).body.error.code).toBe('invalid_payload');
    expect((await api(server, keys.read.key, '/api/conversations?limit=5000')).status).toBe(400);
    const bad = await api(server, keys.write.key, `/api/conversations/${conversationId}/messages`, { method: 'POST', body: '{not json' });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'invalid_payload']);
    const asCustomer = await api(server, keys.write.key, `/api/conversations/${conversationId}/messages`, { method: 'POST', body: { author: { kind: 'customer' }, text: 'x' } });
    expect(asCustomer.status).toBe(400);
    const huge = await api(server, keys.write.key, `/api/conversations/${conversationId}/messages`, { method: 'POST', body: { author: { kind: 'agent' }, text: 'x'.repeat(70_000) } });
    expect(huge.status).toBe(413);
    expect((await api(server, keys.read.key, '/api/nothing-here')).status).toBe(404);
  });

  it('serves a transcript as JSON, plain text and escaped HTML', async () => {
    const json = Transcript.parse((await api(server, keys.read.key, `/api/conversations/${conversationId}`)).body);
    expect(json.conversation).toMatchObject({ id: conversationId, customerId: 'API-CUST', hidden: false });
    expect(json.messages[0]!.text).toContain('<script>');
    const text = await api(server, keys.read.key, `/api/conversations/${conversationId}?format=text`);
    expect(text.type).toMatch(/^text\/plain/);
    expect(text.body).toContain('How do I withdraw money? <script>alert(1)</script> & more');
    const html = await api(server, keys.read.key, `/api/conversations/${conversationId}?format=html`);
    expect(html.type).toMatch(/^text\/html/);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(html.body).not.toContain('<script>');
  });

  it("posts an agent message that reaches the customer's tab, then closes the conversation", async () => {
    using client = sdkClient(server.url, { tenant: 'acme', identityToken: signIdentityHmac(IDENTITY_SECRET, 'API-CUST') });
    await client.connect();
    const posted = await api(server, keys.write.key, `/api/conversations/${conversationId}/messages`, {
      method: 'POST',
      body: { author: { kind: 'agent', name: 'Dana' }, text: 'Your withdrawal left today.' },
    });
    expect(posted.status).toBe(201);
    expect(ServerMessage.parse(posted.body)).toMatchObject({ author: { kind: 'agent', name: 'Dana' }, conversationId });
    await until(client, (s) => s.messages.some((m) => m.text === 'Your withdrawal left today.'));
    expect(ids((await api(server, keys.read.key, '/api/conversations?agent=Dana')).body)).toEqual([conversationId]);
    expect((await api(server, keys.write.key, `/api/conversations/${conversationId}/close`, { method: 'POST', body: {} })).body).toEqual({ ok: true });
    await until(client, (s) => s.state === 'closed');
    const again = await api(server, keys.write.key, `/api/conversations/${conversationId}/close`, { method: 'POST', body: {} });
    expect([again.status, again.body.error.code]).toEqual([409, 'conversation_closed']);
  });

  it('publishes an OpenAPI document generated from the schemas', async () => {
    const doc = await api(server, undefined, '/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/conversations', '/api/conversations/{id}', '/api/customers/{customerId}/erasure']));
    const post = doc.body.paths['/api/conversations/{id}/messages'].post;
    expect(post['x-scope']).toBe('write');
    expect(post.requestBody.content['application/json'].schema.properties.author.properties.kind.enum).toEqual(['agent', 'system']);
    const list = doc.body.paths['/api/conversations'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['customer', 'agent', 'from', 'to', 'intent', 'q', 'limit']));
  });
});
