import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStorage } from '@parley/sdk/client';
import { postgresAvailability, startPostgres, type TestPostgres } from '../support/postgres.ts';
import { redisAvailable, startRedis, type TestRedis } from '../support/redis.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { sdkClient, until } from '../support/client.ts';

// The deployment shape: several Node processes sharing one PostgreSQL and one Redis.
const ready = postgresAvailability().available && redisAvailable();

describe.skipIf(!ready)('two server processes on PostgreSQL + Redis', () => {
  let postgres: TestPostgres;
  let redis: TestRedis;
  let one: TestServer;
  let two: TestServer;

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
    const env = { DATABASE_URL: await postgres.createDatabase('parley_scale'), REDIS_URL: redis.url, PARLEY_SECRET: 'shared-test-secret' };
    // Started one after the other only to keep the log readable; migrations are safe either way.
    one = await startServer({ env });
    two = await startServer({ env });
  });
  afterAll(async () => {
    await one?.[Symbol.asyncDispose]();
    await two?.[Symbol.asyncDispose]();
    await redis?.stop();
    await postgres?.stop();
  });

  it('delivers live to a tab on the other process, with one sequence across both', async () => {
    const storage = memoryStorage();
    using tabOnOne = sdkClient(one.url, { storage });
    using tabOnTwo = sdkClient(two.url, { storage });
    const session = await tabOnOne.connect();
    expect((await tabOnTwo.connect()).conversationId).toBe(session.conversationId);

    const live: string[] = [];
    tabOnTwo.on('message', (m) => live.push(`${m.author.kind}:${m.text}`));
    await tabOnOne.send('sent through process one');
    await until(tabOnTwo, (s) => s.messages.some((m) => m.author.kind === 'bot'));
    expect(live[0]).toBe('customer:sent through process one');

    await tabOnTwo.send('sent through process two');
    const a = await until(tabOnOne, (s) => s.messages.filter((m) => m.author.kind === 'bot').length === 2);
    const b = await until(tabOnTwo, (s) => s.messages.length === a.messages.length);
    expect(b.messages.map((m) => m.id)).toEqual(a.messages.map((m) => m.id));
    const seqs = a.messages.map((m) => m.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('lets a visitor resume on the other process after theirs goes away', async () => {
    const storage = memoryStorage();
    let conversationId: string;
    {
      using first = sdkClient(one.url, { storage });
      conversationId = (await first.connect()).conversationId;
      await first.send('question before switching process');
    }
    using second = sdkClient(two.url, { storage });
    expect((await second.connect()).conversationId).toBe(conversationId);
    expect(second.snapshot().messages.some((m) => m.text === 'question before switching process')).toBe(true);
  });
});
