import { TenantDisplay } from '@parley/sdk/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, writeTenantsFile, type TestServer } from '../support/server.ts';

const IDENTITY_SECRET = 'acme-identity-secret-for-display-test-0123';
const WEBHOOK_SECRET = 'acme-webhook-secret-for-display-test-01234';
const WEBHOOK_URL = 'https://hooks.acme.example/parley';
const KEY_HASH = 'ab'.repeat(32);
const PASSWORD_HASH = `$2b$10$${'a'.repeat(53)}`;

const configPath = writeTenantsFile([
  {
    id: 'acme',
    name: 'Acme Brokers',
    allowedOrigins: ['https://www.acme.example'],
    theme: { brandColor: '#c2185b', position: 'left', offset: 32, zIndex: 1000, launcherLabel: 'Help', colorScheme: 'dark' },
    simpleMode: true,
    identity: { secret: IDENTITY_SECRET },
    apiKeys: [{ id: 'admin', sha256: KEY_HASH, scopes: ['admin'] }],
    webhooks: [{ url: WEBHOOK_URL, secret: WEBHOOK_SECRET }],
    agents: [{ id: 'ana', name: 'Ana Agent', username: 'ana.private', passwordHash: PASSWORD_HASH, languages: ['en'] }],
  },
  { id: 'plain', name: 'Plain Broker', allowedOrigins: ['https://plain.example'] },
]);

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ configPath });
});
afterAll(async () => {
  await server?.[Symbol.asyncDispose]();
});

const get = (path: string) => fetch(new URL(path, server.url));

describe('GET /widget/tenants/<id>.json', () => {
  it("returns the tenant's display fields, public and cacheable from any origin", async () => {
    const res = await get('/widget/tenants/acme.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body: unknown = await res.json();
    expect(TenantDisplay.parse(body)).toEqual({
      name: 'Acme Brokers',
      theme: { brandColor: '#c2185b', position: 'left', offset: 32, zIndex: 1000, launcherLabel: 'Help', colorScheme: 'dark' },
      simpleMode: true,
    });
  });

  it('fills the built-in defaults for a tenant that sets no theme', async () => {
    const body: unknown = await (await get('/widget/tenants/plain.json')).json();
    expect(body).toEqual({
      name: 'Plain Broker',
      theme: { brandColor: '#0b5cad', position: 'right', offset: 20, zIndex: 2147483000, colorScheme: 'auto' },
      simpleMode: false,
    });
  });

  it('publishes no secret, key, webhook, agent or origin list', async () => {
    const text = await (await get('/widget/tenants/acme.json')).text();
    for (const secret of [IDENTITY_SECRET, WEBHOOK_SECRET, WEBHOOK_URL, KEY_HASH, PASSWORD_HASH, 'ana.private', 'Ana Agent', 'www.acme.example'])
      expect(text).not.toContain(secret);
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(['name', 'simpleMode', 'theme']);
  });

  it('answers 404 with a typed error for an unknown or malformed tenant id', async () => {
    for (const path of ['/widget/tenants/nobody.json', '/widget/tenants/Bad_Id.json', '/widget/tenants/acme']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'unknown_tenant' } });
    }
  });

  it('still serves the widget bundle beside it', async () => {
    const res = await get('/widget/parley.js');
    expect(res.status).toBe(200);
  });
});
