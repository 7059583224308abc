import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress, widgetDist } from './build.config.ts';

/**
 * Second build: the loader as one dependency-free IIFE, `dist/parley.js`. It runs after the ES build
 * because it embeds the launcher's hashed file name, read from that build's manifest.
 */
const manifest = JSON.parse(readFileSync(join(widgetDist, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; name?: string }>;
// The ES build's entries are the launcher and one chunk per locale.
const launcher = Object.values(manifest).find((chunk) => chunk.name === 'launcher')?.file;
if (!launcher) throw new Error('widget build: run the ES build (vite build) before the loader build');

export default defineConfig({
  publicDir: false,
  plugins: [precompress()],
  define: { __PARLEY_LAUNCHER__: JSON.stringify(launcher) },
  build: {
    outDir: widgetDist,
    emptyOutDir: false,
    target: 'es2020',
    reportCompressedSize: false,
    lib: { entry: fileURLToPath(new URL('./src/loader/index.ts', import.meta.url)), formats: ['iife'], name: 'ParleyLoader', fileName: () => 'parley.js' },
  },
});
