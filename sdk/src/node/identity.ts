/// <reference types="node" />
import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import { CustomerId, HMAC_IDENTITY_PREFIX, identityAudience } from '../protocol/identity.ts';

/**
 * Signs the long-lived kind of identity token: `h1:<customerId>:<hex HMAC-SHA256(secret, customerId)>`.
 * Call it on your back end for a logged-in customer and hand the result to the widget or SDK as
 * `identityToken`; never ship the secret to a browser.
 *
 * @example
 * import { signIdentityHmac } from '@parley/sdk/node';
 * const identityToken = signIdentityHmac(process.env.PARLEY_IDENTITY_SECRET!, session.customerId);
 */
export function signIdentityHmac(secret: string, customerId: string): string {
  const id = CustomerId.parse(customerId);
  return `${HMAC_IDENTITY_PREFIX}${id}:${identityHmac(secret, id)}`;
}

/**
 * The bare hex HMAC-SHA256 of a customer id (what `signIdentityHmac` appends), for back ends in other languages to compare with.
 * @example identityHmac(secret, 'C-1042') // '5d41…' (64 hex characters)
 */
export function identityHmac(secret: string, customerId: string): string {
  return createHmac('sha256', secret).update(customerId).digest('hex');
}

export interface IdentityJwtOptions {
  tenant: string;
  customerId: string;
  name?: string;
  email?: string;
  /** Lifetime in seconds (default 300). Keep it short: the token only has to survive until `session:hello`. */
  expiresInSeconds?: number;
  /** Clock, for tests. */
  now?: () => Date;
}

/**
 * Signs the short-lived kind of identity token: an HS256 JWT with `sub`, `aud = parley:<tenant>`, `iat` and `exp`.
 *
 * @example
 * import { signIdentityJwt } from '@parley/sdk/node';
 * const identityToken = await signIdentityJwt(process.env.PARLEY_IDENTITY_SECRET!, {
 *   tenant: 'acme', customerId: 'C-1042', name: 'Ada Lovelace',
 * });
 */
export async function signIdentityJwt(secret: string, options: IdentityJwtOptions): Promise<string> {
  const issuedAt = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
  const claims: Record<string, string> = {};
  if (options.name !== undefined) claims.name = options.name;
  if (options.email !== undefined) claims.email = options.email;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(CustomerId.parse(options.customerId))
    .setAudience(identityAudience(options.tenant))
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.expiresInSeconds ?? 300))
    .sign(new TextEncoder().encode(secret));
}
