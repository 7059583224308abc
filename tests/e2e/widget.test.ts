// The built widget in Chromium against the real server: the demo broker page, reloads, a server
// restart mid-conversation, and a hostile host page with a strict CSP.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { launcherSpeaks, watchLauncherLanguage } from './helpers.ts';

let server: TestServer;
let browser: TestBrowser;

beforeAll(async () => {
  if (!existsSync(new URL('../../widget/dist/parley.js', import.meta.url))) throw new Error('widget/dist is missing: run `npm run build` first');
  server = await startServer();
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.[Symbol.asyncDispose]();
});

/** Locators pierce open shadow roots, so these reach inside the widget. */
const widget = (page: Page) => ({
  launcher: page.locator('parley-chat button.launcher'),
  dialog: page.getByRole('dialog', { name: 'Help chat' }),
  input: page.getByLabel('Your message'),
  status: (status: string) => page.locator(`parley-chat .banner[data-status="${status}"]`),
  bot: page.locator('parley-chat .msg.bot'),
  customer: (text: string) => page.locator('parley-chat .msg.customer', { hasText: text }),
  /** A customer message the server has acknowledged. */
  delivered: (text: string) => page.locator('parley-chat .msg.customer:not(.pending)', { hasText: text }),
  pending: (text: string) => page.locator('parley-chat .msg.customer.pending', { hasText: text }),
});

/** Whether the element is the focused one inside its (shadow) root. */
const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el);

async function send(page: Page, text: string) {
  const w = widget(page);
  await w.input.fill(text);
  await w.input.press('Enter');
}

