// examples/broker-site served by examples/node-backend, in real Chromium: a customer identified by
// the broker's login sees one conversation on every device, and no other customer sees it.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../examples/node-backend/server.ts';
import { openBrowser, type TestBrowser } from '../support/browser.ts';

let backend: Backend;
let browser: TestBrowser;

beforeAll(async () => {
  backend = await startBackend(0);
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await backend?.close();
});

/** Locators pierce the widget's open shadow root. */
const widget = (page: Page) => ({
  launcher: page.locator('parley-chat button.launcher'),
  dialog: page.getByRole('dialog', { name: 'Help chat' }),
  input: page.getByLabel('Your message'),
  bot: page.locator('parley-chat .msg.bot'),
  customer: (text: string) => page.locator('parley-chat .msg.customer', { hasText: text }),
});

/** A fresh browser context (another device) on the broker site, with CSP reports collected. */
async function device() {
  const { page } = await browser.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
  });
  await page.goto(`${backend.url}/`);
  return { page, cspViolations };
}

/** Logs in through the site's form, then opens the chat (identity is set before the panel opens). */
async function logInAndOpenChat(page: Page, customerId: string) {
  await page.getByLabel('Log in as').selectOption(customerId);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('status').filter({ hasText: `Logged in as ${customerId}` }).waitFor();
  const w = widget(page);
  await w.launcher.click();
  await w.dialog.waitFor();
  return w;
}

async function send(page: Page, text: string) {
  await widget(page).input.fill(text);
  await widget(page).input.press('Enter');
}

describe('examples/broker-site (login identifies the customer to Parley)', () => {
  const question = `How long does a withdrawal take? (ref ${randomUUID().slice(0, 8)})`;

  it('serves the site under a strict CSP that forbids inline scripts and styles', async () => {
    const response = await fetch(`${backend.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await response.text()).not.toMatch(/<script(?![^>]*\bsrc=)|<style|\sstyle=/);
  });

  it('C-1001 chats on one device and finds the same conversation on another', async () => {
    const first = await device();
    const w1 = await logInAndOpenChat(first.page, 'C-1001');
    await send(first.page, question);
    await w1.customer(question).waitFor();
    await w1.bot.first().waitFor();

    const second = await device();
    const w2 = await logInAndOpenChat(second.page, 'C-1001');
    await w2.customer(question).waitFor();
    expect(await w2.bot.count()).toBeGreaterThan(0);
    expect([...first.cspViolations, ...second.cspViolations]).toEqual([]);
  });

  it('C-1002 on a third device does not see it', async () => {
    const third = await device();
    const w3 = await logInAndOpenChat(third.page, 'C-1002');
    const own = 'Can I deposit by card?';
    await send(third.page, own);
    // Their own exchange is drawn after any history, so by the reply the history is all there.
    await w3.customer(own).waitFor();
    await w3.bot.first().waitFor();
    expect(await w3.customer(question).count()).toBe(0);
    expect(third.cspViolations).toEqual([]);
  });

  it('log out forgets the conversation on that device', async () => {
    const { page } = await device();
    const w = await logInAndOpenChat(page, 'C-1001');
    await w.customer(question).waitFor();
    await page.getByRole('button', { name: 'Log out' }).click();
    await w.dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    // Anonymous now: a fresh conversation without C-1001's history.
    await w.launcher.click();
    await w.dialog.waitFor();
    const anonymous = 'What are your fees?';
    await send(page, anonymous);
    await w.customer(anonymous).waitFor();
    await w.bot.first().waitFor();
    expect(await w.customer(question).count()).toBe(0);
  });
});
