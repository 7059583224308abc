import * as z from 'zod';
import { ApiScope, WebhookEventType } from '@parley/sdk/protocol';

/** A secret given inline or, better, read from an environment variable at start. */
const Secret = z.union([
  z.string().min(32, 'at least 32 characters'),
  z.object({ env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/) }),
]);
export type Secret = z.infer<typeof Secret>;

/**
 * What a broker's developers configure per tenant: verified identity, REST API keys, webhooks and the
 * retention policy that decides how erasure requests are honoured. Spread into `TenantConfig`.
 */
export const DeveloperSettings = {
  /** Verified identity: tokens signed by the broker's back end (see `@parley/sdk/node`). */
  identity: z
    .object({
      secret: Secret,
      /** Accept the long-lived `h1:` HMAC tokens as well as short-lived JWTs. */
      allowHmac: z.boolean().default(true),
      /** Longest JWT lifetime accepted (exp − iat), in seconds. */
      maxJwtLifetimeSeconds: z.number().int().min(30).max(86_400).default(3600),
    })
    .optional(),
  /** REST API keys, stored as the hex SHA-256 of the key (keys are high-entropy, so no slow hash is needed). */
  apiKeys: z
    .array(
      z.object({
        id: z.string().min(1).max(60),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        scopes: z.array(ApiScope).min(1),
      }),
    )
    .default([]),
  /** Outbound webhooks, signed with their own secret. */
  webhooks: z
    .array(
      z.object({
        url: z.url({ protocol: /^https?$/ }),
        secret: Secret,
        /** Event types to send; all when omitted. */
        events: z.array(WebhookEventType).optional(),
      }),
    )
    .default([]),
  /**
   * How long communications must be kept (e.g. 3 years for SEC 17a-4, 6 for FINRA 4511, 5–7 for MiFID II).
   * 0: nothing has to be kept, so an erasure request erases at once.
   */
  retention: z.object({ years: z.number().min(0).max(25).default(0), basis: z.string().max(120).optional() }).prefault({}),
};

/** Resolves an inline or environment secret; throws naming the variable when it is unset. */
export function resolveSecret(secret: Secret, env: NodeJS.ProcessEnv = process.env): string {
  if (typeof secret === 'string') return secret;
  const value = env[secret.env];
  if (!value || value.length < 32) throw new Error(`Environment variable ${secret.env} must hold a secret of at least 32 characters`);
  return value;
}
