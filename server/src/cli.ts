import { parseArgs } from 'node:util';
import { startParley } from './main.ts';

const USAGE = `Usage:
  parley start [--port 3000] [--host 127.0.0.1] [--data ./.data] [--config tenants.json]
  parley nlu train|eval …   (see docs/nlu.md)

Environment: DATABASE_URL (PostgreSQL instead of the embedded database), REDIS_URL (share rooms across
processes), PARLEY_SECRET (visitor-token secret; required with DATABASE_URL), LOG_LEVEL.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'start') {
    const { values } = parseArgs({
      args: rest,
      options: { port: { type: 'string', default: process.env.PORT ?? '3000' }, host: { type: 'string', default: '127.0.0.1' }, data: { type: 'string', default: '.data' }, config: { type: 'string' } },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${values.port}`);
    const app = await startParley({
      port,
      host: values.host,
      dataDir: values.data,
      ...(values.config ? { configPath: values.config } : {}),
      ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
      ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
    });
    const stop = () => void app.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  }
  if (command === 'nlu') {
    const { runNluCli } = await import('./nlu/cli.ts');
    return runNluCli(rest);
  }
  console.log(USAGE);
  return command === undefined || command === '--help' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
