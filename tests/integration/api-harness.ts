import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateApiKey } from '@parley/sdk/node';
import { verifyWebhook, type WebhookEvent } from '@parley/sdk/webhooks';
import { startServer, type TestServer } from '../support/server.ts';

/** Shared by the identity, API, webhook and privacy tests: a tenant with every developer feature on. */
export const IDENTITY_SECRET = 'acme-identity-secret-0123456789abcdef';
export const WEBHOOK_SECRET = 'acme-webhook-secret-0123456789abcdef';

export const keys = { read: generateApiKey(), write: generateApiKey(), admin: generateApiKey(), other: generateApiKey() };

export interface DeveloperTenantOptions {
  webhookUrl?: string;
  retentionYears?: number;
}

/** Starts `parley start` with tenants `acme` (everything on) and `other` (no identity), API keys for both. */
export async function startDeveloperServer(options: DeveloperTenantOptions = {}): Promise<TestServer> {
  const origins = ['http://localhost:*', 'http://127.0.0.1:*'];
  const tenants = {
    tenants: [
      {
        id: 'acme',
        name: 'Acme Brokers',
        allowedOrigins: origins,
        identity: { secret: { env: 'ACME_IDENTITY_SECRET' } },
        apiKeys: [
          { id: 'reader', sha256: keys.read.sha256, scopes: ['read'] },
          { id: 'writer', sha256: keys.write.sha256, scopes: ['write'] },
          { id: 'admin', sha256: keys.admin.sha256, scopes: ['admin'] },
        ],
        webhooks: options.webhookUrl ? [{ url: options.webhookUrl, secret: WEBHOOK_SECRET }] : [],
        retention: { years: options.retentionYears ?? 0, basis: 'FINRA 4511' },
      },
      { id: 'other', name: 'Other Broker', allowedOrigins: origins, apiKeys: [{ id: 'admin', sha256: keys.other.sha256, scopes: ['admin'] }] },
    ],
  };
  const dir = mkdtempSync(join(tmpdir(), 'parley-dev-'));
  const configPath = join(dir, 'tenants.json');
  writeFileSync(configPath, JSON.stringify(tenants));
  return startServer({ configPath, env: { ACME_IDENTITY_SECRET: IDENTITY_SECRET } });
}

/** A REST call with a key; resolves with status and parsed body (text for non-JSON). */
export async function api(server: TestServer, key: string | undefined, path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, type, headers: response.headers, body: (type.startsWith('application/json') ? JSON.parse(text) : text) as any };
}

/** A webhook receiver on 127.0.0.1: verifies every request and lets a test await the event it wants. */
export async function webhookReceiver() {
  const events: WebhookEvent[] = [];
  const rejected: string[] = [];
  const waiters: { match: (e: WebhookEvent) => boolean; resolve: (e: WebhookEvent) => void }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      try {
        const event = verifyWebhook(body, req.headers, WEBHOOK_SECRET);
        events.push(event);
        for (const w of waiters.filter((w) => w.match(event))) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(event);
        }
        res.writeHead(204).end();
      } catch (error) {
        rejected.push(String(error));
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/parley-hooks`,
    events,
    rejected,
    /** Resolves with the first event (already received or still to come) that matches. */
    next(match: (e: WebhookEvent) => boolean): Promise<WebhookEvent> {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
