import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from './index.ts';
import { openPglite } from './pglite.ts';
import { describeStoreContract } from './store-contract.ts';

const tempDirs: string[] = [];
async function newDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-pglite-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describeStoreContract('PGlite', async () => {
  const db = await openPglite(await newDataDir());
  return { db, close: () => db.close() };
});

// Starting an embedded PostgreSQL takes a few seconds on a slow machine.
describe('PGlite store', { timeout: 30_000 }, () => {
  it('keeps conversations and messages after closing and reopening its data directory', async () => {
    const dataDir = await newDataDir();
    const tenant = 'acme';
    const first = await createStore({ dataDir });
    const { id } = await first.openConversation({ tenant, visitorId: 'v1', locale: 'en' });
    const { message } = await first.appendMessage({ tenant, conversationId: id, author: { kind: 'customer' }, text: 'still here?', clientId: 'client-persist' });
    await first.close();

    const reopened = await createStore({ dataDir });
    try {
      expect(await reopened.openConversation({ tenant, visitorId: 'v1', locale: 'en' })).toMatchObject({ id, lastSeq: 1 });
      expect(await reopened.messagesAfter(tenant, id, 0, 10)).toEqual([message]);
      const repeat = await reopened.appendMessage({ tenant, conversationId: id, author: { kind: 'customer' }, text: 'still here?', clientId: 'client-persist' });
      expect(repeat.duplicate).toBe(true);
    } finally {
      await reopened.close();
    }
  });

  it('runs in memory when no data directory is given', async () => {
    const store = await createStore({ dataDir: 'memory://' });
    try {
      const { id } = await store.openConversation({ tenant: 'acme', visitorId: 'v1', locale: 'en' });
      expect((await store.appendMessage({ tenant: 'acme', conversationId: id, author: { kind: 'bot' }, text: 'hi' })).message.seq).toBe(1);
    } finally {
      await store.close();
    }
  });
});
