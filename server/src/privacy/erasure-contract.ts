import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TenantConfig } from '../config/tenants.ts';
import type { ConversationEmitter } from '../pipeline/context.ts';
import type { Store } from '../store/index.ts';
import type { SqlClient } from '../store/sql-client.ts';
import { createSqlStore } from '../store/sql-store.ts';
import { requestErasure, retentionEnds, runRetention, setLegalHold, releaseLegalHold } from './erasure.ts';
import { exportCustomer } from './export.ts';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
/**
 * Export, erasure, retention and legal holds against a real database: run on PGlite beside the code
 * (erasure.test.ts) and on PostgreSQL in tests/integration/privacy-postgres.test.ts.
 */
export function describeErasureContract(backEnd: string, openDatabase: () => Promise<SqlClient>): void {
  let store: Store;
  let db: SqlClient;
  const emitted: string[] = [];
  const emitter: ConversationEmitter = { emit: (_tenant, conversationId, event, ..._payload) => void emitted.push(`${event}:${conversationId}`) };
  const tenant = (years: number) => TenantConfig.parse({ id: 'acme', name: 'Acme', allowedOrigins: ['*'], retention: { years, basis: 'SEC 17a-4' } });

  async function customerWithMessages(customerId: string, texts: string[]) {
    const conversation = await store.openCustomerConversation({ tenant: 'acme', customerId, locale: 'en' });
    for (const text of texts) await store.appendMessage({ tenant: 'acme', conversationId: conversation.id, author: { kind: 'customer' }, text });
    return conversation;
  }
  const texts = async (conversationId: string) => (await store.messagesAfter('acme', conversationId, 0, 100)).map((m) => m.text);
  const kinds = async (customerId: string) => (await store.audit('acme', customerId)).map((e) => e.kind);

  beforeAll(async () => {
    db = await openDatabase();
    store = createSqlStore(db);
    await store.migrate();
  }, 60_000);
  afterAll(async () => {
    await store.close();
  });

  describe(`export (${backEnd})`, () => {
    it("returns every conversation and message of one customer and nothing of anyone else's", async () => {
      const mine = await customerWithMessages('EXP-1', ['my IBAN is DE00 1234', 'second']);
      await customerWithMessages('EXP-2', ['someone else entirely']);
      const data = await exportCustomer(store, 'acme', 'EXP-1');
      expect(data.conversations.map((c) => c.conversation.id)).toEqual([mine.id]);
      expect(data.conversations[0]!.messages.map((m) => m.text)).toEqual(['my IBAN is DE00 1234', 'second']);
      expect(JSON.stringify(data)).not.toContain('someone else');
      expect(data.audit.map((e) => e.kind)).toEqual(['data_exported']);
      expect(await store.searchConversations('other-tenant', { customer: 'EXP-1' })).toEqual([]);
    });
  });

  describe(`erasure (${backEnd})`, () => {
    it('erases at once when nothing has to be kept, and leaves an audit trail', async () => {
      const conversation = await customerWithMessages('ERA-0', ['secret text']);
      const result = await requestErasure({ store, emitter, now: () => new Date() }, tenant(0), 'ERA-0', 'customer asked');
      expect(result).toEqual({ status: 'erased', conversations: 1 });
      expect(await texts(conversation.id)).toEqual(['']);
      expect(await store.searchConversations('acme', { customer: 'ERA-0' })).toEqual([]);
      expect(await kinds('ERA-0')).toEqual(['erasure_requested', 'record_erased']);
    });

    it('under retention hides the customer copy now and erases only when retention ends', async () => {
      const conversation = await customerWithMessages('ERA-3', ['keep me for the regulator']);
      const start = Date.now();
      const result = await requestErasure({ store, emitter, now: () => new Date(start) }, tenant(3), 'ERA-3');
      expect(result.status).toBe('hidden');
      expect(new Date(result.eraseAfter!).getTime() - start).toBeGreaterThan(2.9 * YEAR_MS);
      expect(emitted).toContain(`conversation:state:${conversation.id}`);
      const [summary] = await store.searchConversations('acme', { customer: 'ERA-3' });
      expect(summary).toMatchObject({ hidden: true, state: 'closed' });
      // A verified hello now opens a new, empty conversation: the old copy is out of the customer's sight.
      expect((await store.openCustomerConversation({ tenant: 'acme', customerId: 'ERA-3', locale: 'en' })).id).not.toBe(conversation.id);

      const deps = (years: number) => ({ store, emitter, now: () => new Date(start + years * YEAR_MS) });
      expect(await runRetention(deps(2))).toEqual({ erased: 0, deferred: 0 });
      expect(await texts(conversation.id)).toEqual(['keep me for the regulator']);
      expect(await runRetention(deps(3.1))).toMatchObject({ erased: 1 });
      expect(await texts(conversation.id)).toEqual(['']);
      expect(await kinds('ERA-3')).toEqual(['erasure_requested', 'customer_copy_hidden', 'record_erased']);
    });

    it('a legal hold defers erasure, with an event each time, until it is released', async () => {
      const conversation = await customerWithMessages('ERA-H', ['under investigation']);
      await setLegalHold(store, 'acme', 'ERA-H', 'FCA enquiry 42');
      const start = Date.now();
      expect((await requestErasure({ store, emitter, now: () => new Date(start) }, tenant(0), 'ERA-H')).status).toBe('held');
      const later = { store, emitter, now: () => new Date(start + YEAR_MS) };
      expect(await runRetention(later)).toEqual({ erased: 0, deferred: 1 });
      expect(await texts(conversation.id)).toEqual(['under investigation']);
      expect(await releaseLegalHold(store, 'acme', 'ERA-H')).toBe(true);
      expect(await runRetention(later)).toEqual({ erased: 1, deferred: 0 });
      expect(await kinds('ERA-H')).toEqual([
        'legal_hold_set',
        'erasure_requested',
        'customer_copy_hidden',
        'erasure_deferred_legal_hold',
        'legal_hold_released',
        'record_erased',
      ]);
    });

    it('still refuses any other rewrite of the event log and of the audit log', async () => {
      const conversation = await customerWithMessages('ERA-X', ['x']);
      await store.appendAudit({ tenant: 'acme', kind: 'data_exported', customerId: 'ERA-X' });
      await expect(db.query("UPDATE conversation_events SET text = 'forged' WHERE conversation_id = $1", [conversation.id])).rejects.toThrow('append-only');
      await expect(db.query('DELETE FROM conversation_events WHERE conversation_id = $1', [conversation.id])).rejects.toThrow('append-only');
      await expect(db.query("UPDATE developer_audit SET kind = 'x' WHERE customer_id = 'ERA-X'")).rejects.toThrow('append-only');
      // The erasure setting allows updates only, and only inside the transaction that set it.
      await expect(
        db.transaction(async (tx) => {
          await tx.query("SELECT set_config('parley.erasure', 'retention_ended', true)");
          await tx.query('DELETE FROM conversation_events WHERE conversation_id = $1', [conversation.id]);
        }),
      ).rejects.toThrow('append-only');
      await db.transaction((tx) => tx.query("SELECT set_config('parley.erasure', 'retention_ended', true)"));
      await expect(db.query("UPDATE conversation_events SET text = 'forged' WHERE conversation_id = $1", [conversation.id])).rejects.toThrow('append-only');
      expect(await texts(conversation.id)).toEqual(['x']);
    });

    it('adds retention in calendar months', () => {
      expect(retentionEnds(new Date('2026-02-28T00:00:00Z'), 6).toISOString()).toBe('2032-02-28T00:00:00.000Z');
    });
  });
}
