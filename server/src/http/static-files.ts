import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Where the built widget and the demo broker page live in this repository. */
export const WIDGET_DIST = new URL('../../../widget/dist/', import.meta.url).pathname;
export const DEMO_SITE = new URL('../../../examples/broker-page/', import.meta.url).pathname;

/**
 * Serves a folder with sirv (ETags, ranges, pre-compressed files), or answers 503 with a hint when the
 * folder is missing (for example the widget was not built yet).
 */
export function serveFolder(dir: string, options: { immutable?: boolean; hint: string }): Handler {
  if (!existsSync(dir)) {
    return (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(options.hint);
    };
  }
  return sirv(dir, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    // Hashed chunk names can be cached forever; the loader and pages must stay fresh.
    setHeaders(res, pathname) {
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', options.immutable && pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('access-control-allow-origin', '*');
    },
  });
}
