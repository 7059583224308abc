/**
 * A real, throwaway PostgreSQL server for tests: initdb into a fresh temp dir, start it on
 * 127.0.0.1 at a free port, create a database, and tear it all down on dispose.
 *
 * PostgreSQL refuses to run as root, so when the tests run as root the server runs as the
 * `postgres` user that the Debian `postgresql` package creates.
 */
import { freePort } from './ports.ts';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const POSTGRES_ROOT = '/usr/lib/postgresql';
const SERVER_USER = 'postgres';

/** A running test server. `url` points at a database created for this run. */
export interface TestPostgres extends AsyncDisposable {
  url: string;
  /** Creates another empty database on the same server and returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The newest installed PostgreSQL `bin` directory, or undefined when PostgreSQL is not installed. */
export function findPostgresBin(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  if (!existsSync(POSTGRES_ROOT)) return undefined;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((v) => existsSync(join(POSTGRES_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(POSTGRES_ROOT, versions[0], 'bin');
}

/**
 * Whether tests needing PostgreSQL can run. Missing PostgreSQL is an error in CI (where it is
 * installed on purpose) and a printed skip elsewhere.
 */
export function postgresAvailability(): { available: true } | { available: false; reason: string } {
  if (findPostgresBin()) return { available: true };
  const reason = `PostgreSQL not found under ${POSTGRES_ROOT}/*/bin (install the Debian package "postgresql", or set PG_BIN)`;
  if (process.env.CI) throw new Error(`${reason}; it is required in CI`);
  console.warn(`Skipping PostgreSQL tests: ${reason}`);
  return { available: false, reason };
}

/** Starts a fresh PostgreSQL server. Use with `await using`, or call `stop()`. */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(`PostgreSQL not found under ${POSTGRES_ROOT}/*/bin`);
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), 'parley-pg-'));
  if (asRoot) await chownToServerUser(dir);
  const dataDir = join(dir, 'data');
  const tool = (name: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', SERVER_USER, '--', join(bin, name), ...args]) : run(join(bin, name), args);

  let started = false;
  const stop = async () => {
    if (started) {
      started = false;
      await tool('pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w']).catch(() => {});
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    await tool('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    const port = await freePort();
    // fsync off: the data is thrown away after the run, and it makes the server much faster to use.
    const serverOptions = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir} -c fsync=off -c max_connections=100`;
    // -w waits until the server accepts connections; -t bounds that wait.
    await tool('pg_ctl', ['start', '-D', dataDir, '-l', join(dir, 'server.log'), '-w', '-t', '30', '-o', serverOptions]);
    started = true;
    const base = `postgres://postgres@127.0.0.1:${port}`;
    const createDatabase = async (name: string) => {
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await admin.end();
      }
      return `${base}/${name}`;
    };
    const url = await createDatabase('parley_test');
    return { url, createDatabase, stop, [Symbol.asyncDispose]: stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function chownToServerUser(dir: string): Promise<void> {
  const { stdout } = await run('id', ['-u', SERVER_USER]).catch(() => {
    throw new Error(`user "${SERVER_USER}" is missing; PostgreSQL refuses to run as root (install the Debian package "postgresql")`);
  });
  const { stdout: gid } = await run('id', ['-g', SERVER_USER]);
  await chown(dir, Number(stdout.trim()), Number(gid.trim()));
}

/** Asks the OS for an unused loopback port. */
