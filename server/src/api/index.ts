import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TenantConfig } from '../config/tenants.ts';
import { apiKeyAuthenticator } from './auth.ts';
import { sendJson } from './http.ts';
import { openApiDocument } from './openapi.ts';
import { createRouter } from './router.ts';
import { apiRoutes, type ApiDeps } from './routes.ts';

export type { ApiDeps } from './routes.ts';

/**
 * The REST API under `/api/`: `GET /api/openapi.json` is public, everything else needs an API key.
 *
 * @example
 * const api = createApi({ store, emitter, now: () => new Date(), tenants, log: (err) => log.error({ err }) });
 * http.createServer((req, res) => (req.url?.startsWith('/api/') ? api(req, res) : next(req, res)));
 */
export function createApi(deps: ApiDeps & { tenants: readonly TenantConfig[]; log: (err: unknown) => void }) {
  const routes = apiRoutes(deps);
  const document = JSON.stringify(openApiDocument(routes));
  const router = createRouter(routes, apiKeyAuthenticator(deps.tenants), deps.log);
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.url === '/api/openapi.json' && (req.method === 'GET' || req.method === 'HEAD')) {
      return sendJson(res, 200, JSON.parse(document));
    }
    void router(req, res);
  };
}
