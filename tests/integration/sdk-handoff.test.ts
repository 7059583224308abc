// The SDK client's side of waiting for a person: queue status in the snapshot, the offline message
// and the rating, against the real app (see console-harness.ts) with a real agent socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParleyError } from '@parley/sdk/client';
import { sdkClient, until } from '../support/client.ts';
import { startHarness, type Harness } from './console-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const customer = () => sdkClient(h.url, { tenant: 'acme' });

/** Resolves with the typed error a rejected call carries. */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (err: unknown) => (err instanceof ParleyError ? err.code : err),
  );

describe('ParleyClient: queue, offline message, rating', () => {
  it('surfaces the queue status and sends an offline message when nobody is online', async () => {
    using client = customer();
    await client.connect();
    expect(await client.requestPerson()).toBe('queued');
    const { queue } = await until(client, (s) => s.queue !== undefined);
    expect(queue).toMatchObject({ offline: true, estimatedWaitMinutes: null, agentsOnline: 0, position: 1, conversationId: client.snapshot().session?.conversationId });

    const ack = await client.sendOfflineMessage('  Please call me about my transfer ', 'me@example.com');
    expect(ack).toEqual({ ok: true, seq: expect.any(Number) });
    const before = client.snapshot();
    expect(await refusal(client.sendOfflineMessage('   '))).toBe('invalid_payload');
    expect(client.snapshot().queue).toBe(before.queue);
  });

  it('asks for a rating once the agent closes, and keeps the first rating', async () => {
    const alex = await h.agentSocket('acme', 'alex');
    using client = customer();
    await client.connect();
    expect(client.snapshot().ratingRequested).toBeUndefined();
    expect(await refusal(client.rate(5))).toBe('conflict'); // nothing to rate yet
    await client.requestPerson();
    const { queue } = await until(client, (s) => s.queue?.offline === false);
    expect(queue?.agentsOnline).toBe(1);
    const conversationId = client.snapshot().session!.conversationId;

    await alex.emitWithAck('conversation:claim', { conversationId });
    await alex.emitWithAck('conversation:close', { conversationId });
    await until(client, (s) => s.ratingRequested === true && s.state === 'closed');

    expect(await refusal(client.rate(9))).toBe('invalid_payload');
    expect(await client.rate(4, ' Quick and kind ')).toEqual({ ok: true, duplicate: false });
    expect(await h.store.rating('acme', conversationId)).toEqual({ score: 4, comment: 'Quick and kind' });
    expect(await client.rate(1)).toEqual({ ok: true, duplicate: true });
    alex.disconnect();
  });

  it('refuses both while not connected, without touching the snapshot', async () => {
    using client = customer();
    const before = client.snapshot();
    expect(await refusal(client.sendOfflineMessage('Call me'))).toBe('session_required');
    expect(await refusal(client.rate(5))).toBe('session_required');
    expect(client.snapshot()).toBe(before);
  });
});
