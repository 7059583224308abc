import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerMessage } from '@parley/sdk/protocol';
import { startServer, type TestServer } from '../support/server.ts';
import { sdkClient, until } from '../support/client.ts';

// Messages written for this test (not copied from the training catalog), one per reply language.
const CASES: [lang: string, text: string, intent: string][] = [
  ['en', 'my withdrawal from last week still hasnt arrived in my bank', 'withdrawal_delayed'],
  ['de', 'Wie kann ich per Überweisung Geld auf mein Depot einzahlen?', 'deposit_bank_transfer'],
  ['fr', 'À quelle heure ouvre la bourse de New York ?', 'trading_hours'],
  ['es', 'Olvidé mi contraseña, cómo la recupero?', 'password_reset'],
  ['pt-BR', 'Como faço pra depositar via PIX na minha conta?', 'deposit_local_rails'],
  ['zh-Hans', '我想注销我的账户，要怎么操作？', 'close_account'],
  ['zh-Hant', '我想註銷我的帳戶，要怎麼做？', 'close_account'],
  ['ja', '配当金はいつ口座に入金されますか？', 'dividends'],
  ['ko', '비밀번호를 잊어버렸어요 어떻게 재설정하나요', 'password_reset'],
  ['ar', 'كيف أسحب أموالي إلى حسابي البنكي؟', 'withdrawal_how'],
  ['hi', 'mera withdrawal 3 din se pending hai, paisa kab aayega?', 'withdrawal_delayed'],
  ['th', 'ค่าคอมมิชชั่นซื้อหุ้นอเมริกาเท่าไหร่คะ', 'fees_commissions'],
  ['vi', 'Làm sao để mở tài khoản chứng khoán ở đây?', 'account_opening'],
  ['id', 'Bagaimana cara setor dana lewat transfer bank?', 'deposit_bank_transfer'],
];

const answers = (lang: string) =>
  (JSON.parse(readFileSync(new URL(`../../server/src/nlu/catalog/answers/${lang}.json`, import.meta.url), 'utf8')) as { intents: Record<string, string> }).intents;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.[Symbol.asyncDispose]();
});

/** Sends `text` and resolves with the bot's answer to it. */
async function ask(client: ReturnType<typeof sdkClient>, text: string): Promise<ServerMessage> {
  const ack = await client.send(text);
  const snapshot = await until(client, (s) => s.messages.some((m) => m.author.kind === 'bot' && m.seq > ack.seq));
  return snapshot.messages.find((m) => m.author.kind === 'bot' && m.seq > ack.seq)!;
}

describe('understanding the customer, offline', () => {
  it.each(CASES)('%s: answers "%s" in that language with the expected intent', async (lang, text, intent) => {
    using client = sdkClient(server.url, { locale: 'en' });
    await client.connect();
    const reply = await ask(client, text);
    expect(reply.meta).toMatchObject({ language: lang, intent });
    expect(reply.meta?.confidence).toBeGreaterThan(0.45);
    expect(reply.text).toContain(answers(lang)[intent]!.replace(/\{\{broker\}\}/g, 'Northbridge Invest'));
  });

  it('keeps German after "ok", a ticker and an emoji', async () => {
    using client = sdkClient(server.url, { locale: 'en' });
    await client.connect();
    expect((await ask(client, 'Wann wird meine Auszahlung endlich gutgeschrieben?')).meta?.language).toBe('de');
    for (const short of ['ok', 'AAPL', '👍']) expect((await ask(client, short)).meta?.language, short).toBe('de');
  });

  it.each([
    ['en', 'asdkjh qweoiu zxcmnb'],
    ['en', 'can you recommend a good pizza place nearby'],
    ['de', 'Wer hat gestern das Fußballspiel gewonnen?'],
    ['ja', '明日の天気はどうですか'],
  ])('sends off-topic or gibberish (%s: %s) down the out-of-scope path', async (_lang, text) => {
    using client = sdkClient(server.url, { locale: 'en' });
    await client.connect();
    expect((await ask(client, text)).meta?.intent).toBe('out_of_scope');
  });

  it('answers an advice request without a recommendation, offering a licensed person', async () => {
    using client = sdkClient(server.url, { locale: 'en' });
    await client.connect();
    const reply = await ask(client, 'Should I buy Tesla stock now or wait for the dip?');
    expect(reply.meta?.intent).toBe('investment_advice');
    expect(reply.text).toBe(answers('en').investment_advice!.replace(/\{\{broker\}\}/g, 'Northbridge Invest'));
    expect(reply.text).not.toMatch(/\b(you should|we recommend|good time to) (buy|sell)\b/i);
    expect(reply.quickReplies?.length).toBeGreaterThan(0);
  });

  it('asks with suggestions when unsure, then offers a person, then hands off', async () => {
    using client = sdkClient(server.url, { locale: 'en' });
    await client.connect();
    const kinds: (string | undefined)[] = [];
    for (const text of ['hmm the thing with the stuff', 'no, the other thing', 'you are not getting it']) {
      kinds.push((await ask(client, text)).meta?.intent);
      if (client.snapshot().state === 'queued') break;
    }
    expect(kinds.slice(0, 2).every((k) => k === 'clarify' || k === 'out_of_scope')).toBe(true);
    expect(client.snapshot().state).toBe('queued');
  });
});
