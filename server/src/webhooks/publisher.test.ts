import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebhookDelivery } from '@parley/sdk/protocol';
import { verifyWebhook } from '@parley/sdk/webhooks';
import { TenantConfig } from '../config/tenants.ts';
import { backoffDelay, createWebhooks } from './publisher.ts';

const secret = 'webhook-secret-0123456789abcdef-0123';
const at = new Date('2026-03-01T12:00:00Z');

/** A real receiver on 127.0.0.1 that answers with the given statuses in turn (then 204), verifying every request. */
async function receiver(statuses: number[]) {
  const received: { id: string; body: string; verified: boolean }[] = [];
  const processed = new Set<string>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      let verified = true;
      try {
        verifyWebhook(body, req.headers, secret, { now: () => at });
      } catch {
        verified = false;
      }
      const id = String(req.headers['parley-webhook-id']);
      received.push({ id, body, verified });
      const status = statuses.shift() ?? 204;
      if (status < 300) processed.add(id); // what an idempotent receiver does
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, received, processed, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function memoryLog() {
  const rows: (Omit<WebhookDelivery, 'id' | 'at'> & { tenant: string })[] = [];
  return {
    rows,
    recordDelivery: async (row: (typeof rows)[number]) => void rows.push(row),
    wasDelivered: async (eventId: string, url: string) => rows.some((r) => r.eventId === eventId && r.url === url && r.outcome === 'delivered'),
  };
}

const tenantWith = (webhooks: object[]) => TenantConfig.parse({ id: 'acme', name: 'Acme', allowedOrigins: ['*'], webhooks });
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

describe('webhooks', () => {
  it('signs each request so the receiver verifies it, and logs the delivery', async () => {
    const hook = await receiver([]);
    closers.push(hook.close);
    const log = memoryLog();
    const webhooks = createWebhooks({ tenants: [tenantWith([{ url: hook.url, secret }])], store: log, log: pino({ level: 'silent' }), now: () => at });
    const event = webhooks.publish('acme', { type: 'conversation.closed', data: { conversationId: 'c1' } });
    await webhooks.drain();
    expect(hook.received).toEqual([{ id: event.id, body: JSON.stringify(event), verified: true }]);
    expect(log.rows).toMatchObject([{ eventId: event.id, eventType: 'conversation.closed', attempt: 1, outcome: 'delivered', statusCode: 204 }]);
  });

  it('retries failures with exponential backoff under one idempotency key, delivering once', async () => {
    const hook = await receiver([500, 503, 200]);
    closers.push(hook.close);
    const log = memoryLog();
    const sleeps: number[] = [];
    const webhooks = createWebhooks({
      tenants: [tenantWith([{ url: hook.url, secret }])],
      store: log,
      log: pino({ level: 'silent' }),
      now: () => at,
      sleep: async (ms) => void sleeps.push(ms),
      baseDelayMs: 1000,
    });
    const event = webhooks.publish('acme', { type: 'handoff.requested', data: { conversationId: 'c1', reason: 'asked_for_person' } });
    await webhooks.drain();
    expect(hook.received.map((r) => r.id)).toEqual([event.id, event.id, event.id]);
    expect(hook.received.every((r) => r.verified)).toBe(true);
    expect(hook.processed).toEqual(new Set([event.id]));
    expect(sleeps).toEqual([1000, 2000]);
    expect(log.rows.map((r) => [r.attempt, r.outcome, r.statusCode])).toEqual([
      [1, 'failed', 500],
      [2, 'failed', 503],
      [3, 'delivered', 200],
    ]);
  });

  it('gives up after maxAttempts and keeps every failure in the log', async () => {
    const hook = await receiver([500, 500, 500, 500]);
    closers.push(hook.close);
    const log = memoryLog();
    const webhooks = createWebhooks({ tenants: [tenantWith([{ url: hook.url, secret }])], store: log, log: pino({ level: 'silent' }), sleep: async () => {}, maxAttempts: 3 });
    webhooks.publish('acme', { type: 'conversation.closed', data: { conversationId: 'c1' } });
    await webhooks.drain();
    expect(log.rows.map((r) => r.outcome)).toEqual(['failed', 'failed', 'failed']);
    expect(hook.received).toHaveLength(3);
  });

  it('logs connection errors and sends only subscribed event types', async () => {
    const log = memoryLog();
    const webhooks = createWebhooks({
      tenants: [tenantWith([{ url: 'http://127.0.0.1:9/closed-port', secret, events: ['conversation.closed'] }])],
      store: log,
      log: pino({ level: 'silent' }),
      sleep: async () => {},
      maxAttempts: 2,
    });
    webhooks.publish('acme', { type: 'message.created', data: { conversationId: 'c1', message: { id: 'm', conversationId: 'c1', seq: 1, author: { kind: 'bot' }, text: 'hi', at: at.toISOString() } } });
    webhooks.publish('acme', { type: 'conversation.closed', data: { conversationId: 'c1' } });
    await webhooks.drain();
    expect(log.rows.map((r) => [r.eventType, r.outcome, typeof r.error])).toEqual([
      ['conversation.closed', 'failed', 'string'],
      ['conversation.closed', 'failed', 'string'],
    ]);
  });

  it('backs off exponentially up to an hour', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelay(30, 1000)).toBe(3_600_000);
  });
});
