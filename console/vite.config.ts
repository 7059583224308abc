import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The agent console: a small Preact app the server serves at `/agent/` (see server/src/console/http.ts). */
export default defineConfig({
  root: here('.'),
  // Relative, so the built files work under `/agent/` wherever the server is mounted.
  base: './',
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  build: { outDir: here('./dist'), emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
});
