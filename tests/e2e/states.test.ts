// Every state of the built widget in Chromium, in five languages and both colour schemes, against
// the real server: axe reports nothing, keyboard paths work, and a screenshot of each state goes to
// build/gallery/. Everything the widget shows comes from the server: the bot's answers, the queue,
// an agent who signs in to the console socket, claims, answers and closes, the server refusing a
// flood, the network dropping and the server going away (once, for every widget still open).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANTS } from '../../server/src/config/tenants.ts';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { axeViolations, hostPage, isFocused, launcherSpeaks, queueCommands, signInAgent, snap, watchLauncherLanguage, widget, type AgentSocket } from './helpers.ts';

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

type Strings = Record<string, Record<string, string>>;
const strings = (locale: string): Strings => JSON.parse(readFileSync(new URL(`../../widget/src/i18n/locales/${locale}.json`, import.meta.url), 'utf8')) as Strings;

/** The demo broker's fee schedule as a customer writing `locale` must see it (English only for English). */
const FEES = DEMO_TENANTS[0]!.fees!;
const feeRows = (locale: string) => (locale === 'en' ? FEES.rows : FEES.translations![locale]!);

/** A demo agent of the demo broker (see server/src/agents/demo.ts). */
const ALEX = { tenant: 'demo', username: 'alex', password: 'northbridge-demo' };

/** What the customer asks (about fees; for advice, which the bot must not give) and what the agent answers, per language. */
const SCRIPT: Record<string, { fees: string; advice: string; agent: string }> = {
  en: { fees: 'How much does it cost to buy US shares?', advice: 'Should I buy Tesla shares now?', agent: 'Hi, I am **Alex**. See [our prices](https://northbridge.example/pricing).' },
  de: { fees: 'Was kostet der Kauf von US-Aktien?', advice: 'Soll ich jetzt Tesla-Aktien kaufen?', agent: 'Hallo, ich bin **Alex**. Siehe [Preise](https://northbridge.example/pricing).' },
  ar: { fees: 'كم تكلفة شراء الأسهم الأمريكية؟', advice: 'هل يجب أن أشتري أسهم تسلا الآن؟', agent: 'مرحبًا، أنا **أليكس**. راجع [الأسعار](https://northbridge.example/pricing).' },
  th: { fees: 'ซื้อหุ้นอเมริกาค่าธรรมเนียมเท่าไหร่', advice: 'ควรซื้อหุ้นเทสลาตอนนี้ไหม', agent: 'สวัสดีครับ ผม **อเล็กซ์** ดู[ราคา](https://northbridge.example/pricing)ได้เลยครับ' },
  'zh-Hant': { fees: '買美股的手續費是多少？', advice: '我現在應該買特斯拉的股票嗎？', agent: '您好，我是 **Alex**。請參閱[收費表](https://northbridge.example/pricing)。' },
};

const page = (locale: string, tenant = 'demo') => `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Broker help</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <script async src="/widget/parley.js" data-tenant="${tenant}" data-locale="${locale}"></script></head>
  <body><main><h1>Help</h1><a href="#top">Broker home</a></main></body></html>`;

/** Both ways to reach a person (the bot's suggestion, simple mode's button) are taken, in alternate runs. */
type Handoff = 'quick reply' | 'person button';
const RUNS: { locale: string; scheme: 'light' | 'dark'; handoff: Handoff }[] = process.env.STATES_ONLY
  ? [{ locale: process.env.STATES_ONLY, scheme: 'light', handoff: 'quick reply' }]
  : [
      { locale: 'en', scheme: 'light', handoff: 'quick reply' },
      { locale: 'de', scheme: 'light', handoff: 'person button' },
      { locale: 'ar', scheme: 'light', handoff: 'quick reply' },
      { locale: 'th', scheme: 'light', handoff: 'person button' },
      { locale: 'zh-Hant', scheme: 'light', handoff: 'quick reply' },
      { locale: 'en', scheme: 'dark', handoff: 'person button' },
      { locale: 'ar', scheme: 'dark', handoff: 'person button' },
    ];

