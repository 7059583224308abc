// Shared by the browser suites: axe, the screenshot gallery, widget locators and a tap on the
// widget's socket that can add server events (an agent's message, an error) to a real conversation.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page, WebSocketRoute } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const GALLERY = new URL('../../build/gallery/', import.meta.url).pathname;

/** axe-core over the widget (WCAG 2.0/2.1 A and AA); returns "rule (nodes): target" lines, [] when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  await settled(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: unknown }[] }[] };
    const { axe } = window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } };
    const result = await axe.run({ include: [['parley-chat']] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** Waits for the widget's finite animations (the panel opening), so colours are measured at rest. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const root = document.querySelector('parley-chat')?.shadowRoot;
    const running = root?.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity) ?? [];
    await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
  });
}

/** Saves a screenshot to build/gallery/<name>.png for people to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(GALLERY, { recursive: true });
  await page.screenshot({ path: `${GALLERY}${name}.png` });
}

/** Locators pierce open shadow roots, so these reach inside the widget. */
export const widget = (page: Page) => ({
  launcher: page.locator('parley-chat button.launcher'),
  unread: page.locator('parley-chat button.launcher[data-unread]'),
  dialog: page.locator('parley-chat section.panel'),
  input: page.locator('parley-chat textarea'),
  log: page.locator('parley-chat [role="log"]'),
  bot: page.locator('parley-chat .msg.bot'),
  agent: page.locator('parley-chat .msg.agent'),
  status: (status: string) => page.locator(`parley-chat .banner[data-status="${status}"]`),
  alert: page.locator('parley-chat .alert'),
  replies: page.locator('parley-chat .replies button'),
  toggle: page.locator('parley-chat button.toggle'),
  person: page.locator('parley-chat button.person'),
  feeTable: page.locator('parley-chat table.fees'),
});

/** Whether the element is the focused one inside its (shadow) root. */
export const isFocused = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el);

export interface SocketTap {
  /** Resolves once the widget's socket runs over the (tapped) WebSocket. */
  upgraded: Promise<void>;
  /** Delivers a server event to the widget, as the server would (socket.io EVENT packet). */
  emit(event: string, payload: unknown): void;
  /** Drops the connection from the server side. */
  drop(): Promise<void>;
}

/**
 * Routes the widget's socket.io WebSocket through the test, passing everything through, so a test
 * can add events the demo server cannot produce on its own (an agent joining and writing).
 * Call before the page loads. (It does not take hold on pages whose HTML `page.route` fulfils, so
 * use it on pages the server really serves.)
 */
export async function tapSocket(page: Page): Promise<SocketTap> {
  let route: WebSocketRoute | undefined;
  let upgradedResolve = () => undefined as void;
  const upgraded = new Promise<void>((resolve) => (upgradedResolve = resolve));
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    route = ws;
    const server = ws.connectToServer();
    // engine.io's "5" packet completes the upgrade from polling to this WebSocket.
    ws.onMessage((message) => {
      if (message === '5') upgradedResolve();
      server.send(message);
    });
    server.onMessage((message) => ws.send(message));
  });
  return {
    upgraded,
    emit: (event, payload) => route?.send(`42${JSON.stringify([event, payload])}`),
    drop: async () => route?.close(),
  };
}

/** Queues `Parley(...)` calls before the widget loads, as a broker's inline snippet would. */
export async function queueCommands(page: Page, calls: unknown[][]): Promise<void> {
  await page.addInitScript((queued) => {
    const w = window as unknown as { Parley: { (...args: unknown[]): void; q?: unknown[] } };
    w.Parley = function (...args: unknown[]) {
      (w.Parley.q = w.Parley.q ?? []).push(args);
    };
    for (const call of queued) w.Parley(...call);
  }, calls);
}

/** A page on the test server's origin whose HTML is `body` (scripts from the real server). */
export async function hostPage(page: Page, baseUrl: string, path: string, body: string, headers: Record<string, string> = {}): Promise<void> {
  await page.route(`${baseUrl}${path}`, (route) => route.fulfill({ contentType: 'text/html', headers, body }));
  await page.goto(`${baseUrl}${path}`);
}
