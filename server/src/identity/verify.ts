import { createHmac, timingSafeEqual } from 'node:crypto';
import { errors as joseErrors, jwtVerify } from 'jose';
import { CustomerId, HMAC_IDENTITY_PREFIX, IdentityClaims, identityAudience, type VerifiedIdentity } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';
import { resolveSecret } from '../config/developer-settings.ts';

export type IdentityCheck = { ok: true; identity: VerifiedIdentity } | { ok: false; message: string };

export interface IdentityVerifierOptions {
  /** Clock for JWT expiry, for tests. */
  now?: () => Date;
  env?: NodeJS.ProcessEnv;
}

/** Checks identity tokens for one tenant: `h1:` HMAC tokens and HS256 JWTs signed with the tenant's identity secret. */
export type IdentityVerifier = (token: string) => Promise<IdentityCheck>;

const HMAC_TOKEN = /^h1:(.+):([0-9a-f]{64})$/;
/** JWTs may be a little early or late across clocks. */
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Builds the verifier of a tenant, or undefined when the tenant has not enabled verified identity
 * (then every identity token is refused). Failures say why in words safe to show a developer, never the secret.
 *
 * @example
 * const verify = identityVerifier(tenant);
 * const check = verify && (await verify(hello.identityToken));
 */
export function identityVerifier(tenant: TenantConfig, options: IdentityVerifierOptions = {}): IdentityVerifier | undefined {
  if (!tenant.identity) return undefined;
  const secret = resolveSecret(tenant.identity.secret, options.env);
  const key = new TextEncoder().encode(secret);
  const { allowHmac, maxJwtLifetimeSeconds } = tenant.identity;

  return async (token) => {
    if (token.startsWith(HMAC_IDENTITY_PREFIX)) {
      if (!allowHmac) return { ok: false, message: 'This tenant accepts only JWT identity tokens' };
      const match = HMAC_TOKEN.exec(token);
      const id = match && CustomerId.safeParse(match[1]);
      if (!match || !id?.success) return { ok: false, message: 'Malformed identity token' };
      const expected = Buffer.from(createHmac('sha256', secret).update(id.data).digest('hex'));
      const given = Buffer.from(match[2]!);
      if (!timingSafeEqual(given, expected)) return { ok: false, message: 'The identity token signature does not match' };
      return { ok: true, identity: { customerId: id.data, method: 'hmac' } };
    }
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms: ['HS256'],
        audience: identityAudience(tenant.id),
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        maxTokenAge: maxJwtLifetimeSeconds,
        ...(options.now ? { currentDate: options.now() } : {}),
      });
      if (payload.exp! - payload.iat! > maxJwtLifetimeSeconds) return { ok: false, message: 'The identity token lives longer than this tenant allows' };
      const claims = IdentityClaims.safeParse(payload);
      if (!claims.success) return { ok: false, message: 'The identity token claims are not valid' };
      const { sub, name, email } = claims.data;
      return { ok: true, identity: { customerId: sub, method: 'jwt', ...(name === undefined ? {} : { name }), ...(email === undefined ? {} : { email }) } };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return { ok: false, message: 'The identity token has expired' };
      if (error instanceof joseErrors.JOSEError) return { ok: false, message: 'The identity token is not valid for this tenant' };
      throw error;
    }
  };
}
