import type { ErasureResult } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';
import type { ConversationEmitter } from '../pipeline/context.ts';
import type { Store } from '../store/store.ts';

export interface ErasureDeps {
  store: Store;
  emitter: ConversationEmitter;
  now: () => Date;
  /** Told once a customer's record is really gone (e.g. the `customer.erased` webhook). */
  onErased?: (tenant: string, customerId: string) => void;
}

/** The date a record kept for `years` may be erased. */
export function retentionEnds(lastActivity: Date, years: number): Date {
  const end = new Date(lastActivity);
  end.setUTCMonth(end.getUTCMonth() + Math.round(years * 12));
  return end;
}

/**
 * Honours an erasure request as far as the law allows, and records every step as an audit event:
 * - no retention duty and no legal hold: the record is erased now;
 * - otherwise the customer's copy is hidden (open conversations closed) and the request is kept, to be
 *   carried out by `runRetention` when retention ends and no legal hold remains.
 */
export async function requestErasure(deps: ErasureDeps, tenant: TenantConfig, customerId: string, reason?: string): Promise<ErasureResult> {
  const { store } = deps;
  const now = deps.now();
  const { years, basis } = tenant.retention;
  await store.appendAudit({ tenant: tenant.id, kind: 'erasure_requested', customerId, detail: reason ? { reason } : {} });
  const hold = await store.legalHold(tenant.id, customerId);
  const lastActivity = (await store.lastCustomerActivity(tenant.id, customerId)) ?? now;
  const eraseAfter = years > 0 ? retentionEnds(lastActivity, years) : now;
  const request = await store.createErasureRequest({ tenant: tenant.id, customerId, requestedAt: now, eraseAfter, ...(reason ? { reason } : {}) });

  if (!hold && eraseAfter <= now) {
    const erased = await store.eraseCustomer(tenant.id, customerId, now);
    await store.completeErasureRequest(request.id, now);
    await store.appendAudit({ tenant: tenant.id, kind: 'record_erased', customerId, detail: { conversations: erased.length, requestId: request.id } });
    deps.onErased?.(tenant.id, customerId);
    return { status: 'erased', conversations: erased.length };
  }

  const hidden = await hideFromCustomer(deps, tenant.id, customerId, now);
  await store.appendAudit({
    tenant: tenant.id,
    kind: 'customer_copy_hidden',
    customerId,
    detail: { conversations: hidden.length, eraseAfter: eraseAfter.toISOString(), requestId: request.id, ...(basis ? { basis } : {}), ...(hold ? { legalHold: hold.reason } : {}) },
  });
  return { status: hold ? 'held' : 'hidden', eraseAfter: eraseAfter.toISOString(), conversations: hidden.length };
}

/** Closes the customer's open conversations (so no tab shows them again) and flags all of them hidden. */
async function hideFromCustomer(deps: ErasureDeps, tenant: string, customerId: string, now: Date): Promise<string[]> {
  const open = (await deps.store.searchConversations(tenant, { customer: customerId, limit: '100' })).filter((c) => c.state !== 'closed');
  for (const conversation of open) {
    const { seq } = await deps.store.appendStateChange({ tenant, conversationId: conversation.id, state: 'closed', reason: 'erasure_requested' });
    deps.emitter.emit(tenant, conversation.id, 'conversation:state', { conversationId: conversation.id, state: 'closed', seq });
  }
  return deps.store.hideCustomerConversations(tenant, customerId, now);
}

/**
 * The retention job: erases every request whose retention has ended, unless a legal hold still applies
 * (then it records that it waited). Run it daily; `now` is injected so tests can move through years.
 */
export async function runRetention(deps: ErasureDeps): Promise<{ erased: number; deferred: number }> {
  const now = deps.now();
  let erased = 0;
  let deferred = 0;
  for (const request of await deps.store.dueErasureRequests(now)) {
    const hold = await deps.store.legalHold(request.tenant, request.customerId);
    if (hold) {
      deferred++;
      await deps.store.appendAudit({ tenant: request.tenant, kind: 'erasure_deferred_legal_hold', customerId: request.customerId, detail: { requestId: request.id, reason: hold.reason } });
      continue;
    }
    const ids = await deps.store.eraseCustomer(request.tenant, request.customerId, now);
    await deps.store.completeErasureRequest(request.id, now);
    await deps.store.appendAudit({ tenant: request.tenant, kind: 'record_erased', customerId: request.customerId, detail: { conversations: ids.length, requestId: request.id } });
    deps.onErased?.(request.tenant, request.customerId);
    erased++;
  }
  return { erased, deferred };
}

/** Places or lifts a legal hold, each an audit event. */
export async function setLegalHold(store: Store, tenant: string, customerId: string, reason: string): Promise<void> {
  await store.setLegalHold(tenant, customerId, reason);
  await store.appendAudit({ tenant, kind: 'legal_hold_set', customerId, detail: { reason } });
}

export async function releaseLegalHold(store: Store, tenant: string, customerId: string): Promise<boolean> {
  const released = await store.releaseLegalHold(tenant, customerId);
  if (released) await store.appendAudit({ tenant, kind: 'legal_hold_released', customerId, detail: {} });
  return released;
}
