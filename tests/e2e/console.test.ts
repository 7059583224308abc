// The agent console and the widget in two Chromium pages against the real server (demo tenant):
// an upset customer reaches the queue, an agent claims, sees who it is, answers, closes, and the
// customer, writing in Japanese, waits with a case number and rates in the widget's rating form.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HUMAN_SUPPORT } from '../../server/src/agents/demo.ts';
import { visitorTokens } from '../../server/src/session/visitor-token.ts';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';

const SECRET = 'e2e-console-secret';
const ANNA = DEMO_HUMAN_SUPPORT.demoCustomers[0]!;
/** Money missing for a week, no answer, and a threat to complain to the regulator (the FSA). */
const UPSET_JA = '出金がもう1週間も届きません！何度問い合わせても返事がない。金融庁に苦情を出します！';
/** The widget follows the language the customer writes in, so its labels turn Japanese. */
const JA = JSON.parse(readFileSync(new URL('../../widget/src/i18n/locales/ja.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
const ja = (section: string, key: string, score?: number): string => JA[section]![key]!.replace('{{score}}', String(score));
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
    await customer.getByLabel('Your message').fill(UPSET_JA);
    await customer.getByLabel('Your message').press('Enter');
    await customer.locator('parley-chat .msg.bot').last().waitFor();
    // Handed off while no agent is signed in: the widget honestly offers the offline form.
    await customer.locator('parley-chat .sub', { hasText: ja('state', 'queued') }).waitFor();
    await customer.getByRole('form', { name: ja('offline', 'title') }).waitFor();

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

    // With an agent online the widget turns to the queue: the case number the bot gave, first in line.
    const waiting = customer.locator('parley-chat .card.queue');
    await waiting.locator('dd').first().waitFor();
    const [caseNumber, position] = await waiting.locator('dd').allTextContents();
    expect(await customer.locator('parley-chat .msg.bot').last().textContent()).toContain(caseNumber);
    expect(position).toBe('1');
  });

  it('shows the customer context before the agent types, and the reply reaches the widget', async () => {
    await agent.locator('table.queue tbody tr', { hasText: ANNA.name }).click();
    const pane = agent.locator('section.conversation');
    await pane.getByRole('button', { name: 'Claim' }).click();
    await pane.locator('dd.state', { hasText: 'agent' }).waitFor();
    expect(await pane.locator('header.customer h2').textContent()).toContain(ANNA.name);
    expect(await pane.locator('header.customer').textContent()).toContain(ANNA.accountId);
    expect(await pane.locator('svg.sentiment circle').count()).toBeGreaterThan(0);
    expect(await pane.locator('.message.from-customer .text').first().textContent()).toContain('出金がもう1週間も届きません');
    expect(await pane.locator('.message.from-bot .meta').first().textContent()).toContain('intent handoff');

    await pane.getByLabel('Reply to the customer').fill('Hello Anna, I am looking at your withdrawal right now.');
    await pane.getByRole('button', { name: 'Send' }).click();
    await customer.locator('parley-chat .msg.agent', { hasText: 'looking at your withdrawal' }).waitFor();
    await pane.locator('.message.from-agent', { hasText: 'looking at your withdrawal' }).waitFor();
  });

  it('closes, the customer rates in the widget, and the rating shows up in the console', async () => {
    const pane = agent.locator('section.conversation');
    await pane.getByRole('button', { name: 'Close' }).click();
    // The rating form appears only once the server asked for a rating.
    await customer.getByRole('group', { name: ja('rating', 'legend') }).waitFor();
    // Keyboard only: into the radio group, arrows to the fifth score, Tab to the comment and the button.
    await customer.getByRole('radio', { name: ja('rating', 'score', 1) }).focus();
    await customer.keyboard.press('Space');
    for (let i = 0; i < 4; i++) await customer.keyboard.press('ArrowRight');
    expect(await customer.getByRole('radio', { name: ja('rating', 'score', 5) }).isChecked()).toBe(true);
    await customer.keyboard.press('Tab');
    await customer.keyboard.type('Sorted in minutes');
    await customer.keyboard.press('Tab');
    await customer.keyboard.press('Enter');
    await customer.getByText(ja('rating', 'thanks')).waitFor();
    await pane.locator('.rating', { hasText: 'Rated 5/5: Sorted in minutes' }).waitFor();
  });
});
