/** Anything that can run SQL: a whole database, or one open transaction. */
export interface SqlExecutor {
  /** One statement with `$1…$n` parameters; resolves to its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** A script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/**
 * The few things the store needs from a database driver. Adapters: `pglite.ts` and `postgres.ts`.
 * Keeping it this small is what lets one set of SQL statements serve both back ends.
 */
export interface SqlClient extends SqlExecutor {
  /** Runs `work` in one transaction: COMMIT when it resolves, ROLLBACK when it throws (and rethrows). */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** SQLSTATE 23505: a unique index refused the row (both drivers expose `code`). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
