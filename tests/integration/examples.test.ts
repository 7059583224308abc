import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookEvent } from '@parley/sdk/protocol';
import { signWebhook } from '@parley/sdk/webhooks';
import { startBackend, type Backend } from '../../examples/node-backend/server.ts';
import { serveChatPage } from '../../examples/sdk-browser/serve.ts';
import { openBrowser } from '../support/browser.ts';
import { sdkClient, until } from '../support/client.ts';
import { startServer, type TestServer } from '../support/server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function nextWebhook(backend: Backend, match: (e: WebhookEvent) => boolean): Promise<WebhookEvent> {
  const seen = backend.received.find(match);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve) => {
    const listener = (event: WebhookEvent) => {
      if (!match(event)) return;
      backend.events.off('webhook', listener);
      resolve(event);
    };
    backend.events.on('webhook', listener);
  });
}

describe('examples/node-backend (Parley inside Express)', () => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await startBackend(0);
  });
  afterAll(async () => {
    await backend?.close();
  });

  it('signs identity, serves customer context, runs its own stage and receives verified webhooks', async () => {
    const token = await (await fetch(`${backend.url}/session/parley-token?customer=C-1001`)).json();
    using client = sdkClient(backend.url, { tenant: 'acme', identityToken: token.identityToken });
    const { conversationId } = await client.connect();
    await client.send('How do I withdraw money?');
    await until(client, (s) => s.messages.some((m) => m.author.kind === 'bot'));
    const created = await nextWebhook(backend, (e) => e.type === 'message.created' && e.data.conversationId === conversationId);
    expect(created.data).toMatchObject({ customerId: 'C-1001' });
    expect(backend.parley.customerContext('acme', 'C-1001')).toMatchObject({ tier: 'premium', accountState: 'active' });
    expect(backend.staged).toContain('How do I withdraw money?');
    expect((await fetch(`${backend.url}/session/parley-token?customer=nobody`)).status).toBe(401);
    expect((await fetch(`${backend.url}/api/openapi.json`)).status).toBe(200);
  });

  it('refuses a webhook signed with the wrong secret', async () => {
    const body = JSON.stringify({ id: 'evt_x', type: 'conversation.closed', tenant: 'acme', createdAt: new Date().toISOString(), data: { conversationId: 'c' } });
    const response = await fetch(`${backend.url}/webhooks/parley`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'parley-signature': signWebhook(body, 'wrong-secret', Math.floor(Date.now() / 1000)) },
      body,
    });
    expect([response.status, await response.json()]).toEqual([400, { error: 'signature_mismatch' }]);
  });
});

describe('examples against a running Parley', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.[Symbol.asyncDispose]();
  });

  it('sdk-node: the ten-line chat prints the question and an answer, then exits', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'examples/sdk-node/chat.ts', 'How do I withdraw money?'], {
      cwd: ROOT,
      env: { ...process.env, PARLEY_URL: server.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(out).toContain('customer: How do I withdraw money?');
    expect(out).toMatch(/^bot: \S/m);
    expect(code).toBe(0);
  });

  it('sdk-browser: the custom chat UI talks to Parley in a real browser', async () => {
    const page$ = await serveChatPage(0);
    await using browser = await openBrowser();
    try {
      const { page } = await browser.newPage();
      await page.goto(`${page$.url}?parley=${encodeURIComponent(server.url)}&tenant=demo`);
      await page.getByRole('status').filter({ hasText: 'Online' }).waitFor();
      await page.getByPlaceholder('Type your question').fill('How do I withdraw money? <b>bold</b>');
      await page.keyboard.press('Enter');
      await page.locator('#log li[data-author="bot"]').first().waitFor();
      // Text is drawn as text: the tag stays visible and no element is created from it.
      expect(await page.locator('#log li[data-author="customer"]').first().textContent()).toBe('How do I withdraw money? <b>bold</b>');
      expect(await page.locator('#log b').count()).toBe(0);
    } finally {
      await page$.server.close();
    }
  });
});
