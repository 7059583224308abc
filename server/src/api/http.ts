import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as z from 'zod/mini';
import type { ErrorCode, ProtocolError } from '@parley/sdk/protocol';

/** Largest request body the API reads. */
export const MAX_API_BODY_BYTES = 64 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = {
  invalid_payload: 400,
  payload_too_large: 413,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conversation_closed: 409,
  rate_limited: 429,
  storage_unavailable: 503,
};

export class ApiFailure extends Error {
  constructor(readonly error: ProtocolError) {
    super(error.message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(JSON.stringify(body));
}

export function sendError(res: ServerResponse, error: ProtocolError): void {
  sendJson(res, STATUS[error.code] ?? 500, { error });
}

export function sendText(res: ServerResponse, type: 'text/plain' | 'text/html', body: string): void {
  res.writeHead(200, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // Even a browser opening the HTML transcript runs nothing from it.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(body);
}

/** Reads and validates a JSON body; every failure is a typed error. */
export async function readBody<S extends z.ZodMiniType>(req: IncomingMessage, schema: S): Promise<z.infer<S>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_API_BODY_BYTES) throw new ApiFailure({ code: 'payload_too_large', message: 'Request body too large', limit: MAX_API_BODY_BYTES });
    chunks.push(chunk);
  }
  let json: unknown = {};
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.trim() !== '') {
    try {
      json = JSON.parse(raw);
    } catch {
      throw new ApiFailure({ code: 'invalid_payload', message: 'The body is not JSON', issues: [] });
    }
  }
  return parseOr400(schema, json);
}

export function parseOr400<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new ApiFailure({ code: 'invalid_payload', message: 'Invalid request', issues });
  }
  return parsed.data as z.infer<S>;
}
