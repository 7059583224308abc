// A customer waiting for a person reloads the page at every step, in Chromium against the real server
// and built widget: the offline form, the case number and place in the queue, and the rating request all
// come back; and what they typed in the offline form survives an agent coming online.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from '../support/browser.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { signInAgent, widget } from './helpers.ts';

const EN = JSON.parse(readFileSync(new URL('../../widget/src/i18n/locales/en.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
const ALEX = { tenant: 'demo', username: 'alex', password: 'northbridge-demo' };

let server: TestServer;
let browser: TestBrowser;
beforeAll(async () => {
  if (!existsSync(new URL('../../widget/dist/parley.js', import.meta.url))) throw new Error('the widget is not built: run `npm run build` first');
  server = await startServer();
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.[Symbol.asyncDispose]();
});

describe('reloading while waiting for a person', () => {
  it('brings back the offline form, the queue status and the rating request, and keeps a draft when an agent comes online', async () => {
    const { context, page: tab } = await browser.newPage();
    context.setDefaultTimeout(15_000);
    const w = widget(tab);
    await tab.goto(`${server.url}/`);
    await w.launcher.click();
    await w.input.fill('I want to talk to a person');
    await w.input.press('Enter');
    // Nobody is signed in: the offline form, and again after a reload.
    const offlineForm = tab.getByRole('form', { name: EN['offline']!['title'] });
    await offlineForm.waitFor();
    await tab.reload();
    await offlineForm.waitFor();

    // The customer starts writing; an agent signs in meanwhile. The text stays, under a heading that
    // says someone can answer now, beside the queue card.
    const draft = 'Please call me about my withdrawal from Friday';
    await offlineForm.getByLabel(EN['offline']!['message']!).fill(draft);
    const agent = (await signInAgent(server.url, ALEX)).socket;
    const kept = tab.getByRole('form', { name: EN['offline']!['available'] });
    await kept.waitFor();
    expect(await kept.getByLabel(EN['offline']!['message']!).inputValue()).toBe(draft);
    const queueCard = tab.locator('parley-chat .card.queue dd');
    await queueCard.first().waitFor();
    const [caseNumber] = await queueCard.allTextContents();

    // A reload with no change to the queue: case number, place and estimate come with the hello.
    await tab.reload();
    await queueCard.nth(2).waitFor();
    const [shownCase, position, wait] = await queueCard.allTextContents();
    expect(shownCase).toBe(caseNumber);
    expect(position).toBe('1');
    expect(wait).not.toBe(EN['queue']!['noEstimate']);

    // The agent claims and closes; the rating request survives a reload, and the rating reaches the agent.
    const list = await agent.emitWithAck('queue:list', {});
    if (!list.ok) throw new Error(list.error.message);
    const { conversationId } = list.queue.items.find((item) => item.caseNumber === caseNumber)!;
    await agent.emitWithAck('conversation:claim', { conversationId });
    await agent.emitWithAck('conversation:close', { conversationId });
    const ratingGroup = tab.getByRole('group', { name: EN['rating']!['legend'] });
    await ratingGroup.waitFor();
    await tab.reload();
    await ratingGroup.waitFor();
    await agent.emitWithAck('conversation:open', { conversationId });
    const rated = new Promise((resolve) => agent.once('conversation:rated', resolve));
    await tab.getByRole('radio', { name: EN['rating']!['score']!.replace('{{score}}', '5') }).check();
    await tab.getByRole('button', { name: EN['rating']!['send'] }).click();
    await tab.getByText(EN['rating']!['thanks']!).waitFor();
    expect(await rated).toEqual({ conversationId, score: 5 });
    agent.disconnect();
    await context.close();
  });
});
