import type { VerifiedIdentity } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';
import type { ConversationRecord, Store } from '../store/store.ts';
import { identityVerifier, type IdentityVerifier, type IdentityVerifierOptions } from './verify.ts';

export type VerifiedSession = { ok: true; identity: VerifiedIdentity; conversation: ConversationRecord } | { ok: false; message: string };

/** Opens conversations for customers whose identity token verified. */
export interface IdentitySessions {
  /**
   * Verifies the token and opens the customer's conversation. `anonymousVisitorId` is this browser's
   * anonymous visitor: if the customer has no open conversation, the visitor's one moves to them.
   */
  open(input: { tenant: TenantConfig; token: string; locale: string; anonymousVisitorId: string }): Promise<VerifiedSession>;
}

export interface IdentitySessionsOptions extends IdentityVerifierOptions {
  store: Store;
  tenants: readonly TenantConfig[];
  /** Called after each successful verification (e.g. to load customer context). Errors are the caller's to log. */
  onVerified?: (tenant: TenantConfig, identity: VerifiedIdentity, conversation: ConversationRecord) => void;
}

export function identitySessions(options: IdentitySessionsOptions): IdentitySessions {
  // Secrets are resolved once at start, so a missing environment variable fails the start, not a customer.
  const verifiers = new Map<string, IdentityVerifier>();
  for (const tenant of options.tenants) {
    const verify = identityVerifier(tenant, options);
    if (verify) verifiers.set(tenant.id, verify);
  }
  return {
    async open({ tenant, token, locale, anonymousVisitorId }) {
      const verify = verifiers.get(tenant.id);
      if (!verify) return { ok: false, message: 'Verified identity is not enabled for this tenant' };
      const check = await verify(token);
      if (!check.ok) return check;
      const conversation = await options.store.openCustomerConversation({ tenant: tenant.id, customerId: check.identity.customerId, locale, anonymousVisitorId });
      options.onVerified?.(tenant, check.identity, conversation);
      return { ok: true, identity: check.identity, conversation };
    },
  };
}
