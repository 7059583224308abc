import { migrations as allMigrations, type Migration } from './schema/index.ts';
import type { SqlClient } from './sql-client.ts';

/**
 * Arbitrary but fixed key for `pg_advisory_xact_lock`: every Parley process migrating the same
 * database waits on it, so only one applies migrations and the others then find nothing to do.
 */
const MIGRATION_LOCK_KEY = 7_261_734_001;

/**
 * Applies the migrations not yet recorded in `schema_migrations`, all in one transaction under an
 * advisory lock (released at COMMIT/ROLLBACK). Returns the versions it applied.
 */
export async function migrate(db: SqlClient, migrations: readonly Migration[] = allMigrations): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const pending = [...migrations].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    return pending.map((m) => m.version);
  });
}