/** A run's page, left open after its walk so the connection checks at the end see every language at once. */
interface OpenWidget {
  context: BrowserContext;
  tab: Page;
  strings: Strings;
  name: (state: string) => string;
}
const openWidgets: OpenWidget[] = [];

/** axe must be silent in this state; a screenshot is kept for people. */
async function check({ tab, name }: Pick<OpenWidget, 'tab' | 'name'>, state: string): Promise<void> {
  expect(await axeViolations(tab), name(state)).toEqual([]);
  await snap(tab, name(state));
}

/**
 * Types a character and clears it, again and again: each change is a real `typing` event on the
 * customer's socket, until the server refuses the flood and the widget shows its alert.
 */
const floodTyping = (tab: Page) =>
  widget(tab).input.evaluate(async (box: HTMLTextAreaElement) => {
    const alert = (box.getRootNode() as ShadowRoot).querySelector('div.alert');
    const set = (value: string) => {
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    };
    // Bounded only so a widget that never shows the refusal cannot loop forever.
    for (let i = 0; i < 1000 && !alert?.textContent; i++) {
      set(i % 2 === 0 ? 'x' : '');
      // A task boundary, so the composer re-renders and the next change counts as typing again.
      await new Promise((resolve) => setTimeout(resolve));
    }
    set('');
  });

