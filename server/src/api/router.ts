import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as z from 'zod/mini';
import type { ApiScope, ProtocolError } from '@parley/sdk/protocol';
import type { ApiCaller } from './auth.ts';
import { ApiFailure, sendError, sendJson } from './http.ts';

export interface RouteContext {
  caller: ApiCaller;
  params: Record<string, string>;
  query: Record<string, string>;
  req: IncomingMessage;
  res: ServerResponse;
}

/**
 * One API operation: described for OpenAPI and run by the router. A handler returns the JSON body
 * (sent with `status`, default 200) or `undefined` when it answered itself (text and HTML transcripts).
 */
export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  /** OpenAPI style, e.g. `/api/conversations/{id}`. */
  path: string;
  scope: ApiScope;
  summary: string;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** Other representations of the response, for the OpenAPI document. */
  alsoProduces?: string[];
  status?: number;
  handler(ctx: RouteContext): Promise<unknown>;
}

/** Compiles `{name}` segments to a regex with named groups. */
function matcher(path: string): RegExp {
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, '(?<$1>[^/]+)');
  return new RegExp(`^${source}$`);
}

/**
 * A small router over node:http: match, authenticate, check scope, run, and turn any failure into a
 * typed error. Nothing else: no middleware chain to reason about.
 */
export function createRouter(routes: readonly Route[], authenticate: (authorization: string | undefined) => ApiCaller | ProtocolError, log: (err: unknown) => void) {
  const compiled = routes.map((route) => ({ route, regex: matcher(route.path) }));
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      const matches = compiled.map((c) => ({ ...c, match: c.regex.exec(url.pathname) })).filter((c) => c.match);
      if (matches.length === 0) throw new ApiFailure({ code: 'not_found', message: `No API route ${url.pathname}` });
      const hit = matches.find((c) => c.route.method === req.method);
      if (!hit) {
        res.writeHead(405, { allow: matches.map((c) => c.route.method).join(', ') });
        return void res.end();
      }
      const caller = authenticate(req.headers.authorization);
      if ('code' in caller) throw new ApiFailure(caller);
      if (!caller.scopes.has(hit.route.scope)) {
        throw new ApiFailure({ code: 'forbidden', message: `This API key lacks the "${hit.route.scope}" scope`, scope: hit.route.scope });
      }
      const params = Object.fromEntries(Object.entries(hit.match!.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
      const body = await hit.route.handler({ caller, params, query: Object.fromEntries(url.searchParams), req, res });
      if (body !== undefined) sendJson(res, hit.route.status ?? 200, body);
    } catch (error) {
      if (error instanceof ApiFailure) return sendError(res, error.error);
      if (error instanceof URIError) return sendError(res, { code: 'invalid_payload', message: 'Malformed URL', issues: [] });
      log(error);
      sendError(res, { code: 'internal', message: 'Internal error' });
    }
  };
}
