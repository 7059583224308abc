// The agent console and the widget in two Chromium pages against the real server (demo tenant):
// an upset customer reaches the queue, an agent claims, sees who it is, answers, closes, and the
// customer rates. The widget has no CSAT form yet, so the rating is sent with a plain socket.io
// client on the customer's own visitor token (the same conversation the widget shows).
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@parley/sdk/protocol';
import { DEMO_HUMAN_SUPPORT } from '../../server/src/agents/demo.ts';
import { visitorTokens } from '../../server/src/session/visitor-token.ts';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { connected, rawSocket } from '../support/client.ts';
import { startServer, type TestServer } from '../support/server.ts';

const SECRET = 'e2e-console-secret';
const ANNA = DEMO_HUMAN_SUPPORT.demoCustomers[0]!;
const FRUSTRATION_REASONS = ['frustration', 'rising_frustration', 'money_missing', 'anxiety', 'regulator_threat', 'complaint'];

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  for (const built of ['../../widget/dist/parley.js', '../../console/dist/index.html']) {
    if (!existsSync(new URL(built, import.meta.url))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  server = await startServer({ env: { PARLEY_SECRET: SECRET } });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.[Symbol.asyncDispose]();
});

describe('agent console with a customer in the widget', () => {
  let customer: Page;
  let agent: Page;
  const visitorToken = visitorTokens(SECRET).issue('demo', ANNA.visitorId).token;

  it('queues an upset customer with the reason visible to a signed-in agent', async () => {
    ({ page: customer } = await browser.newPage());
    // The demo customer Anna (VIP): the visitor token the widget would have kept from an earlier visit.
    await customer.addInitScript((token) => localStorage.setItem('parley:demo:visitor', token), visitorToken);
    await customer.goto(`${server.url}/`);
    await customer.locator('parley-chat button.launcher').click();
    await customer.getByLabel('Your message').fill('This is ridiculous! My withdrawal has been missing for a week and nobody answers. I am furious!');
    await customer.getByLabel('Your message').press('Enter');
    await customer.locator('parley-chat .msg.bot').last().waitFor();

    ({ page: agent } = await browser.newPage());
    await agent.goto(`${server.url}/agent/`);
    await agent.getByLabel('Broker').fill('demo');
    await agent.getByLabel('Username').fill('alex');
    await agent.getByLabel('Password').fill('northbridge-demo');
    await agent.getByRole('button', { name: 'Sign in' }).click();
    const row = agent.locator('table.queue tbody tr', { hasText: ANNA.name });
    await row.waitFor();
    expect(FRUSTRATION_REASONS).toContain((await row.locator('td.reason').textContent())?.trim());
    expect(await row.locator('.tier').textContent()).toBe('vip');
  });

  it('shows the customer context before the agent types, and the reply reaches the widget', async () => {
    await agent.locator('table.queue tbody tr', { hasText: ANNA.name }).click();
    const pane = agent.locator('section.conversation');
    await pane.getByRole('button', { name: 'Claim' }).click();
    await pane.locator('dd.state', { hasText: 'agent' }).waitFor();
    expect(await pane.locator('header.customer h2').textContent()).toContain(ANNA.name);
    expect(await pane.locator('header.customer').textContent()).toContain(ANNA.accountId);
    expect(await pane.locator('svg.sentiment circle').count()).toBeGreaterThan(0);
    expect(await pane.locator('.message.from-customer .text').first().textContent()).toContain('withdrawal has been missing');
    expect(await pane.locator('.message.from-bot .meta').first().textContent()).toContain('intent handoff');

    await pane.getByLabel('Reply to the customer').fill('Hello Anna, I am looking at your withdrawal right now.');
    await pane.getByRole('button', { name: 'Send' }).click();
    await customer.locator('parley-chat .msg.agent', { hasText: 'looking at your withdrawal' }).waitFor();
    await pane.locator('.message.from-agent', { hasText: 'looking at your withdrawal' }).waitFor();
  });

  it('closes, and the customer rating shows up in the console', async () => {
    const socket = rawSocket(server.url);
    await connected(socket);
    const hello = await socket.emitWithAck('session:hello', { protocol: PROTOCOL_VERSION, locale: 'en', visitorToken });
    if (!hello.ok) throw new Error(hello.error.message);
    expect(hello.session.state).toBe('agent');
    const asked = new Promise((resolve) => socket.once('conversation:rating-requested', resolve));

    const pane = agent.locator('section.conversation');
    await pane.getByRole('button', { name: 'Close' }).click();
    expect(await asked).toEqual({ conversationId: hello.session.conversationId });
    expect(await socket.emitWithAck('conversation:rate', { score: 5, comment: 'Sorted in minutes' })).toEqual({ ok: true, duplicate: false });
    await pane.locator('.rating', { hasText: 'Rated 5/5: Sorted in minutes' }).waitFor();
    socket.disconnect();
  });
});
