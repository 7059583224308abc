import { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlExecutor } from './sql-client.ts';

/**
 * Embedded PostgreSQL (PGlite) as a `SqlClient`: file-backed under `dataDir`, in memory when
 * `dataDir` is undefined or `'memory://'`. One process per data directory.
 *
 * PGlite has a single connection; its `query`, `exec` and `transaction` share one mutex, so a
 * transaction never interleaves with other statements and is all-or-nothing on disk.
 */
export async function openPglite(dataDir?: string): Promise<SqlClient> {
  const db = dataDir === undefined || dataDir === 'memory://' ? await PGlite.create() : await PGlite.create(dataDir);
  return {
    ...executor(db),
    transaction: (work) => db.transaction((tx) => work(executor(tx))),
    close: () => db.close(),
  };
}

function executor(db: Pick<PGlite, 'query' | 'exec'>): SqlExecutor {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<Row>(sql, [...params]);
      return result.rows;
    },
    async exec(script: string) {
      await db.exec(script);
    },
  };
}
