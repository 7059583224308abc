import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TenantDisplay } from '@parley/sdk/protocol';
import { DEMO_SITE, serveFolder, WIDGET_DIST } from './static-files.ts';
import { sendTenantDisplay, TENANT_DISPLAY_PATH } from './tenant-display.ts';

export interface HttpOptions {
  widgetDir?: string;
  siteDir?: string;
  /** Reports whether the server can do its job (storage reachable). */
  health: () => Promise<{ ok: boolean; detail?: string }>;
  /** Extra routes tried first (the agent console under `/agent`); true when they answered. */
  before?: (req: IncomingMessage, res: ServerResponse, notFound: () => void) => boolean;
  /** The REST API, answering everything under `/api/` (its own methods, auth and errors). */
  api?: (req: IncomingMessage, res: ServerResponse) => void;
  /** A tenant's public display defaults (undefined: unknown tenant), served at `/widget/tenants/<id>.json`. */
  tenantDisplay?: (tenantId: string) => TenantDisplay | undefined;
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
    if (options.tenantDisplay && url.pathname.startsWith('/widget/tenants/')) {
      const id = TENANT_DISPLAY_PATH.exec(url.pathname)?.[1];
      return sendTenantDisplay(res, id === undefined ? undefined : options.tenantDisplay(id));
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
