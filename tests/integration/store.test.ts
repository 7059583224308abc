import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../server/src/store/index.ts';
import { openPostgres } from '../../server/src/store/postgres.ts';
import { migrations } from '../../server/src/store/schema/index.ts';
import { describeStoreContract } from '../../server/src/store/store-contract.ts';
import { postgresAvailability, startPostgres, type TestPostgres } from '../support/postgres.ts';

// The same contract PGlite passes in server/src/store/pglite.test.ts, here against a real PostgreSQL,
// plus what only a multi-connection server can show: several processes racing on one database.
const postgres = postgresAvailability();

describe.skipIf(!postgres.available)('PostgreSQL store', () => {
  let server: TestPostgres;
  let databaseCount = 0;
  const freshDatabase = () => server.createDatabase(`parley_${++databaseCount}`);

  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(() => server?.stop());

  describeStoreContract('PostgreSQL', async () => {
    const db = openPostgres(await freshDatabase());
    return { db, close: () => db.close() };
  });

  describe('with two Store instances on one database (as two server processes)', () => {
    let one: Store;
    let two: Store;
    beforeAll(async () => {
      const databaseUrl = await freshDatabase();
      [one, two] = await Promise.all([createStore({ databaseUrl }), createStore({ databaseUrl })]);
    });
    afterAll(() => Promise.all([one?.close(), two?.close()]));

    it('gives 50 concurrent appends to one conversation seq 1..50 without gaps or duplicates', async () => {
      const tenant = 'acme';
      const { id } = await one.openConversation({ tenant, visitorId: 'v-concurrent', locale: 'en' });
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 === 0 ? one : two).appendMessage({ tenant, conversationId: id, author: { kind: 'customer' }, text: `m${i}`, clientId: `client-${i}-concurrent` }),
        ),
      );
      const seqs = results.map((r) => r.message.seq).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(results.every((r) => !r.duplicate)).toBe(true);
      const stored = await two.messagesAfter(tenant, id, 0, 100);
      expect(stored.map((m) => m.seq)).toEqual(seqs);
      expect((await one.getConversation(tenant, id))?.lastSeq).toBe(50);
    });

    it('stores one message when the same clientId arrives through both at once, taking one seq', async () => {
      const tenant = 'acme';
      const { id } = await one.openConversation({ tenant, visitorId: 'v-retry', locale: 'en' });
      const input = { tenant, conversationId: id, author: { kind: 'customer' as const }, text: 'sell all', clientId: 'client-retry-storm' };
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? one : two).appendMessage(input)));
      expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
      expect(new Set(results.map((r) => r.message.id)).size).toBe(1);
      expect(results.every((r) => r.message.seq === 1)).toBe(true);
      expect((await two.getConversation(tenant, id))?.lastSeq).toBe(1);
    });

    it('opens a single conversation when one visitor connects through both at once', async () => {
      const visitor = { tenant: 'acme', visitorId: `v-${randomUUID()}`, locale: 'en' };
      const opened = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? one : two).openConversation(visitor)));
      expect(new Set(opened.map((c) => c.id)).size).toBe(1);
    });
  });

  it('migrates once when several processes start at the same time on an empty database', async () => {
    const databaseUrl = await freshDatabase();
    const stores = await Promise.all(Array.from({ length: 5 }, () => createStore({ databaseUrl })));
    try {
      const db = openPostgres(databaseUrl);
      const recorded = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
      await db.close();
      expect(recorded).toEqual(migrations.map(({ version }) => ({ version })));
      const { id } = await stores[0]!.openConversation({ tenant: 'acme', visitorId: 'v1', locale: 'en' });
      expect((await stores[4]!.getConversation('acme', id))?.id).toBe(id);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});
