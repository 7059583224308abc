import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import { createSqlStore } from './sql-store.ts';
import type { Store } from './store.ts';

export type { AppendResult, ConversationRecord, NewMessage, Store } from './store.ts';
export { ConversationNotFoundError } from './errors.ts';

/** Where the store keeps its data. */
export interface StoreOptions {
  /** PostgreSQL connection string; when set, PostgreSQL is used and `dataDir` is ignored. */
  databaseUrl?: string;
  /** PGlite data directory; undefined or `'memory://'` keeps everything in memory. */
  dataDir?: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
}

/**
 * Opens the store: PostgreSQL when `databaseUrl` is given, embedded PGlite otherwise.
 * Migrations run first unless `migrate: false`; they are safe to run from several processes.
 *
 * @example
 * const store = await createStore({ databaseUrl: process.env.DATABASE_URL, dataDir: './data' });
 * const conversation = await store.openConversation({ tenant: 'acme', visitorId: 'v1', locale: 'en' });
 */
export async function createStore(options: StoreOptions): Promise<Store> {
  const db = options.databaseUrl ? openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  const store = createSqlStore(db);
  if (options.migrate !== false) {
    try {
      await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}
