import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const CLI = new URL('../../server/src/cli.ts', import.meta.url).pathname;

export interface TestServer extends AsyncDisposable {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the process: SIGTERM (graceful) by default, SIGKILL to simulate a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Stops it and starts it again on the same port and data directory. */
  restart(signal?: NodeJS.Signals): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  configPath?: string;
  env?: Record<string, string>;
}

/**
 * Starts the real server (`parley start`) as a child process on a free port and resolves once it
 * listens. Its data directory is a fresh temporary one unless given; it is removed on dispose.
 */
export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'parley-test-'));
  let child: ChildProcess | undefined;
  let port = 0;

  const launch = async () => {
    const args = ['--import', 'tsx', CLI, 'start', '--port', String(port), '--data', dataDir];
    if (options.configPath) args.push('--config', options.configPath);
    child = spawn(process.execPath, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    port = await listeningPort(child);
  };

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(signal);
    await exited;
  };

  await launch();
  const server: TestServer = {
    dataDir,
    get port() {
      return port;
    },
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    stop,
    async restart(signal) {
      await stop(signal);
      await launch();
    },
    async [Symbol.asyncDispose]() {
      await stop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

/** Reads the server's JSON log until it says where it listens; fails with its output if it exits first. */
function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    const lines = createInterface({ input: child.stdout! });
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    lines.on('line', (line) => {
      output.push(line);
      try {
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        if (entry.msg === 'listening' && entry.port) resolve(entry.port);
      } catch {
        // not a log line
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${output.join('\n')}`)));
  });
}

/** Writes a tenants file (as `parley start --config` reads it) into a fresh temp directory; returns its path. */
export function writeTenantsFile(tenants: unknown[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'parley-tenants-')), 'tenants.json');
  writeFileSync(file, JSON.stringify({ tenants }));
  return file;
}
