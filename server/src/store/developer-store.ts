import { randomUUID } from 'node:crypto';
import type { AuditEvent, AuditKind, ConversationQuery, ConversationSummary, WebhookDelivery } from '@parley/sdk/protocol';
import { CONVERSATION_COLUMNS, jsonParam, toConversation, type ConversationRow } from './rows.ts';
import { isUniqueViolation, type SqlClient, type SqlExecutor } from './sql-client.ts';
import type { ConversationRecord } from './store.ts';

/** The visitor id under which a verified customer's conversations are kept. */
export const customerVisitorId = (customerId: string) => `customer:${customerId}`;
/** The verified customer behind a visitor id, if it is one. */
export const customerIdOfVisitor = (visitorId: string): string | undefined => (visitorId.startsWith('customer:') ? visitorId.slice('customer:'.length) : undefined);

export interface NewAuditEvent {
  tenant: string;
  kind: AuditKind;
  customerId?: string;
  conversationId?: string;
  detail?: Record<string, unknown>;
}

export interface ErasureRequestRecord {
  id: string;
  tenant: string;
  customerId: string;
  eraseAfter: Date;
}

/**
 * Storage for the developer features: verified customers, search, the audit log, data rights and the
 * webhook delivery log. Part of the `Store` port; kept in its own file so each feature's SQL stays together.
 */
export interface DeveloperStore {
  /**
   * The verified customer's open conversation. When there is none and the same browser has an anonymous
   * open conversation, that one moves to the customer (with a `customer_verified` audit event).
   */
  openCustomerConversation(input: { tenant: string; customerId: string; locale: string; anonymousVisitorId?: string }): Promise<ConversationRecord>;
  conversationSummary(tenant: string, conversationId: string): Promise<ConversationSummary | undefined>;
  searchConversations(tenant: string, query: ConversationQuery): Promise<ConversationSummary[]>;
  appendAudit(event: NewAuditEvent): Promise<AuditEvent>;
  audit(tenant: string, customerId: string): Promise<AuditEvent[]>;
  /** Hides every conversation of the customer from them (closing open ones is the caller's job); returns their ids. */
  hideCustomerConversations(tenant: string, customerId: string, at: Date): Promise<string[]>;
  /** The latest activity in any of the customer's conversations (retention runs from it). */
  lastCustomerActivity(tenant: string, customerId: string): Promise<Date | undefined>;
  createErasureRequest(input: { tenant: string; customerId: string; reason?: string; requestedAt: Date; eraseAfter: Date }): Promise<ErasureRequestRecord>;
  dueErasureRequests(now: Date): Promise<ErasureRequestRecord[]>;
  /** Redacts the customer's messages and unlinks their conversations, in one deliberate transaction. */
  eraseCustomer(tenant: string, customerId: string, at: Date): Promise<string[]>;
  completeErasureRequest(id: string, at: Date): Promise<void>;
  legalHold(tenant: string, customerId: string): Promise<{ reason: string; setAt: Date } | undefined>;
  setLegalHold(tenant: string, customerId: string, reason: string): Promise<void>;
  releaseLegalHold(tenant: string, customerId: string): Promise<boolean>;
  recordDelivery(delivery: Omit<WebhookDelivery, 'id' | 'at'> & { tenant: string }): Promise<void>;
  wasDelivered(eventId: string, url: string): Promise<boolean>;
  deliveries(tenant: string, filter: { outcome?: 'delivered' | 'failed'; limit: number }): Promise<WebhookDelivery[]>;
}

interface SummaryRow extends ConversationRow {
  customer_id: string | null;
  hidden_at: Date | null;
}
const SUMMARY_COLUMNS = 'c.id, c.tenant, c.visitor_id, c.state, c.locale, c.last_seq, c.created_at, c.customer_id, c.hidden_at';

function toSummary(row: SummaryRow): ConversationSummary {
  return {
    id: row.id,
    ...(row.customer_id === null ? {} : { customerId: row.customer_id }),
    state: row.state,
    locale: row.locale,
    lastSeq: row.last_seq,
    createdAt: row.created_at.toISOString(),
    hidden: row.hidden_at !== null,
  };
}

interface AuditRow {
  id: string;
  kind: AuditKind;
  customer_id: string | null;
  conversation_id: string | null;
  detail: Record<string, unknown>;
  created_at: Date;
}
function toAudit(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    kind: row.kind,
    ...(row.customer_id === null ? {} : { customerId: row.customer_id }),
    ...(row.conversation_id === null ? {} : { conversationId: row.conversation_id }),
    detail: row.detail,
    at: row.created_at.toISOString(),
  };
}

async function insertAudit(db: SqlExecutor, event: NewAuditEvent): Promise<AuditEvent> {
  const [row] = await db.query<AuditRow>(
    `INSERT INTO developer_audit (id, tenant, kind, customer_id, conversation_id, detail) VALUES ($1, $2, $3, $4, $5, $6::jsonb)
     RETURNING id, kind, customer_id, conversation_id, detail, created_at`,
    [randomUUID(), event.tenant, event.kind, event.customerId ?? null, event.conversationId ?? null, jsonParam(event.detail ?? {})],
  );
  return toAudit(row!);
}

