import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEMO_SITE, serveFolder, WIDGET_DIST } from './static-files.ts';

export interface HttpOptions {
  widgetDir?: string;
  siteDir?: string;
  /** Reports whether the server can do its job (storage reachable). */
  health: () => Promise<{ ok: boolean; detail?: string }>;
  /** Extra routes tried first (the agent console under `/agent`); true when they answered. */
  before?: (req: IncomingMessage, res: ServerResponse, notFound: () => void) => boolean;
  /** The REST API, answering everything under `/api/` (its own methods, auth and errors). */
  api?: (req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * Plain HTTP: `/healthz`, the widget bundle under `/widget/`, and the demo broker page at `/`.
 * socket.io answers its own path before this runs.
 */
export function httpRoutes(options: HttpOptions) {
  const widget = serveFolder(options.widgetDir ?? WIDGET_DIST, { immutable: true, hint: 'The widget is not built: run `npm run build`.' });
  const site = serveFolder(options.siteDir ?? DEMO_SITE, { hint: 'The demo site is missing.' });
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    };
    if (options.before?.(req, res, notFound)) return;
    if (options.api && (url.pathname === '/api' || url.pathname.startsWith('/api/'))) return options.api(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    if (url.pathname === '/healthz') {
      void options.health().then(
        (h) => json(res, h.ok ? 200 : 503, h),
        (err: unknown) => json(res, 503, { ok: false, detail: String(err) }),
      );
      return;
    }
    if (url.pathname.startsWith('/widget/')) {
      req.url = req.url!.slice('/widget'.length);
      return widget(req, res, notFound);
    }
    site(req, res, notFound);
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
