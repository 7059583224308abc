import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AgentSessions } from '../agents/sessions.ts';
import { signIn } from '../agents/sign-in.ts';
import type { TenantConfig } from '../config/tenants.ts';
import { serveFolder } from '../http/static-files.ts';

/** The built console (`vite build -c console/vite.config.ts`). */
export const CONSOLE_DIST = fileURLToPath(new URL('../../../console/dist/', import.meta.url));

const MAX_BODY_BYTES = 4096;

/**
 * `/agent`: the console's files, and `POST /agent/api/sign-in`. Returns false for any other path so
 * the caller's routes run.
 */
export function agentRoutes(options: { tenants: ReadonlyMap<string, TenantConfig>; sessions: AgentSessions; consoleDir?: string }) {
  const files = serveFolder(options.consoleDir ?? CONSOLE_DIST, { hint: 'The agent console is not built: run `npm run build`.' });
  return (req: IncomingMessage, res: ServerResponse, notFound: () => void): boolean => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/agent' && !url.pathname.startsWith('/agent/')) return false;
    if (url.pathname === '/agent/api/sign-in') {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' });
        res.end();
        return true;
      }
      void readJson(req).then(
        async (body) => {
          const result = await signIn(options.tenants, options.sessions, body);
          json(res, result.ok ? 200 : result.error.code === 'invalid_payload' ? 400 : 401, result);
        },
        (error: Error) => json(res, 400, { ok: false, error: { code: 'invalid_payload', message: error.message, issues: [] } }),
      );
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return true;
    }
    if (url.pathname === '/agent') {
      res.writeHead(301, { location: '/agent/' });
      res.end();
      return true;
    }
    req.url = (req.url ?? '/').slice('/agent'.length);
    files(req, res, notFound);
    return true;
  };
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`Body over ${MAX_BODY_BYTES} bytes`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new Error('Body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
