import pg from 'pg';
import type { SqlClient, SqlExecutor } from './sql-client.ts';

/**
 * PostgreSQL through a `pg` connection pool as a `SqlClient`. Several server processes may share one
 * database: the store's statements are written for that (row locks, unique indexes, advisory lock).
 */
export function openPostgres(databaseUrl: string, options: { maxConnections?: number } = {}): SqlClient {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
  // An idle client losing its connection emits on the pool; without a listener that would crash the process.
  pool.on('error', () => {});
  return {
    ...executor(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(executor(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        // If even ROLLBACK fails the connection is in an unknown state: destroy it instead of reusing it.
        const rollbackError = await client.query('ROLLBACK').then(() => undefined, (e: unknown) => e);
        client.release(rollbackError instanceof Error ? rollbackError : undefined);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

function executor(db: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query(sql, [...params]);
      return result.rows as Row[];
    },
    async exec(script: string) {
      // Without parameters pg uses the simple query protocol, which accepts several statements.
      await db.query(script);
    },
  };
}
