import * as z from 'zod/mini';

/**
 * Verified identity: the broker's back end vouches for a logged-in customer with a token signed by the
 * tenant's identity secret, and the widget or SDK passes it as `identityToken` in `session:hello`.
 *
 * Two kinds, both checked by the server:
 * - `h1:<customerId>:<hex HMAC-SHA256(secret, customerId)>`: simple and long-lived, like a password hash of the id.
 * - a JWT (HS256) with `sub` = customer id, `aud` = `parley:<tenant>` and a short `exp`; it can carry a display name.
 */
export const CustomerId = z.string().check(z.regex(/^[A-Za-z0-9_@.+:-]{1,128}$/));
export type CustomerId = z.infer<typeof CustomerId>;

/** Prefix of the HMAC kind of identity token. */
export const HMAC_IDENTITY_PREFIX = 'h1:';

/** The `aud` claim a JWT identity token must carry for one tenant, so a token for one tenant never opens another. */
export function identityAudience(tenant: string): string {
  return `parley:${tenant}`;
}

/** What the server knows about a customer once their token verified. */
export const VerifiedIdentity = z.object({
  customerId: CustomerId,
  name: z.optional(z.string().check(z.maxLength(120))),
  email: z.optional(z.string().check(z.maxLength(254))),
  /** Which kind of token proved it. */
  method: z.enum(['hmac', 'jwt']),
});
export type VerifiedIdentity = z.infer<typeof VerifiedIdentity>;

/** Claims of a JWT identity token, beyond the registered ones (`sub`, `aud`, `exp`, `iat`). */
export const IdentityClaims = z.object({
  sub: CustomerId,
  name: z.optional(z.string().check(z.maxLength(120))),
  email: z.optional(z.string().check(z.maxLength(254))),
});
export type IdentityClaims = z.infer<typeof IdentityClaims>;

/** What a broker's `getCustomerContext` hook returns: shown to agents and used by server hooks. */
export const CustomerContext = z.object({
  tier: z.optional(z.string().check(z.maxLength(40))),
  accountState: z.optional(z.enum(['active', 'pending_verification', 'restricted', 'closed'])),
  /** Free-form facts for agents (e.g. `{ "open orders": "3" }`); strings only, shown as text. */
  facts: z.optional(z.record(z.string(), z.string().check(z.maxLength(200)))),
});
export type CustomerContext = z.infer<typeof CustomerContext>;
