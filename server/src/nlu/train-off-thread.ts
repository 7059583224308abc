import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IntentExample } from './intent/index.ts';

const WORKER = new URL('./train-worker.ts', import.meta.url).href;
// tsx's ESM entry (require.resolve finds its CommonJS twin beside it).
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');

// The worker runs our TypeScript sources, so it registers the same loader the server runs with.
const BOOTSTRAP = `import(${JSON.stringify(TSX)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); })`;

/**
 * Trains an intent model in a worker thread so the server keeps answering other conversations
 * meanwhile. Resolves with the model's JSON form.
 */
export function trainOffThread(examples: readonly IntentExample[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: examples });
    worker.once('message', (json: string) => resolve(json));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`intent training worker exited with ${code}`)));
  });
}
