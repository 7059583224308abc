import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIdentityHmac } from '@parley/sdk/node';
import { WebhookDeliveryList } from '@parley/sdk/protocol';
import { sdkClient } from '../support/client.ts';
import type { TestServer } from '../support/server.ts';
import { api, IDENTITY_SECRET, keys, startDeveloperServer, webhookReceiver } from './api-harness.ts';

let server: TestServer;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
beforeAll(async () => {
  receiver = await webhookReceiver();
  server = await startDeveloperServer({ webhookUrl: receiver.url });
});
afterAll(async () => {
  await server?.[Symbol.asyncDispose]();
  await receiver?.close();
});

describe('webhooks from a running server', () => {
  it('sends signed events for a conversation from start to close', async () => {
    using client = sdkClient(server.url, { tenant: 'acme', identityToken: signIdentityHmac(IDENTITY_SECRET, 'HOOK-CUST') });
    const { conversationId } = await client.connect();
    const mine = (type: string) => (e: { type: string; data: unknown }) => e.type === type && (e.data as { conversationId?: string }).conversationId === conversationId;

    await client.send('I want to speak to a person please');
    const started = await receiver.next(mine('conversation.started'));
    const created = await receiver.next(mine('message.created'));
    expect(started.data).toMatchObject({ conversationId, customerId: 'HOOK-CUST', locale: 'en' });
    expect(created.type === 'message.created' && created.data.message.text).toBe('I want to speak to a person please');

    await client.requestPerson();
    const handoff = await receiver.next(mine('handoff.requested'));
    expect(handoff.data).toMatchObject({ conversationId, customerId: 'HOOK-CUST', reason: expect.any(String) });

    await api(server, keys.write.key, `/api/conversations/${conversationId}/close`, { method: 'POST', body: { reason: 'resolved' } });
    expect((await receiver.next(mine('conversation.closed'))).data).toMatchObject({ conversationId });
    expect(receiver.rejected).toEqual([]);
    // Every event id is unique: receivers can drop repeats by it.
    expect(new Set(receiver.events.map((e) => e.id)).size).toBe(receiver.events.length);
  });

  it('keeps a delivery log an admin key can read', async () => {
    const closed = await receiver.next((e) => e.type === 'conversation.closed');
    // The log row is written right after the receiver answers; the next event proves that moment passed.
    using client = sdkClient(server.url, { tenant: 'acme' });
    await client.connect();
    await client.send('hello again');
    await receiver.next((e) => e.type === 'message.created' && e.createdAt > closed.createdAt);
    const log = WebhookDeliveryList.parse((await api(server, keys.admin.key, '/api/webhooks/deliveries?outcome=delivered')).body);
    expect(log.deliveries.find((d) => d.eventId === closed.id)).toMatchObject({ eventType: 'conversation.closed', outcome: 'delivered', statusCode: 204, attempt: 1, url: receiver.url });
    expect((await api(server, keys.read.key, '/api/webhooks/deliveries')).status).toBe(403);
  });
});
