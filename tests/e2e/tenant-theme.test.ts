// The tenant config's theme reaches the widget through /widget/tenants/<id>.json, under a strict CSP,
// and the page's own data attributes still win over it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { hostPage } from './helpers.ts';

const TENANT_BRAND = '#c2185b'; // dark enough for white text, so the widget uses it unchanged
const PAGE_BRAND = '#00796b';

const dir = mkdtempSync(join(tmpdir(), 'parley-tenant-theme-'));
const configPath = join(dir, 'tenants.json');
writeFileSync(
  configPath,
  JSON.stringify({
    tenants: [{ id: 'acme', name: 'Acme Brokers', allowedOrigins: ['http://127.0.0.1:*', 'http://localhost:*'], theme: { brandColor: TENANT_BRAND, position: 'left' } }],
  }),
);

let server: TestServer;
let browser: TestBrowser;
beforeAll(async () => {
  server = await startServer({ configPath });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.[Symbol.asyncDispose]();
});

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ws:";
const page = (attributes: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Broker</title><script async src="/widget/parley.js" data-tenant="acme" data-locale="en" ${attributes}></script></head><body><h1>Broker</h1></body></html>`;

/** Loads the page and waits until the tenant's defaults arrived (the tenant alone sets `left`). */
async function themed(p: Page, path: string, attributes: string): Promise<{ accent: string; violations: string[] }> {
  const violations: string[] = [];
  p.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await hostPage(p, server.url, path, page(attributes), { 'content-security-policy': CSP });
  const host = p.locator('parley-chat[data-position="left"]');
  await host.waitFor({ state: 'attached' });
  const accent = await host.evaluate((el) => (el as HTMLElement).style.getPropertyValue('--parley-accent'));
  return { accent, violations };
}

describe('tenant theme from the server', () => {
  it("applies the tenant's brand colour when the page sets none", async () => {
    const { page: p, context } = await browser.newPage();
    const { accent, violations } = await themed(p, '/tenant-default.html', '');
    expect(accent).toBe(TENANT_BRAND);
    expect(await p.locator('parley-chat button.launcher').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(194, 24, 91)');
    expect(violations).toEqual([]);
    await context.close();
  });

  it("keeps the page's data-brand-color over the tenant's", async () => {
    const { page: p, context } = await browser.newPage();
    const { accent, violations } = await themed(p, '/tenant-override.html', `data-brand-color="${PAGE_BRAND}"`);
    expect(accent).toBe(PAGE_BRAND);
    expect(violations).toEqual([]);
    await context.close();
  });
});
