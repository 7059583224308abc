import type { QueueItem } from '@parley/sdk/protocol';
import { DEFAULT_SLA, type TierSla } from '../agents/config.ts';
import type { TenantConfig } from '../config/tenants.ts';
import { DEFAULT_TIER } from './customer-context.ts';

/** The tier's SLA for this tenant: the tenant's own setting, else the default, else `standard`'s. */
export function tierSla(tenant: Pick<TenantConfig, 'sla'>, tier: string): TierSla {
  return tenant.sla[tier] ?? DEFAULT_SLA[tier] ?? tenant.sla[DEFAULT_TIER] ?? DEFAULT_SLA[DEFAULT_TIER]!;
}

/** Queue order: higher priority (tier) first, then the longest wait, then id (stable). */
export function byPriority(a: QueueItem, b: QueueItem): number {
  return b.priority - a.priority || a.queuedAt.localeCompare(b.queuedAt) || a.conversationId.localeCompare(b.conversationId);
}
