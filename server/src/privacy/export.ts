import type { CustomerExport } from '@parley/sdk/protocol';
import type { Store } from '../store/store.ts';

/** Every message of a conversation, in one read (transcripts are bounded by the conversation's life). */
const ALL = 1_000_000;

/**
 * Everything stored about one customer in one tenant: their conversations with every message, and the
 * audit trail of what was done with their data. The export itself is recorded as an audit event.
 *
 * @example
 * const data = await exportCustomer(store, 'acme', 'C-1042');
 */
export async function exportCustomer(store: Store, tenant: string, customerId: string, now: () => Date = () => new Date()): Promise<CustomerExport> {
  const summaries = await store.searchConversations(tenant, { customer: customerId, limit: '100' });
  const conversations = await Promise.all(
    summaries.map(async (conversation) => ({ conversation, messages: await store.messagesAfter(tenant, conversation.id, 0, ALL) })),
  );
  await store.appendAudit({ tenant, kind: 'data_exported', customerId, detail: { conversations: conversations.length } });
  return { customerId, exportedAt: now().toISOString(), conversations, audit: await store.audit(tenant, customerId) };
}