export function createDeveloperStore(db: SqlClient): DeveloperStore {
  const openOf = async (tx: SqlExecutor, tenant: string, visitorId: string) =>
    (await tx.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE tenant = $1 AND visitor_id = $2 AND state <> 'closed'`, [tenant, visitorId]))[0];

  const openCustomer = (input: Parameters<DeveloperStore['openCustomerConversation']>[0]) =>
    db.transaction(async (tx) => {
      const visitorId = customerVisitorId(input.customerId);
      const own = await openOf(tx, input.tenant, visitorId);
      if (own) return toConversation(own);
      const anonymous = input.anonymousVisitorId && (await openOf(tx, input.tenant, input.anonymousVisitorId));
      if (anonymous) {
        await tx.query('UPDATE conversations SET visitor_id = $3, customer_id = $4, updated_at = now() WHERE tenant = $1 AND id = $2', [
          input.tenant,
          anonymous.id,
          visitorId,
          input.customerId,
        ]);
        await insertAudit(tx, { tenant: input.tenant, kind: 'customer_verified', customerId: input.customerId, conversationId: anonymous.id, detail: { from: 'anonymous' } });
        return toConversation({ ...anonymous, visitor_id: visitorId });
      }
      const [created] = await tx.query<ConversationRow>(
        `INSERT INTO conversations (id, tenant, visitor_id, customer_id, state, locale) VALUES ($1, $2, $3, $4, 'bot', $5)
         RETURNING ${CONVERSATION_COLUMNS}`,
        [randomUUID(), input.tenant, visitorId, input.customerId, input.locale],
      );
      return toConversation(created!);
    });

  return {
    async openCustomerConversation(input) {
      try {
        return await openCustomer(input);
      } catch (error) {
        // Two tabs of one customer opened at once: the other created it; take theirs.
        if (!isUniqueViolation(error)) throw error;
        return openCustomer({ tenant: input.tenant, customerId: input.customerId, locale: input.locale });
      }
    },
    async conversationSummary(tenant, conversationId) {
      const [row] = await db.query<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM conversations c WHERE c.tenant = $1 AND c.id = $2`, [tenant, conversationId]);
      return row && toSummary(row);
    },
    async searchConversations(tenant, query) {
      const where = ['c.tenant = $1'];
      const params: unknown[] = [tenant];
      const add = (sql: (n: string) => string, value: unknown) => {
        params.push(value);
        where.push(sql(`$${params.length}`));
      };
      if (query.customer !== undefined) add((n) => `c.customer_id = ${n}`, query.customer);
      if (query.from !== undefined) add((n) => `c.created_at >= ${n}::timestamptz`, query.from);
      if (query.to !== undefined) add((n) => `c.created_at <= ${n}::timestamptz`, query.to);
      const event = (cond: string) => `EXISTS (SELECT 1 FROM conversation_events e WHERE e.conversation_id = c.id AND e.kind = 'message' AND ${cond})`;
      if (query.agent !== undefined) add((n) => event(`e.author_kind = 'agent' AND e.author_name = ${n}`), query.agent);
      // The customer's message is stored before it is understood; the bot's reply carries the intent it answered.
      if (query.intent !== undefined) add((n) => event(`e.meta->>'intent' = ${n}`), query.intent);
      // LIKE wildcards in the search text are matched literally.
      if (query.q !== undefined) add((n) => event(`e.text ILIKE ${n} ESCAPE '\\'`), `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      params.push(Number(query.limit ?? 50));
      const rows = await db.query<SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM conversations c WHERE ${where.join(' AND ')} ORDER BY c.created_at DESC, c.id LIMIT $${params.length}`,
        params,
      );
      return rows.map(toSummary);
    },
    appendAudit: (event) => insertAudit(db, event),
    async audit(tenant, customerId) {
      const rows = await db.query<AuditRow>(
        'SELECT id, kind, customer_id, conversation_id, detail, created_at FROM developer_audit WHERE tenant = $1 AND customer_id = $2 ORDER BY seq',
        [tenant, customerId],
      );
      return rows.map(toAudit);
    },
    async hideCustomerConversations(tenant, customerId, at) {
      const rows = await db.query<{ id: string }>(
        'UPDATE conversations SET hidden_at = COALESCE(hidden_at, $3) WHERE tenant = $1 AND customer_id = $2 RETURNING id',
        [tenant, customerId, at],
      );
      return rows.map((r) => r.id);
    },
    async lastCustomerActivity(tenant, customerId) {
      const [row] = await db.query<{ last: Date | null }>(
        `SELECT max(e.created_at) AS last FROM conversation_events e JOIN conversations c ON c.id = e.conversation_id
         WHERE c.tenant = $1 AND c.customer_id = $2`,
        [tenant, customerId],
      );
      return row?.last ?? undefined;
    },
    async createErasureRequest(input) {
      const id = randomUUID();
      await db.query('INSERT INTO erasure_requests (id, tenant, customer_id, reason, requested_at, erase_after) VALUES ($1, $2, $3, $4, $5, $6)', [
        id,
        input.tenant,
        input.customerId,
        input.reason ?? null,
        input.requestedAt,
        input.eraseAfter,
      ]);
      return { id, tenant: input.tenant, customerId: input.customerId, eraseAfter: input.eraseAfter };
    },
    async dueErasureRequests(now) {
      const rows = await db.query<{ id: string; tenant: string; customer_id: string; erase_after: Date }>(
        'SELECT id, tenant, customer_id, erase_after FROM erasure_requests WHERE completed_at IS NULL AND erase_after <= $1 ORDER BY erase_after, id',
        [now],
      );
      return rows.map((r) => ({ id: r.id, tenant: r.tenant, customerId: r.customer_id, eraseAfter: r.erase_after }));
    },
    eraseCustomer: (tenant, customerId, at) =>
      db.transaction(async (tx) => {
        // The one sanctioned rewrite of the event log (see migration 003); the setting ends with the transaction.
        await tx.query("SELECT set_config('parley.erasure', 'retention_ended', true)");
        const rows = await tx.query<{ id: string }>('SELECT id FROM conversations WHERE tenant = $1 AND customer_id = $2', [tenant, customerId]);
        const ids = rows.map((r) => r.id);
        if (ids.length === 0) return ids;
        await tx.query(
          `UPDATE conversation_events SET text = CASE WHEN kind = 'message' THEN '' ELSE text END,
             author_name = NULL, client_id = NULL, quick_replies = NULL, meta = NULL, reason = NULL
           WHERE tenant = $1 AND conversation_id = ANY($2::text[])`,
          [tenant, ids],
        );
        await tx.query('DELETE FROM conversation_notes WHERE tenant = $1 AND conversation_id = ANY($2::text[])', [tenant, ids]);
        await tx.query('UPDATE conversation_ratings SET comment = NULL WHERE tenant = $1 AND conversation_id = ANY($2::text[])', [tenant, ids]);
        await tx.query(
          `UPDATE conversations SET visitor_id = 'erased:' || id, customer_id = NULL, erased_at = $3, hidden_at = COALESCE(hidden_at, $3)
           WHERE tenant = $1 AND id = ANY($2::text[])`,
          [tenant, ids, at],
        );
        return ids;
      }),
    async completeErasureRequest(id, at) {
      await db.query('UPDATE erasure_requests SET completed_at = $2 WHERE id = $1', [id, at]);
    },
    async legalHold(tenant, customerId) {
      const [row] = await db.query<{ reason: string; set_at: Date }>('SELECT reason, set_at FROM legal_holds WHERE tenant = $1 AND customer_id = $2', [tenant, customerId]);
      return row && { reason: row.reason, setAt: row.set_at };
    },
    async setLegalHold(tenant, customerId, reason) {
      await db.query(
        'INSERT INTO legal_holds (tenant, customer_id, reason) VALUES ($1, $2, $3) ON CONFLICT (tenant, customer_id) DO UPDATE SET reason = EXCLUDED.reason',
        [tenant, customerId, reason],
      );
    },
    async releaseLegalHold(tenant, customerId) {
      const rows = await db.query('DELETE FROM legal_holds WHERE tenant = $1 AND customer_id = $2 RETURNING customer_id', [tenant, customerId]);
      return rows.length > 0;
    },
    async recordDelivery(d) {
      try {
        await db.query(
          `INSERT INTO webhook_deliveries (id, tenant, event_id, event_type, url, attempt, outcome, status_code, error)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [randomUUID(), d.tenant, d.eventId, d.eventType, d.url, d.attempt, d.outcome, d.statusCode ?? null, d.error ?? null],
        );
      } catch (error) {
        // A second 'delivered' row for one event and endpoint (two processes raced): one is enough.
        if (!isUniqueViolation(error)) throw error;
      }
    },
    async wasDelivered(eventId, url) {
      const rows = await db.query("SELECT 1 FROM webhook_deliveries WHERE event_id = $1 AND url = $2 AND outcome = 'delivered'", [eventId, url]);
      return rows.length > 0;
    },
    async deliveries(tenant, filter) {
      const rows = await db.query<{
        id: string;
        event_id: string;
        event_type: string;
        url: string;
        attempt: number;
        outcome: 'delivered' | 'failed';
        status_code: number | null;
        error: string | null;
        created_at: Date;
      }>(
        `SELECT id, event_id, event_type, url, attempt, outcome, status_code, error, created_at FROM webhook_deliveries
         WHERE tenant = $1 AND ($2::text IS NULL OR outcome = $2) ORDER BY created_at DESC, id LIMIT $3`,
        [tenant, filter.outcome ?? null, filter.limit],
      );
      return rows.map((r) => ({
        id: r.id,
        eventId: r.event_id,
        eventType: r.event_type,
        url: r.url,
        attempt: r.attempt,
        outcome: r.outcome,
        ...(r.status_code === null ? {} : { statusCode: r.status_code }),
        ...(r.error === null ? {} : { error: r.error }),
        at: r.created_at.toISOString(),
      }));
    },
  };
}
