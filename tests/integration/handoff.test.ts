import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server.ts';
import { sdkClient, until } from '../support/client.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.[Symbol.asyncDispose]();
});

const ROUTINE = [
  'hi, how do I open an account?',
  'which documents do you need for verification?',
  'how long does KYC usually take',
  'can I deposit by bank transfer in EUR?',
  'what are the fees for buying US shares',
  'is there an inactivity fee?',
  'when does the NYSE open in my time zone',
  'do you pay dividends in cash or reinvest them?',
  'where can I download my monthly statement',
  'ok thanks, that is all',
];

describe('who reaches a person', () => {
  it('a routine conversation of ten questions never reaches the queue', async () => {
    using client = sdkClient(server.url);
    await client.connect();
    for (const text of ROUTINE) {
      const ack = await client.send(text);
      await until(client, (s) => s.messages.some((m) => m.author.kind === 'bot' && m.seq > ack.seq));
    }
    expect(client.snapshot().state).toBe('bot');
    expect(client.snapshot().messages.filter((m) => m.meta?.intent === 'handoff')).toEqual([]);
  });

  it('an upset Japanese customer goes to the queue, with a calm acknowledgement in Japanese', async () => {
    using client = sdkClient(server.url, { locale: 'ja' });
    await client.connect();
    const ack = await client.send('出金がもう1週間も届きません！何度問い合わせても返事がない。金融庁に苦情を出します！');
    const queued = await until(client, (s) => s.state === 'queued' && s.messages.some((m) => m.meta?.intent === 'handoff' && m.seq > ack.seq));
    const reply = queued.messages.find((m) => m.meta?.intent === 'handoff')!;
    expect(reply.meta?.language).toBe('ja');
    expect(reply.meta?.sentiment).toBeLessThan(0);
    const ja = JSON.parse(readFileSync(new URL('../../server/src/nlu/catalog/answers/ja.json', import.meta.url), 'utf8')) as { system: Record<string, string> };
    expect(reply.text.startsWith(ja.system.anxious_ack!)).toBe(true);
  });
});
