import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIdentityHmac } from '@parley/sdk/node';
import { CustomerExport, ErasureResult, Transcript } from '@parley/sdk/protocol';
import { sdkClient, until } from '../support/client.ts';
import type { TestServer } from '../support/server.ts';
import { api, IDENTITY_SECRET, keys, startDeveloperServer } from './api-harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startDeveloperServer({ retentionYears: 6 });
});
afterAll(async () => {
  await server?.[Symbol.asyncDispose]();
});

async function customerSays(customerId: string, text: string) {
  const client = sdkClient(server.url, { tenant: 'acme', identityToken: signIdentityHmac(IDENTITY_SECRET, customerId) });
  const session = await client.connect();
  await client.send(text);
  return Object.assign(client, { conversationId: session.conversationId });
}

describe('data rights through the API', () => {
  it('exports everything of one customer and nothing of anyone else', async () => {
    using alice = await customerSays('ALICE', 'alice private question');
    using bob = await customerSays('BOB', 'bob private question');
    const exported = CustomerExport.parse((await api(server, keys.admin.key, '/api/customers/ALICE/export')).body);
    expect(exported.conversations.map((c) => c.conversation.id)).toEqual([alice.conversationId]);
    expect(exported.conversations[0]!.messages.some((m) => m.text === 'alice private question')).toBe(true);
    expect(JSON.stringify(exported)).not.toContain('bob private question');
    expect(JSON.stringify(exported)).not.toContain(bob.conversationId);
    expect((await api(server, keys.other.key, '/api/customers/ALICE/export')).body.conversations).toEqual([]);
    expect((await api(server, keys.admin.key, '/api/customers/bad%20id/export')).status).toBe(400);
  });

  it('under a 6-year retention duty hides the customer copy, keeps the record, and audits each step', async () => {
    using carol = await customerSays('CAROL', 'please forget me');
    const result = ErasureResult.parse((await api(server, keys.admin.key, '/api/customers/CAROL/erasure', { method: 'POST', body: { reason: 'GDPR art. 17' } })).body);
    expect(result.status).toBe('hidden');
    expect(new Date(result.eraseAfter!).getUTCFullYear()).toBe(new Date().getUTCFullYear() + 6);
    await until(carol, (s) => s.state === 'closed');
    // The record is still there for the regulator, flagged hidden.
    const kept = Transcript.parse((await api(server, keys.read.key, `/api/conversations/${carol.conversationId}`)).body);
    expect(kept.conversation.hidden).toBe(true);
    expect(kept.messages.some((m) => m.text === 'please forget me')).toBe(true);
    // The customer's next visit starts empty.
    using again = sdkClient(server.url, { tenant: 'acme', identityToken: signIdentityHmac(IDENTITY_SECRET, 'CAROL') });
    const session = await again.connect();
    expect(session.conversationId).not.toBe(carol.conversationId);
    const audit = CustomerExport.parse((await api(server, keys.admin.key, '/api/customers/CAROL/export')).body).audit.map((e) => e.kind);
    expect(audit).toEqual(['erasure_requested', 'customer_copy_hidden', 'data_exported']);
  });

  it('reports a legal hold, and releases it only once', async () => {
    using dave = await customerSays('DAVE', 'about my complaint');
    expect((await api(server, keys.admin.key, '/api/customers/DAVE/legal-hold', { method: 'POST', body: { reason: 'litigation 2026-114' } })).body).toEqual({ ok: true });
    const result = ErasureResult.parse((await api(server, keys.admin.key, '/api/customers/DAVE/erasure', { method: 'POST', body: {} })).body);
    expect(result.status).toBe('held');
    expect((await api(server, keys.admin.key, '/api/customers/DAVE/legal-hold', { method: 'DELETE' })).status).toBe(200);
    expect((await api(server, keys.admin.key, '/api/customers/DAVE/legal-hold', { method: 'DELETE' })).status).toBe(404);
    const kinds = CustomerExport.parse((await api(server, keys.admin.key, '/api/customers/DAVE/export')).body).audit.map((e) => e.kind);
    expect(kinds).toEqual(['legal_hold_set', 'erasure_requested', 'customer_copy_hidden', 'legal_hold_released', 'data_exported']);
    expect(dave.conversationId).toEqual(expect.any(String));
  });
});
