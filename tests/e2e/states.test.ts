// Every state of the built widget in Chromium, in five languages and both colour schemes, against
// the real server: axe reports nothing, keyboard paths work, and a screenshot of each state goes to
// build/gallery/. Agent messages and errors the demo server cannot produce are added to the real
// conversation through a tap on its socket (see tapSocket).
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { axeViolations, hostPage, isFocused, queueCommands, snap, tapSocket, widget } from './helpers.ts';

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

/** What the customer asks (answered with the fee table) and what the injected agent says, per language. */
const SCRIPT: Record<string, { fees: string; agent: string; reply: string }> = {
  en: { fees: 'How much does it cost to buy US shares?', agent: 'Hi, I am **Dana**. See [our prices](https://northbridge.example/pricing).', reply: 'Deposits' },
  de: { fees: 'Was kostet der Kauf von US-Aktien?', agent: 'Hallo, ich bin **Dana**. Siehe [Preise](https://northbridge.example/pricing).', reply: 'Einzahlungen' },
  ar: { fees: 'كم تكلفة شراء الأسهم الأمريكية؟', agent: 'مرحبًا، أنا **دانة**. راجع [الأسعار](https://northbridge.example/pricing).', reply: 'الإيداع' },
  th: { fees: 'ซื้อหุ้นอเมริกาค่าธรรมเนียมเท่าไหร่', agent: 'สวัสดีค่ะ ดิฉัน **ดาน่า** ดู[ราคา](https://northbridge.example/pricing)', reply: 'การฝากเงิน' },
  'zh-Hant': { fees: '買美股的手續費是多少？', agent: '您好，我是 **Dana**。請參閱[收費表](https://northbridge.example/pricing)。', reply: '入金' },
};

const page = (locale: string, tenant = 'demo') => `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Broker help</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <script async src="/widget/parley.js" data-tenant="${tenant}" data-locale="${locale}"></script></head>
  <body><main><h1>Help</h1><a href="#top">Broker home</a></main></body></html>`;

const RUNS = process.env.STATES_ONLY ? [{ locale: process.env.STATES_ONLY, scheme: 'light' as const }] : [
  ...Object.keys(SCRIPT).map((locale) => ({ locale, scheme: 'light' as const })),
  { locale: 'en', scheme: 'dark' as const },
  { locale: 'ar', scheme: 'dark' as const },
];

