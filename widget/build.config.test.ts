// Pins what the widget build's plugins assume about socket.io-client and engine.io-client, so an
// upgrade of either that changes those files fails here rather than in a customer's browser.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { engineTransports, localeFiles } from './build.config.ts';
import * as socketParser from './src/connection/socket-parser.ts';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const engineEsm = join(packageDir('engine.io-client'), 'build/esm');
const socketIoEsm = join(packageDir('socket.io-client'), 'build/esm');
const read = (path: string) => readFileSync(path, 'utf8');
const load = (path: string) => import(pathToFileURL(path).href) as Promise<Record<string, { prototype: { name: string } }>>;

/** Calls a plugin hook given as a function or as `{ handler }`. */
function hook(value: unknown): (...args: unknown[]) => unknown {
  const fn = typeof value === 'function' ? value : (value as { handler: unknown }).handler;
  return fn as (...args: unknown[]) => unknown;
}

describe('engine.io-client transports in the widget build', () => {
  const transform = hook(engineTransports().transform);

  it('replaces a table of exactly WebSocket, WebTransport and XHR polling', async () => {
    const { transports } = (await load(join(engineEsm, 'transports/index.js'))) as unknown as { transports: Record<string, unknown> };
    expect(Object.keys(transports)).toEqual(['websocket', 'webtransport', 'polling']);
  });

  it('with the library’s own WebSocket and fetch() transports, under the names engine.io uses', async () => {
    const code = transform('', join(engineEsm, 'transports/index.js')) as string;
    expect(code).toContain('export const transports = { websocket: WS, polling: Fetch }');
    const { Fetch } = await load(join(engineEsm, 'transports/polling-fetch.js'));
    const { WS } = await load(join(engineEsm, 'transports/websocket.js'));
    expect([Fetch?.prototype.name, WS?.prototype.name]).toEqual(['polling', 'websocket']);
  });

  it('drops the XHR modules, which only the XHR transport and the package index import', () => {
    const importers = (target: string) =>
      readdirSync(engineEsm, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.js') && new RegExp(`from "[./]+([\\w-]+/)?${target.replaceAll('.', '\\.')}"`).test(read(join(engineEsm, file))))
        .sort();
    expect(importers('polling-xhr.js')).toEqual(['index.js', 'transports/polling-xhr.node.js']);
    expect(importers('polling-xhr.node.js')).toEqual(['index.js', 'transports/index.js']);
    expect(importers('has-cors.js')).toEqual(['transports/polling-xhr.js']);
    for (const file of ['transports/polling-xhr.js', 'contrib/has-cors.js']) {
      expect(transform('code', join(engineEsm, file)), file).toEqual({ code: 'code', moduleSideEffects: false });
    }
  });
});

describe('socket.io-parser in the widget build', () => {
  it('offers every name socket.io-client imports from it', () => {
    const imported = new Set<string>();
    for (const file of readdirSync(socketIoEsm).filter((f) => f.endsWith('.js'))) {
      const source = read(join(socketIoEsm, file));
      for (const [, names] of source.matchAll(/(?:import|export) \{([^}]*)\} from "socket\.io-parser"/g)) {
        for (const name of names!.split(',')) imported.add(name.trim());
      }
      // manager.js takes the whole module (`import * as parser`) and builds `new parser.Encoder()` / `Decoder()`.
      if (/import \* as (\w+) from "socket\.io-parser"/.test(source)) ['Encoder', 'Decoder'].forEach((name) => imported.add(name));
    }
    expect([...imported].sort()).toEqual(['Decoder', 'Encoder', 'PacketType', 'protocol']);
    for (const name of imported) expect(socketParser, name).toHaveProperty(name);
  });
});

describe('locale files in the widget build', () => {
  it('puts every locale in one folder, one chunk per file, and imports from there', () => {
    const plugin = localeFiles();
    hook(plugin.configResolved)({ command: 'build' });
    const emitted: { fileName: string; id: string }[] = [];
    hook(plugin.buildStart).call({ emitFile: (file: { fileName: string; id: string }) => emitted.push(file) });
    const locales = readdirSync(join(import.meta.dirname, 'src/i18n/locales')).filter((f) => f.endsWith('.json'));
    expect(emitted.map((file) => file.id.split('/').pop()).sort()).toEqual(locales.sort());
    const folders = new Set(emitted.map((file) => /^assets\/(locales-[\w-]{8})\/[\w-]+\.js$/.exec(file.fileName)?.[1]));
    expect(folders.size).toBe(1);
    const source = hook(plugin.load)('\0parley-locales') as string;
    expect(source).toContain(`import(/* @vite-ignore */ \`./${[...folders][0]}/\${code}.js\`)`);
  });
});
