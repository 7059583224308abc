import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (installed by CI); browser downloads are not possible here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface TestBrowser extends AsyncDisposable {
  browser: Browser;
  /** A fresh context (own storage) and page; closed with the browser. */
  newPage(options?: Parameters<Browser['newContext']>[0]): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** Launches headless Chromium with what a sandboxed CI container needs and nothing phoning home. */
export async function openBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const close = () => browser.close();
  return {
    browser,
    async newPage(options) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      return { context, page };
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