describe('widget on the demo broker page', () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await browser.newPage());
  });

  it('opens from the launcher and gets a reply', async () => {
    await page.goto(`${server.url}/`);
    const w = widget(page);
    await w.launcher.waitFor();
    expect(await w.launcher.getAttribute('aria-label')).toBe('Open chat');
    await w.launcher.click();
    await w.dialog.waitFor();
    expect(await isFocused(page, 'parley-chat textarea')).toBe(true);
    const before = await w.bot.count();
    await send(page, 'How long does a withdrawal take?');
    await w.delivered('How long does a withdrawal take?').waitFor();
    await w.bot.nth(before).waitFor();
    expect(await page.getByRole('log').textContent()).toContain('You: How long does a withdrawal take?');
  });

  it('has no axe violations (WCAG 2.1 A/AA) in the open widget', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };
      const result = await axe.run({ include: [['parley-chat']] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it('closes on Escape and gives focus back to the launcher', async () => {
    const w = widget(page);
    await w.input.press('Escape');
    await w.dialog.waitFor({ state: 'hidden' });
    expect(await isFocused(page, 'parley-chat button.launcher')).toBe(true);
    expect(await w.launcher.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the history after a reload', async () => {
    const w = widget(page);
    await w.launcher.click();
    await w.dialog.waitFor();
    await page.reload();
    // Reopened as it was, with the conversation restored from the server.
    await w.customer('How long does a withdrawal take?').waitFor();
    expect(await w.bot.count()).toBeGreaterThan(0);
  });

  it('survives a server restart: a message typed offline is pending, then delivered once', async () => {
    const w = widget(page);
    await w.status('online').waitFor({ state: 'attached' });
    const replies = await w.bot.count();
    await server.stop();
    await w.status('reconnecting').waitFor();
    expect(await w.status('reconnecting').textContent()).toBe('Connection lost. Reconnecting…');
    await send(page, 'Can I deposit by card?');
    await w.pending('Can I deposit by card?').waitFor();
    await server.restart();
    await w.delivered('Can I deposit by card?').waitFor();
    await w.status('online').waitFor({ state: 'attached' });
    // Answered after the restart, and still there exactly once after a reload.
    await w.bot.nth(replies).waitFor();
    expect(await w.customer('Can I deposit by card?').count()).toBe(1);
    await page.reload();
    await w.delivered('Can I deposit by card?').waitFor();
    await w.bot.nth(replies).waitFor();
    expect(await w.customer('Can I deposit by card?').count()).toBe(1);
    expect(await w.customer('How long does a withdrawal take?').count()).toBe(1);
  });
});

describe('window.Parley commands', () => {
  it('replays calls queued by a page stub before the script loaded: Arabic, right-to-left, opened', async () => {
    const { page } = await browser.newPage();
    // The Intercom-style snippet a broker may put before the script tag.
    await page.addInitScript(() => {
      const w = window as unknown as { Parley: { (...args: unknown[]): void; q?: unknown[] } };
      w.Parley = function (...args: unknown[]) {
        (w.Parley.q = w.Parley.q ?? []).push(args);
      };
      w.Parley('locale', 'ar');
      w.Parley('open');
    });
    const launcherLanguage = await watchLauncherLanguage(page);
    await page.goto(`${server.url}/`);
    const dialog = page.getByRole('dialog', { name: 'محادثة الدعم' });
    await dialog.waitFor();
    expect(await dialog.getAttribute('dir')).toBe('rtl');
    await page.locator('parley-chat[lang="ar"] button.launcher[aria-label="إغلاق المحادثة"]').waitFor();
    // Opened while Arabic was still loading: English throughout until then, never lang="ar" on "Close chat".
    const seen = await launcherLanguage();
    expect(seen.filter((state) => !launcherSpeaks(state))).toEqual([]);
    expect(seen.at(-1)).toEqual(['ar', 'إغلاق المحادثة']);
    await page.getByLabel('رسالتك').fill('كيف أسحب أموالي؟');
    await page.getByLabel('رسالتك').press('Enter');
    await page.locator('parley-chat .msg.bot').first().waitFor();
  });
});

describe('widget on a hostile host page', () => {
  it('still shows and works under `* { all: unset }`, `div { display: none !important }` and a strict CSP', async () => {
    const { page } = await browser.newPage();
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ws:";
    await page.route(`${server.url}/hostile/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path.endsWith('.css')) return route.fulfill({ contentType: 'text/css', body: '* { all: unset !important } div { display: none !important }' });
      return route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': csp },
        body: `<!doctype html><html><head><link rel="stylesheet" href="/hostile/page.css">
          <script async src="/widget/parley.js" data-tenant="demo" data-locale="en"></script></head>
          <body><div><p>Broker content</p></div></body></html>`,
      });
    });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.url}/hostile/index.html`);
    const w = widget(page);
    await w.launcher.waitFor({ state: 'visible' });
    const box = await w.launcher.boundingBox();
    expect(box && box.width >= 40 && box.height >= 40).toBe(true);
    // Our :host rules beat the page's `!important` ones, and its fonts do not leak in.
    const host = await page.locator('parley-chat').evaluate((el) => {
      const style = getComputedStyle(el);
      return { display: style.display, position: style.position, font: style.fontFamily };
    });
    expect(host).toMatchObject({ display: 'block', position: 'fixed' });
    expect(host.font).toContain('system-ui');
    await w.launcher.click();
    await w.dialog.waitFor({ state: 'visible' });
    const before = await w.bot.count();
    await send(page, 'What are your fees for US shares?');
    await w.bot.nth(before).waitFor({ state: 'visible' });
    expect(violations).toEqual([]);
  });
});

describe('without WebSockets', () => {
  it('chats over HTTP long-polling (fetch) when a proxy blocks the WebSocket upgrade', async () => {
    const { page } = await browser.newPage();
    let upgrades = 0;
    await page.routeWebSocket(/\/socket\.io\//, (ws) => {
      upgrades += 1;
      void ws.close({ code: 1008, reason: 'blocked by proxy' });
    });
    const polls: string[] = [];
    page.on('request', (request) => {
      if (/\/socket\.io\/.*transport=polling/.test(request.url())) polls.push(`${request.resourceType()} ${request.method()}`);
    });
    await page.goto(`${server.url}/`);
    const w = widget(page);
    await w.launcher.click();
    await w.dialog.waitFor();
    const before = await w.bot.count();
    await send(page, 'How do I deposit money?');
    await w.delivered('How do I deposit money?').waitFor();
    await w.bot.nth(before).waitFor();
    expect(upgrades).toBeGreaterThan(0);
    // Both directions went over fetch(): long-poll GETs bring replies, POSTs carry the customer's packets.
    expect(polls).toContain('fetch GET');
    expect(polls).toContain('fetch POST');
    expect(polls.filter((p) => !p.startsWith('fetch '))).toEqual([]);
  });
});
