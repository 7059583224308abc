import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
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
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false }), precompress()],
  // Locale files become `export default JSON.parse("…")`: one small chunk each, no named-export copies.
  json: { stringify: true },
  build: {
    outDir: widgetDist,
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    minify: true,
    reportCompressedSize: false,
    // Library mode (ES, code-split): unlike app mode it adds no module-preload helper, which would
    // cost the launcher ~1 KB and put <link> tags in the host page.
    lib: { entry: { launcher: here('./src/launcher/index.ts') }, formats: ['es'] },
    rolldownOptions: {
      output: {
        // Vite keeps whitespace in ES library builds; we ship to browsers, so minify fully.
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
