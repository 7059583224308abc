// The widget on real host pages: phones, strict CSP with a nonce, an iframe, reduced motion,
// language negotiation, and the JS API (boot, theme, simple mode, shutdown).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { axeViolations, hostPage, isFocused, queueCommands, settled, snap, widget } from './helpers.ts';

let server: TestServer;
let browser: TestBrowser;
beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.[Symbol.asyncDispose]();
});

const tag = (attributes = 'data-locale="en"', nonce = '') =>
  `<script async src="/widget/parley.js" data-tenant="demo" ${attributes}${nonce ? ` nonce="${nonce}"` : ''}></script>`;
const html = (head: string, body = '<h1>Broker</h1>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Broker</title>${head}</head><body>${body}</body></html>`;

async function ask(page: Page, text: string) {
  const w = widget(page);
  await w.input.fill(text);
  await w.input.press('Enter');
}

describe('on a phone (Chromium mobile emulation)', () => {
  it('fills the screen, keeps 16 px inputs and big targets, and passes axe', async () => {
    const { page, context } = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await page.goto(`${server.url}/`);
    const w = widget(page);
    await w.launcher.tap();
    await w.dialog.waitFor({ state: 'visible' });
    await settled(page);
    const box = await w.dialog.boundingBox();
    expect([box?.x, box?.y, box?.width, box?.height].map((n) => Math.round(n ?? -1))).toEqual([0, 0, 390, 844]);
    expect(await w.input.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
    const close = await page.locator('parley-chat button.close').boundingBox();
    expect(Math.min(close?.width ?? 0, close?.height ?? 0)).toBeGreaterThanOrEqual(44);
    // The visible viewport's height reaches the panel (what keeps the composer above the keyboard).
    expect(await page.locator('parley-chat #parley-panel').evaluate((el) => (el as HTMLElement).style.getPropertyValue('--parley-vvh'))).toBe('844px');
    expect(await axeViolations(page)).toEqual([]);
    await snap(page, 'mobile-en-open');
    await w.toggle.tap();
    await w.person.waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);
    await snap(page, 'mobile-en-simple');
    await context.close();
  });
});

describe('host pages', () => {
  it('works under a strict CSP that allows scripts only by nonce', async () => {
    const { page, context } = await browser.newPage();
    const csp = "default-src 'self'; script-src 'nonce-r4nd0m'; style-src 'self'; connect-src 'self' ws:";
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await hostPage(page, server.url, '/csp-nonce.html', html(tag('data-locale="en" data-brand-color="#ffd400"', 'r4nd0m')), { 'content-security-policy': csp });
    const w = widget(page);
    await w.launcher.click();
    await w.dialog.waitFor({ state: 'visible' });
    await ask(page, 'How much does it cost to buy US shares?');
    await w.feeTable.waitFor({ state: 'visible' });
    // Theme from the tag's attributes: a light brand colour gets dark text.
    const header = await page.locator('parley-chat .head').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(header).toEqual(['rgb(255, 212, 0)', 'rgb(27, 31, 36)']);
    expect(await axeViolations(page)).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('works inside an iframe', async () => {
    const { page, context } = await browser.newPage();
    await page.route(`${server.url}/frame-inner.html`, (route) => route.fulfill({ contentType: 'text/html', body: html(tag()) }));
    await hostPage(page, server.url, '/frame-outer.html', html('', `<iframe src="/frame-inner.html" title="Help" style="width:600px;height:700px"></iframe>`));
    const frame = page.frameLocator('iframe');
    await frame.locator('parley-chat button.launcher').click();
    await frame.locator('parley-chat textarea').fill('How long does a withdrawal take?');
    await frame.locator('parley-chat textarea').press('Enter');
    await frame.locator('parley-chat .msg.bot').first().waitFor();
    await context.close();
  });

  it('does not animate for people who ask for reduced motion', async () => {
    const { page, context } = await browser.newPage({ reducedMotion: 'reduce' });
    await page.goto(`${server.url}/`);
    await widget(page).launcher.click();
    await widget(page).dialog.waitFor({ state: 'visible' });
    expect(await widget(page).dialog.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await context.close();
  });
});

describe('language', () => {
  it("follows the browser's languages when the page sets none", async () => {
    const { page, context } = await browser.newPage({ locale: 'de-AT' });
    await hostPage(page, server.url, '/no-locale.html', html(tag('')));
    await widget(page).launcher.waitFor();
    expect(await widget(page).launcher.getAttribute('aria-label')).toBe('Chat öffnen');
    await context.close();
  });

  it('switches the UI to the language the customer writes in', async () => {
    const { page, context } = await browser.newPage({ locale: 'en-US' });
    await hostPage(page, server.url, '/follow.html', html(tag('')));
    const w = widget(page);
    await w.launcher.click();
    await page.getByRole('dialog', { name: 'Help chat' }).waitFor();
    await ask(page, 'ซื้อหุ้นอเมริกาค่าธรรมเนียมเท่าไหร่');
    await page.getByRole('dialog', { name: 'แชทช่วยเหลือ' }).waitFor();
    expect(await w.launcher.getAttribute('aria-label')).toBe('ปิดแชท');
    expect(await w.bot.first().locator('.text').getAttribute('lang')).toBe('th');
    await context.close();
  });

  it('keeps a locale the page set explicitly', async () => {
    const { page, context } = await browser.newPage();
    await hostPage(page, server.url, '/pinned.html', html(tag('data-locale="en"')));
    const w = widget(page);
    await w.launcher.click();
    await ask(page, 'ซื้อหุ้นอเมริกาค่าธรรมเนียมเท่าไหร่');
    await w.feeTable.waitFor();
    expect(await page.getByRole('dialog', { name: 'Help chat' }).count()).toBe(1);
    await context.close();
  });
});

describe('JS API', () => {
  it("boot sets simple mode and theme; the customer's switch is remembered; shutdown forgets the conversation", async () => {
    const { page, context } = await browser.newPage();
    await queueCommands(page, [['boot', { simpleMode: true, theme: { brandColor: '#0b5cad', launcherLabel: 'Chat with us', position: 'left' } }]]);
    await page.goto(`${server.url}/`);
    const w = widget(page);
    await w.launcher.waitFor();
    expect(await w.launcher.getAttribute('aria-label')).toBe('Chat with us, Open chat');
    const box = await w.launcher.boundingBox();
    expect(box!.x).toBeLessThan(100);
    await w.launcher.click();
    expect(await w.toggle.getAttribute('aria-pressed')).toBe('true');
    await ask(page, 'How long does a withdrawal take?');
    await w.bot.first().waitFor();
    // One tap switches simple mode off, and that choice beats the broker's default after a reload.
    await w.toggle.click();
    await page.reload();
    await w.launcher.waitFor();
    if (!(await w.dialog.isVisible())) await w.launcher.click();
    await w.bot.first().waitFor();
    expect(await w.toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.includes('visitor')))).toBe(true);
    await page.evaluate(() => (window as unknown as { Parley: (c: string) => Promise<void> }).Parley('shutdown'));
    await w.dialog.waitFor({ state: 'hidden' });
    expect(await isFocused(page, 'parley-chat button.launcher')).toBe(false);
    expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.includes('visitor')))).toBe(false);
    // Opening again starts a new, empty conversation.
    await w.launcher.click();
    await page.locator('parley-chat .welcome').waitFor();
    await context.close();
  });
});
