import * as z from 'zod/mini';
import { ApiErrorBody, PROTOCOL_VERSION } from '@parley/sdk/protocol';
import type { Route } from './router.ts';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown>; required?: string[] };

const schemaOf = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

/**
 * The OpenAPI 3.1 document of the REST API, generated from the same zod schemas the server validates
 * with, so the document cannot drift from what the server accepts.
 */
export function openApiDocument(routes: readonly Route[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = { description: 'A typed error', content: { 'application/json': { schema: schemaOf(ApiErrorBody, 'output') } } };
  for (const route of routes) {
    const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    const query = route.query ? schemaOf(route.query, 'input') : undefined;
    const queryParams = Object.entries(query?.properties ?? {}).map(([name, schema]) => ({ name, in: 'query', required: query?.required?.includes(name) ?? false, schema }));
    const json = { 'application/json': { schema: schemaOf(route.response, 'output') } };
    const extra = Object.fromEntries((route.alsoProduces ?? []).map((type) => [type, { schema: { type: 'string' } }]));
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      summary: route.summary,
      security: [{ apiKey: [] }],
      'x-scope': route.scope,
      parameters: [...pathParams, ...queryParams],
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.body, 'input') } } } } : {}),
      responses: { [String(route.status ?? 200)]: { description: 'Success', content: { ...json, ...extra } }, '4XX': error, '5XX': error },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley REST API',
      version: `${PROTOCOL_VERSION}`,
      description: 'Conversations, transcripts, messages and data rights for a broker\'s back end. Authenticate with an API key of the needed scope (read < write < admin).',
    },
    servers: [{ url: '/' }],
    components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'A per-tenant API key' } } },
    paths,
  };
}
