import type { Card } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';

/** Intents whose answer carries the broker's fee table. */
const FEE_INTENTS = new Set(['fees_commissions']);

/**
 * Cards to attach to the answer for `intent`, in the reply language: the fee table for questions
 * about fees when the tenant has a schedule (rows in `lang` if translated, else the default rows).
 * @example cardsFor(tenant, 'fees_commissions', 'de') // [{ kind: 'fees', rows: [...] }]
 */
export function cardsFor(tenant: TenantConfig, intent: string, lang: string): Card[] {
  const fees = tenant.fees;
  if (!fees || !FEE_INTENTS.has(intent)) return [];
  const base = lang.split('-')[0] ?? lang;
  const rows = fees.translations?.[lang] ?? fees.translations?.[base] ?? fees.rows;
  return [{ kind: 'fees', rows, ...(fees.url ? { url: fees.url } : {}) }];
}
