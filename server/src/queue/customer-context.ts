import type { CustomerContext, CustomerView } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';

/** Who the customer is, as far as the server knows. `customerId` arrives with verified identity. */
export interface CustomerIdentity {
  tenant: string;
  visitorId: string;
  customerId?: string;
}

/**
 * The port the queue asks for a customer's tier and context. The broker's real lookup (through
 * verified identity) plugs in here; the default reads demo customers from the tenant config.
 */
export interface CustomerContextProvider {
  get(identity: CustomerIdentity): Promise<CustomerView>;
}

export const DEFAULT_TIER = 'standard';

/** Reads `demoCustomers` from the tenant config; everyone else is an unidentified standard visitor. */
export function configCustomerContext(tenants: ReadonlyMap<string, TenantConfig>): CustomerContextProvider {
  return {
    async get({ tenant, visitorId }) {
      const known = tenants.get(tenant)?.demoCustomers.find((c) => c.visitorId === visitorId);
      if (!known) return { identified: false, tier: DEFAULT_TIER, context: { tier: DEFAULT_TIER } };
      const context: CustomerContext = { tier: known.tier, facts: {} };
      if (known.accountId) context.facts!['account'] = known.accountId;
      if (known.country) context.facts!['country'] = known.country;
      if (known.accountState) context.facts!['account state'] = known.accountState;
      return { identified: true, tier: known.tier, ...(known.name ? { name: known.name } : {}), context };
    },
  };
}