describe.each(RUNS)('widget states: $locale, $scheme, to a person by $handoff', ({ locale, scheme, handoff }) => {
  let tab: Page;
  let agent: AgentSocket | undefined;
  let opened: OpenWidget;
  const s = strings(locale);
  const script = SCRIPT[locale]!;
  const name = (state: string) => `${locale}-${scheme}-${state}`;
  const snapshot = (state: string) => check({ tab, name }, state);

  beforeAll(async () => {
    const { context, page: created } = await browser.newPage({ colorScheme: scheme, viewport: { width: 1000, height: 760 } });
    // Fail at the step that hangs, with its locator, well before the test's own timeout.
    context.setDefaultTimeout(15_000);
    tab = created;
    // Kept for the connection checks at the end, once its walk is through (see below).
    opened = { context, tab, strings: s, name };
  });
  // Signed out, so the next run's customer again finds nobody online (and gets the offline form).
  afterAll(() => void agent?.disconnect());

  it('walks closed → open → fee table → quick replies → simple → queued → offline form → agent → unread → rating → error', async () => {
    const w = widget(tab);
    // The demo broker page, in this language.
    await queueCommands(tab, [['setLocale', locale]]);
    const launcherLanguage = await watchLauncherLanguage(tab);
    await tab.goto(`${server.url}/`);
    const title = await tab.title();
    await tab.locator(`parley-chat[lang="${locale}"]`).waitFor({ state: 'attached' });
    await tab.locator(`parley-chat button.launcher[aria-label="${s['launcher']!['open']}"]`).waitFor();
    // lang and the label change together: never this language's lang on the English label meanwhile.
    const seen = await launcherLanguage();
    expect(seen.filter((state) => !launcherSpeaks(state))).toEqual([]);
    expect(seen.at(-1)).toEqual([locale, s['launcher']!['open']]);
    expect(await w.launcher.getAttribute('aria-expanded')).toBe('false');
    await snapshot('closed');

    // Keyboard only: the launcher is the page's last tab stop; Enter opens, focus lands in the composer.
    await tab.locator('body').focus();
    await tab.keyboard.press('Shift+Tab');
    expect(await isFocused(tab, 'parley-chat button.launcher')).toBe(true);
    expect(await w.launcher.evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth])).toEqual(['solid', '3px']);
    await tab.keyboard.press('Enter');
    await w.dialog.waitFor({ state: 'visible' });
    expect(await w.dialog.getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    expect(await tab.getByRole('dialog', { name: s['panel']!['title'] }).count()).toBe(1);
    expect(await isFocused(tab, 'parley-chat textarea')).toBe(true);
    expect(await w.log.getAttribute('aria-live')).toBe('polite');
    await snapshot('open');

    // The question is answered with the broker's fee schedule as a table, all of it in this language.
    await tab.keyboard.type(script.fees);
    await tab.keyboard.press('Enter');
    await w.feeTable.waitFor({ state: 'visible' });
    expect(await w.feeTable.locator('caption').textContent()).toBe(s['fees']!['title']);
    expect(await w.feeTable.locator('thead th').allTextContents()).toEqual([s['fees']!['product'], s['fees']!['fee']]);
    expect(await w.feeTable.locator('tbody th').allTextContents()).toEqual(feeRows(locale).map((row) => row.product));
    await snapshot('answer-fees');

    // Advice is not the bot's to give: it says so and suggests a person, as a quick reply.
    const answers = await w.bot.count();
    await w.input.fill(script.advice);
    await w.input.press('Enter');
    await w.bot.nth(answers).waitFor();
    await w.replies.first().waitFor({ state: 'visible' });
    const suggestion = (await w.replies.first().textContent())!;
    await snapshot('quick-replies');

    // Simple mode in one (keyboard) tap: bigger text and an always-visible "talk to a person".
    await w.toggle.focus();
    await tab.keyboard.press('Enter');
    expect(await w.toggle.getAttribute('aria-pressed')).toBe('true');
    const fontSize = await w.input.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(20);
    await w.person.waitFor({ state: 'visible' });
    await snapshot('simple');

    if (handoff === 'quick reply') {
      // A suggestion is a button: Enter sends its text, and the bot hands the conversation over.
      await w.replies.first().focus();
      await tab.keyboard.press('Enter');
      await tab.locator('parley-chat .msg.customer', { hasText: suggestion }).waitFor();
    } else {
      await w.person.click();
    }
    await tab.locator('parley-chat .sub', { hasText: s['state']!['queued']! }).waitFor();
    // Offered only while the bot has the conversation.
    await w.person.waitFor({ state: 'detached' });
    await w.toggle.click();
    expect(await w.toggle.getAttribute('aria-pressed')).toBe('false');

    // Nobody is signed in to the console, so the server says so and the widget offers the offline
    // form; what the customer leaves there is stored by the real server and confirmed.
    const offlineForm = tab.getByRole('form', { name: s['offline']!['title'] });
    await offlineForm.waitFor();
    await snapshot('queued');
    await offlineForm.getByLabel(s['offline']!['message']!).fill(script.fees);
    await offlineForm.getByLabel(s['offline']!['contact']!).fill('anna@example.com');
    await offlineForm.getByRole('button', { name: s['offline']!['send'] }).click();
    await tab.locator('parley-chat .card.offline [role="status"]', { hasText: s['offline']!['sent']! }).waitFor();
    await snapshot('offline-form');

    // An agent signs in: the queue status with case number, place and estimate replaces the form.
    agent = (await signInAgent(server.url, ALEX)).socket;
    const shownCase = tab.locator('parley-chat .card.queue dd').first();
    await shownCase.waitFor();
    await snapshot('queued-status');

    // The agent finds this case in the queue, in this language, claims it and answers in markdown.
    const caseNumber = await shownCase.textContent();
    const queue = await agent.emitWithAck('queue:list', {});
    if (!queue.ok) throw new Error(queue.error.message);
    const waiting = queue.queue.items.find((item) => item.caseNumber === caseNumber);
    expect(waiting).toMatchObject({ state: 'queued', language: locale });
    const { conversationId } = waiting!;
    expect(await agent.emitWithAck('conversation:claim', { conversationId })).toMatchObject({ ok: true, state: 'agent' });
    const say = async (text: string) => {
      const sent = await agent!.emitWithAck('agent:reply', { conversationId, clientId: randomUUID(), text });
      if (!sent.ok) throw new Error(sent.error.message);
      return sent.message;
    };
    const greeting = await say(script.agent);
    await w.agent.first().waitFor();
    expect(await tab.locator('parley-chat .sub').textContent()).toBe(s['state']!['agent']!.replace('{{name}}', greeting.author.name!));
    expect(await w.agent.first().locator('strong').count()).toBe(1);
    expect(await w.agent.first().locator('a').getAttribute('rel')).toBe('noopener noreferrer');
    await snapshot('agent');

    // Escape closes and gives focus back; a reply while closed shows on the launcher and in the title.
    await w.input.focus();
    await tab.keyboard.press('Escape');
    await w.dialog.waitFor({ state: 'hidden' });
    expect(await isFocused(tab, 'parley-chat button.launcher')).toBe(true);
    await say('👋');
    await tab.locator('parley-chat button.launcher[data-unread="1"]').waitFor();
    expect(await tab.title()).toBe(`(1) ${title}`);
    expect(await w.launcher.getAttribute('aria-label')).toBe(s['launcher']!['unread']!.replace('{{count}}', '1'));
    await snapshot('unread');
    await tab.keyboard.press('Enter');
    await w.dialog.waitFor({ state: 'visible' });
    expect(await w.unread.count()).toBe(0);
    expect(await tab.title()).toBe(title);

    // The agent closes the conversation and the server asks for a rating: five radios, one tab stop.
    expect(await agent.emitWithAck('conversation:close', { conversationId })).toMatchObject({ ok: true, state: 'closed' });
    await tab.getByRole('group', { name: s['rating']!['legend'] }).waitFor();
    await tab.getByRole('radio', { name: s['rating']!['score']!.replace('{{score}}', '4') }).check();
    // Only the conversation scrolls: the panel has nothing to scroll, so its header stays in view.
    expect(await w.dialog.evaluate((panel) => [panel.scrollTop, panel.scrollHeight - panel.clientHeight])).toEqual([0, 0]);
    expect(await w.log.evaluate((log) => log.scrollHeight > log.clientHeight)).toBe(true);
    await snapshot('rating');

    // The server refuses a flood of events with a typed error, which the widget puts into words.
    await floodTyping(tab);
    await tab.locator('parley-chat div.alert', { hasText: s['error']!['rate_limited']! }).waitFor();
    await snapshot('error');
    // The customer dismisses it (with the keyboard) and is back in the composer.
    await tab.getByRole('button', { name: s['error']!['dismiss']!, exact: true }).press('Enter');
    await tab.locator('parley-chat div.alert').waitFor({ state: 'hidden' });
    expect(await isFocused(tab, 'parley-chat textarea#parley-input')).toBe(true);
    openWidgets.push(opened);

  });

  it('says the chat is unavailable when the server refuses the tenant', async () => {
    const { page: other, context: own } = await browser.newPage({ colorScheme: scheme });
    await hostPage(other, server.url, `/gallery/${locale}-unavailable.html`, page(locale, 'no-such-broker'));
    await widget(other).launcher.click();
    await other.locator('parley-chat [role="status"]', { hasText: s['error']!['unavailable']! }).waitFor();
    await check({ tab: other, name }, 'unavailable');
    await own.close();
  });
});

describe('every open widget, when the connection goes', () => {
  it('says it is offline when the network drops, and comes back by itself', async () => {
    await Promise.all(openWidgets.map(({ context }) => context.setOffline(true)));
    for (const open of openWidgets) {
      const banner = widget(open.tab).status('offline');
      await banner.waitFor();
      expect(await banner.textContent()).toBe(open.strings['status']!['offline']);
      await check(open, 'offline');
    }
    await Promise.all(openWidgets.map(({ context }) => context.setOffline(false)));
    await Promise.all(openWidgets.map(({ tab }) => widget(tab).status('online').waitFor({ state: 'attached' })));
  });

  it('says it is reconnecting when the server goes away', async () => {
    // Killed, as in a crash: the connections just end. (A graceful stop would first wait out the
    // sockets the offline test left half-open on the server's side.)
    await server.stop('SIGKILL');
    for (const open of openWidgets) {
      const banner = widget(open.tab).status('reconnecting');
      await banner.waitFor();
      expect(await banner.textContent()).toBe(open.strings['status']!['reconnecting']);
      await check(open, 'reconnecting');
    }
  });
});
