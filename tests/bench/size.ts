// Widget bytes against their budgets, from the build in widget/dist (npm run bench:size builds first).
// Prints min / gzip / brotli per artifact and per page-view scenario; exits 1 when a budget is exceeded.
//   node --import tsx tests/bench/size.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../../widget/dist/', import.meta.url).pathname;
const KB = 1024;

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
interface Size {
  min: number;
  gzip: number;
  brotli: number;
}

const manifestPath = join(dist, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error('widget/dist is not built: run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;

function measure(file: string): Size {
  const bytes = readFileSync(join(dist, file));
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const sum = (sizes: Size[]): Size =>
  sizes.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { min: 0, gzip: 0, brotli: 0 });

const chunks = Object.entries(manifest).map(([key, chunk]) => ({ key, ...chunk }));
const byKey = new Map(chunks.map((c) => [c.key, c]));
const isLocale = (c: Chunk) => /\/locales\/[^/]+\.json$/.test(c.src ?? '');
// Every locale chunk is an entry of the build too (see `localeFiles` in widget/build.config.ts).
const entry = chunks.find((c) => c.isEntry && !isLocale(c));
if (!entry) throw new Error('no launcher chunk in the manifest');

/** Files loaded statically from a chunk (itself included). */
function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of byKey.get(key)?.imports ?? []) staticClosure(dep, seen);
  return seen;
}

const loader = measure('parley.js');
const locales = chunks.filter(isLocale).map((c) => ({ name: c.key.replace(/.*\/(.+)\.json$/, '$1'), ...measure(c.file) }));
const largestLocale = locales.reduce((a, b) => (b.gzip > a.gzip ? b : a));
const initialFiles = [...staticClosure(entry.key)].map((k) => byKey.get(k)!.file);
const codeFiles = chunks.filter((c) => !isLocale(c)).map((c) => c.file);

const rows: [string, Size][] = [
  ['parley.js (loader)', loader],
  ...chunks.filter((c) => !isLocale(c)).map((c): [string, Size] => [c.file, measure(c.file)]),
  ...locales.map((l): [string, Size] => [`locale ${l.name}`, l]),
];
const scenarios: { name: string; size: Size; budget: number }[] = [
  { name: 'loader', size: loader, budget: 0.5 * KB },
  { name: 'loader + launcher (every page view)', size: sum([loader, ...initialFiles.map(measure)]), budget: 8 * KB },
  {
    name: `whole widget, one locale (largest: ${largestLocale.name})`,
    size: sum([loader, ...codeFiles.map(measure), largestLocale]),
    budget: 45 * KB,
  },
];

const kb = (n: number) => `${(n / KB).toFixed(2)} KB`.padStart(10);
console.log(`${'artifact'.padEnd(44)}${'min'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
for (const [name, s] of rows) console.log(`${name.padEnd(44)}${kb(s.min)}${kb(s.gzip)}${kb(s.brotli)}`);
console.log(`\n${'scenario'.padEnd(44)}${'min'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}${'budget (gzip)'.padStart(16)}`);
let failed = false;
for (const { name, size, budget } of scenarios) {
  const over = size.gzip > budget;
  failed ||= over;
  console.log(`${name.padEnd(44)}${kb(size.min)}${kb(size.gzip)}${kb(size.brotli)}${kb(budget).padStart(12)}  ${over ? 'OVER' : 'ok'}`);
}

// The widget parses nothing with zod (errors go through a type guard), so no schema may reach the bundle:
// a runtime import from a protocol file that builds schemas drags zod in (≈4 KB gzip for zod/mini).
// Classic zod registers names like `ZodObject`, zod/mini `ZodMini…`; both keep them through minification.
const all = codeFiles.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
const zod = /[`'"](ZodObject|ZodString|ZodError|ZodMini\w*)[`'"]/.exec(all);
if (zod) {
  console.log(`\nzod found in the widget bundle (${zod[1]}): import constants from protocol files without schemas, e.g. limits.ts`);
  failed = true;
}
process.exit(failed ? 1 : 0);
