import preact from '@preact/preset-vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, UserConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Writes `.br` and `.gz` beside every emitted script, at maximum compression, so the server's static
 * handler (sirv) sends them as they are instead of compressing on each request.
 */
export function precompress(): Plugin {
  return {
    name: 'parley:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle).filter((name) => name.endsWith('.js'))) {
        const path = join(options.dir ?? widgetDist, file);
        const bytes = readFileSync(path);
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

/**
 * engine.io-client's default transport table, as the widget uses it: WebSocket, and long-polling
 * over `fetch()` (the library's own `Fetch` transport) instead of XMLHttpRequest. WebTransport is
 * left out: our server never offers it as an upgrade, so its code would never run. socket.io-client
 * builds its engine with this default table, so only a build-time swap drops the unused code
 * (≈1.5 KB gzip with the XHR module below). `build.config.test.ts` fails when an upgrade of
 * engine.io-client changes the table or the files this relies on.
 */
export function engineTransports(): Plugin {
  const esm = /engine\.io-client\/build\/esm\//;
  return {
    name: 'parley:engine-transports',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: esm },
      handler(code, id) {
        if (id.endsWith('/transports/index.js')) {
          return 'import { Fetch } from "./polling-fetch.js";\nimport { WS } from "./websocket.js";\nexport const transports = { websocket: WS, polling: Fetch };\n';
        }
        // The package index still re-exports the XHR poller, whose module adds a page `unload`
        // listener and probes XHR on import: work for the XHR transport only, so it goes with it.
        if (/\/(transports\/polling-xhr|contrib\/has-cors)\.js$/.test(id)) return { code, moduleSideEffects: false };
        return undefined;
      },
    },
  };
}

/**
 * socket.io-client's packet parser, swapped for the widget's JSON-only one (the same text on the
 * wire; see `src/connection/socket-parser.ts`, ≈1 KB gzip less): socket.io-client imports the
 * default parser itself, so its `parser` option alone would still ship the binary-attachment code.
 */
export function jsonSocketParser(): Plugin {
  const parser = here('./src/connection/socket-parser.ts');
  return {
    name: 'parley:json-socket-parser',
    apply: 'build',
    enforce: 'pre',
    resolveId: {
      filter: { id: /^socket\.io-parser$/ },
      handler: () => parser,
    },
  };
}

/**
 * `virtual:parley/locales`: the shipped locale codes and how to import one locale's strings (see
 * `src/i18n/locales.ts`). In the build every locale is its own chunk at
 * `assets/locales-<hash>/<code>.js`, one hash for the whole set, so the launcher carries a list of
 * codes and one URL pattern instead of a table of 33 hashed file names (≈0.5 KB gzip less). The hash
 * is taken over the locale files' contents, which are all a locale chunk holds. Under vitest the
 * module imports the JSON files directly.
 */
export function localeFiles(): Plugin {
  const dir = here('./src/i18n/locales');
  const files = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
  const codes = files.map((file) => file.slice(0, -'.json'.length));
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(dir, file)));
  const folder = `locales-${hash.digest('base64url').slice(0, 8)}`;
  const id = '\0parley-locales';
  let build = false;
  return {
    name: 'parley:locale-files',
    configResolved(config) {
      build = config.command === 'build';
    },
    buildStart() {
      if (!build) return;
      for (const code of codes) this.emitFile({ type: 'chunk', id: join(dir, `${code}.json`), fileName: `assets/${folder}/${code}.js` });
    },
    resolveId: {
      filter: { id: /^virtual:parley\/locales$/ },
      handler: () => id,
    },
    load: {
      filter: { id: /^\0parley-locales$/ },
      handler() {
        const list = `export const codes = ${JSON.stringify(codes.join(' '))}.split(' ');\n`;
        if (build) return `${list}export const importLocale = (code) => import(/* @vite-ignore */ \`./${folder}/\${code}.js\`);\n`;
        const table = codes.map((code) => `${JSON.stringify(code)}: () => import(${JSON.stringify(join(dir, `${code}.json`))})`);
        return `${list}const files = {${table.join(', ')}};\nexport const importLocale = (code) => files[code]();\n`;
      },
    },
  };
}

/** Where both builds write; the server serves this folder at `/widget/`. */
export const widgetDist = here('./dist');

/**
 * The widget's ES build: the launcher entry plus its lazy chunks (panel, one per locale), all hashed
 * under `assets/` so they can be cached forever. Only the loader (`parley.js`, built by
 * `widget/loader.config.ts` afterwards) has a stable name; it reads the launcher's file from the manifest.
 */
export const widgetBuild: UserConfig = {
  // Relative base: chunks import each other relative to their own URL, wherever the widget is hosted.
  base: './',
  plugins: [engineTransports(), jsonSocketParser(), localeFiles(), preact({ prefreshEnabled: false, devToolsEnabled: false }), precompress()],
  // Locale files become `export default {…}`: one small chunk each, no named-export copies. An object
  // literal gzips smaller than a `JSON.parse("…")` string, whose quotes are all escaped.
  json: { stringify: false, namedExports: false },
  build: {
    outDir: widgetDist,
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    // terser (two passes) on each chunk, then rolldown's minifier over its output (below): ≈0.3 KB
    // gzip smaller than either alone.
    minify: 'terser',
    terserOptions: { ecma: 2020, compress: { passes: 2 }, format: { comments: false } },
    reportCompressedSize: false,
    // Library mode (ES, code-split): unlike app mode it adds no module-preload helper, which would
    // cost the launcher ~1 KB and put <link> tags in the host page.
    lib: { entry: { launcher: here('./src/launcher/index.ts') }, formats: ['es'] },
    rolldownOptions: {
      // terser takes most of the build's few seconds; no need to be told on every build.
      checks: { bundlerTimings: false },
      output: {
        minify: true,
        // Pure annotations only help a later bundler; nobody bundles this output again.
        comments: { legal: true, annotation: false, jsdoc: false },
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
};