describe.each(RUNS)('widget states: $locale, $scheme', ({ locale, scheme }) => {
  let context: BrowserContext;
  let tab: Page;
  const s = strings(locale);
  const script = SCRIPT[locale]!;
  const name = (state: string) => `${locale}-${scheme}-${state}`;
  /** axe must be silent in this state; a screenshot is kept for people. */
  const check = async (state: string) => {
    expect(await axeViolations(tab), name(state)).toEqual([]);
    await snap(tab, name(state));
  };
  let seq = 1000; // injected events get sequence numbers well after the real ones
  const at = () => new Date().toISOString();

  beforeAll(async () => {
    ({ context, page: tab } = await browser.newPage({ colorScheme: scheme, viewport: { width: 1000, height: 760 } }));
    // Fail at the step that hangs, with its locator, well before the test's own timeout.
    context.setDefaultTimeout(15_000);
  });
  afterAll(() => context?.close());

  it('walks closed → open → answer with fee table → quick replies → simple → queued → agent → unread → error → offline', async () => {
    const tap = await tapSocket(tab);
    const w = widget(tab);
    // The demo broker page, in this language.
    await queueCommands(tab, [['setLocale', locale]]);
    await tab.goto(`${server.url}/`);
    const title = await tab.title();
    await tab.locator(`parley-chat[lang="${locale}"]`).waitFor({ state: 'attached' });
    await w.launcher.waitFor();
    expect(await w.launcher.getAttribute('aria-label')).toBe(s['launcher']!['open']);
    expect(await w.launcher.getAttribute('aria-expanded')).toBe('false');
    await check('closed');

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
    await check('open');

    // The question is answered with the broker's fee schedule as a table.
    await Promise.race([tap.upgraded, tab.waitForTimeout(15_000).then(() => Promise.reject(new Error('socket never upgraded to WebSocket')))]);
    await tab.keyboard.type(script.fees);
    await tab.keyboard.press('Enter');
    await w.feeTable.waitFor({ state: 'visible' });
    expect(await w.feeTable.locator('tbody tr').count()).toBeGreaterThan(1);
    await check('answer-fees');

    tap.emit('message', { id: `qr-${locale}`, conversationId: 'x', seq: ++seq, author: { kind: 'bot' }, text: '…', at: at(), quickReplies: [{ label: script.reply, text: script.reply }] });
    await w.replies.first().waitFor({ state: 'visible' });
    await check('quick-replies');
    // A suggestion is a button: Enter sends its text, and the bot answers it.
    const answers = await w.bot.count();
    await w.replies.first().focus();
    await tab.keyboard.press('Enter');
    await tab.locator('parley-chat .msg.customer', { hasText: script.reply }).waitFor();
    await w.bot.nth(answers).waitFor();

    // Simple mode in one (keyboard) tap: bigger text and an always-visible "talk to a person".
    await w.toggle.focus();
    await tab.keyboard.press('Enter');
    expect(await w.toggle.getAttribute('aria-pressed')).toBe('true');
    const fontSize = await w.input.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(20);
    await w.person.waitFor({ state: 'visible' });
    await check('simple');

    await w.person.click();
    await tab.locator('parley-chat .sub', { hasText: s['state']!['queued']! }).waitFor();
    await check('queued');

    // Nobody is signed in to the demo console, so the server says so and the widget offers the
    // offline form; what the customer leaves there is stored by the real server and confirmed.
    const offlineForm = tab.getByRole('form', { name: s['offline']!['title'] });
    await offlineForm.waitFor();
    await check('offline-form');
    await offlineForm.getByLabel(s['offline']!['message']!).fill(script.reply);
    await offlineForm.getByLabel(s['offline']!['contact']!).fill('anna@example.com');
    await offlineForm.getByRole('button', { name: s['offline']!['send'] }).click();
    await tab.locator('parley-chat .card.offline [role="status"]', { hasText: s['offline']!['sent']! }).waitFor();
    // An agent signs in: the queue status with case number, place and an estimate replaces the form.
    tap.emit('queue:status', { conversationId: 'x', caseNumber: 'NB-1042', position: 2, estimatedWaitMinutes: 6, agentsOnline: 1, withinBusinessHours: true, offline: false });
    await tab.locator('parley-chat .card.queue dd', { hasText: 'NB-1042' }).waitFor();
    await check('queued-status');

    tap.emit('conversation:state', { conversationId: 'x', state: 'agent', seq: ++seq });
    tap.emit('message', { id: `agent-1-${locale}`, conversationId: 'x', seq: ++seq, author: { kind: 'agent', name: 'Dana' }, text: script.agent, at: at() });
    await w.agent.first().waitFor();
    expect(await w.agent.first().locator('a').getAttribute('rel')).toBe('noopener noreferrer');
    await check('agent');

    // Escape closes and gives focus back; a reply while closed shows on the launcher and in the title.
    await w.input.focus();
    await tab.keyboard.press('Escape');
    await w.dialog.waitFor({ state: 'hidden' });
    expect(await isFocused(tab, 'parley-chat button.launcher')).toBe(true);
    tap.emit('message', { id: `agent-2-${locale}`, conversationId: 'x', seq: ++seq, author: { kind: 'agent', name: 'Dana' }, text: '👋', at: at() });
    await tab.locator('parley-chat button.launcher[data-unread="1"]').waitFor();
    expect(await tab.title()).toBe(`(1) ${title}`);
    expect(await w.launcher.getAttribute('aria-label')).toBe(s['launcher']!['unread']!.replace('{{count}}', '1'));
    await check('unread');
    await tab.keyboard.press('Enter');
    await w.dialog.waitFor({ state: 'visible' });
    expect(await w.unread.count()).toBe(0);
    expect(await tab.title()).toBe(title);

    tap.emit('protocol:error', { code: 'rate_limited', message: 'slow down', retryAfterMs: 1000 });
    await tab.locator('parley-chat [role="alert"]', { hasText: s['error']!['rate_limited']! }).waitFor();
    await check('error');

    // The agent closed the conversation and the server asks for a rating: five radios, one tab stop.
    tap.emit('conversation:state', { conversationId: 'x', state: 'closed', seq: ++seq });
    tap.emit('conversation:rating-requested', { conversationId: 'x' });
    await tab.getByRole('group', { name: s['rating']!['legend'] }).waitFor();
    await tab.getByRole('radio', { name: s['rating']!['score']!.replace('{{score}}', '4') }).check();
    await check('rating');

    await context.setOffline(true);
    await tap.drop();
    await w.status('offline').waitFor();
    expect(await w.status('offline').textContent()).toBe(s['status']!['offline']);
    await check('offline');
    await context.setOffline(false);
  });

  it('says the chat is unavailable when the server refuses the tenant', async () => {
    const { page: other, context: own } = await browser.newPage({ colorScheme: scheme });
    tab = other;
    await hostPage(other, server.url, `/gallery/${locale}-unavailable.html`, page(locale, 'no-such-broker'));
    await widget(other).launcher.click();
    await other.locator('parley-chat [role="status"]', { hasText: s['error']!['unavailable']! }).waitFor();
    await check('unavailable');
    await own.close();
  });
});
