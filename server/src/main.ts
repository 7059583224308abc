import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { pino, type Logger } from 'pino';
import { createApp, type ParleyApp } from './app.ts';
import { loadTenants } from './config/tenants.ts';
import { toReplyLanguage } from './nlu/language/index.ts';
import { createOfflineUnderstanding } from './nlu/offline.ts';
import { loadReplyBook } from './replies/reply-book.ts';
import { createStore } from './store/index.ts';

export interface StartOptions {
  port: number;
  host: string;
  /** Embedded database, generated secret and caches live here. */
  dataDir: string;
  /** Tenants file (JSON); the demo tenant when omitted. */
  configPath?: string;
  /** PostgreSQL instead of the embedded database. */
  databaseUrl?: string;
  /** Redis for the socket.io adapter, so several processes share rooms. */
  redisUrl?: string;
  /** Visitor-token secret; generated into the data directory when omitted in embedded mode. */
  secret?: string;
  log?: Logger;
}

/**
 * The only place that chooses implementations: PGlite or PostgreSQL, in-memory or Redis adapter.
 * Resolves once the server is listening.
 */
export async function startParley(options: StartOptions): Promise<ParleyApp & { port: number; log: Logger }> {
  const log = options.log ?? pino({ name: 'parley' });
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const secret = options.secret ?? loadOrCreateSecret(dataDir, Boolean(options.databaseUrl));
  const tenants = await loadTenants(options.configPath);
  const store = await createStore(options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: join(dataDir, 'db') });
  const understanding = createOfflineUnderstanding({ log });
  understanding.warm?.([...new Set(tenants.map((t) => t.defaultLocale))]);
  const adapter = options.redisUrl ? await redisAdapter(options.redisUrl) : undefined;
  const app = createApp({
    store,
    tenants,
    understanding,
    replies: loadReplyBook(),
    log,
    secret,
    ...(adapter ? { adapter } : {}),
    negotiateLocale: (requested, enabled, fallback) => {
      const lang = toReplyLanguage(requested);
      return lang && enabled.includes(lang) ? lang : fallback;
    },
  });
  const port = await app.listen(options.port, options.host);
  // Erasure requests whose retention ended are carried out daily (and once at start).
  const retention = () => void app.developer.runRetention().catch((err: unknown) => log.error({ err }, 'retention job failed'));
  retention();
  setInterval(retention, 24 * 3600 * 1000).unref();
  log.info({ port, url: `http://${options.host === '127.0.0.1' ? 'localhost' : options.host}:${port}/`, tenants: tenants.map((t) => t.id) }, 'listening');
  return { ...app, port, log };
}

/** Several processes must share one secret, so with PostgreSQL it has to be given. */
function loadOrCreateSecret(dataDir: string, shared: boolean): string {
  if (process.env.PARLEY_SECRET) return process.env.PARLEY_SECRET;
  if (shared) throw new Error('Set PARLEY_SECRET (the same value in every process) when using DATABASE_URL');
  const file = join(dataDir, 'secret.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function redisAdapter(url: string) {
  const [{ createAdapter }, { createClient }] = await Promise.all([import('@socket.io/redis-adapter'), import('redis')]);
  const pub = createClient({ url });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  return createAdapter(pub, sub);
}
