// Serves the custom chat page: node --import tsx examples/sdk-browser/serve.ts  (then open the printed URL)
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

/** Starts Vite on this folder (it bundles chat.ts and @parley/sdk for the browser). */
export async function serveChatPage(port = Number(process.env.PORT ?? 5173)): Promise<{ url: string; server: ViteDevServer }> {
  const server = await createServer({ root: fileURLToPath(new URL('.', import.meta.url)), configFile: false, logLevel: 'warn', server: { port, host: '127.0.0.1', strictPort: false } });
  await server.listen();
  const address = server.httpServer!.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  return { url, server };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await serveChatPage();
  console.log(`Custom chat: ${url}?parley=http://localhost:3000&tenant=demo  (start Parley with \`npm start\`)`);
}
