// Shared by the browser suites: axe, the screenshot gallery, widget locators, and an agent signed
// in to the real console socket (as the console page would be) to claim and answer from the test.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { AGENT_NAMESPACE, type AgentClientToServerEvents, type AgentServerToClientEvents, type AgentSession, type ErrorAck } from '@parley/sdk/protocol';

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
  input: page.locator('parley-chat textarea#parley-input'),
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

export type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

/**
 * Signs an agent in through `POST /agent/api/sign-in` and opens their `/agent` socket with the
 * session token, exactly as the console does. Rejects when either step is refused.
 */
export async function signInAgent(baseUrl: string, credentials: { tenant: string; username: string; password: string }): Promise<{ socket: AgentSocket; session: AgentSession }> {
  const response = await fetch(`${baseUrl}/agent/api/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
  const body = (await response.json()) as { ok: true; session: AgentSession } | ErrorAck;
  if (!body.ok) throw new Error(`sign-in refused: ${body.error.message}`);
  const socket: AgentSocket = io(`${baseUrl}${AGENT_NAMESPACE}`, { auth: { token: body.session.token }, transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return { socket, session: body.session };
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

type Seen = [lang: string, name: string | null];

/**
 * Records the launcher's `lang` and accessible name from the page's first moment, at every change of
 * either, for `launcherSpeaks` to check. Call before the page loads.
 */
export async function watchLauncherLanguage(page: Page): Promise<() => Promise<Seen[]>> {
  await page.addInitScript(() => {
    const seen: Seen[] = [];
    (window as unknown as { launcherSeen: Seen[] }).launcherSeen = seen;
    new MutationObserver((_, self) => {
      const host = document.querySelector<HTMLElement>('parley-chat');
      const root = host?.shadowRoot;
      if (!host || !root) return;
      self.disconnect();
      const record = () => seen.push([host.lang, root.querySelector('button.launcher')?.getAttribute('aria-label') ?? null]);
      const watch = new MutationObserver(record);
      watch.observe(host, { attributes: true, attributeFilter: ['lang'] });
      watch.observe(root, { subtree: true, attributes: true, attributeFilter: ['aria-label'] });
    }).observe(document, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { launcherSeen: Seen[] }).launcherSeen);
}

/** Whether a launcher name is one of the shipped "open" / "close" names of the language it claims. */
export function launcherSpeaks([lang, name]: Seen): boolean {
  const { launcher } = JSON.parse(readFileSync(new URL(`../../widget/src/i18n/locales/${lang}.json`, import.meta.url), 'utf8')) as { launcher: Record<string, string> };
  return name === launcher['open'] || name === launcher['close'];
}
