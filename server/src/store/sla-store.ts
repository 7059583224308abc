import type { SqlClient } from './sql-client.ts';

/** A conversation whose current queue episode still waits for a first human answer, with no breach recorded. */
export interface SlaPending {
  conversationId: string;
  visitorId: string;
  /** Starts the queue episode (and so names it). */
  queuedAt: Date;
}

/** A recorded first-response breach of one queue episode. */
export interface SlaBreachRecord {
  conversationId: string;
  tier: string;
  queuedAt: Date;
  dueAt: Date;
}

/**
 * Storage for first-response SLAs. Part of the `Store` port; kept in its own file so the feature's SQL
 * stays together. The due time is not stored ahead: it follows from `queued_at` and the tier's SLA, both
 * of which every process can read, so a process that dies takes nothing with it.
 */
export interface SlaStore {
  /** Conversations queued or claimed, not yet answered by a person, and not yet recorded as breached; oldest first. */
  listSlaPending(tenant: string): Promise<SlaPending[]>;
  /**
   * Records that the conversation's current queue episode missed its first-response SLA, if it did:
   * still unanswered and `queuedAt + allowanceMs <= now`. At most once per episode whatever the number of
   * callers or processes; resolves with the record only for the one call that wrote it.
   */
  recordSlaBreach(input: { tenant: string; conversationId: string; tier: string; allowanceMs: number; now: Date }): Promise<SlaBreachRecord | undefined>;
}

// Queued-at to the millisecond: the due time a process computes from a JS Date must match the stored one.
const DUE_AT = "date_trunc('milliseconds', queued_at) + $4::double precision * interval '1 millisecond'";
const WAITING = "state IN ('queued', 'agent') AND queued_at IS NOT NULL AND first_response_at IS NULL";

export function createSlaStore(db: SqlClient): SlaStore {
  return {
    async listSlaPending(tenant) {
      const rows = await db.query<{ id: string; visitor_id: string; queued_at: Date }>(
        `SELECT id, visitor_id, queued_at FROM conversations c WHERE tenant = $1 AND ${WAITING}
           AND NOT EXISTS (SELECT 1 FROM sla_breaches b WHERE b.conversation_id = c.id AND b.queued_at = c.queued_at)
         ORDER BY queued_at, id`,
        [tenant],
      );
      return rows.map((r) => ({ conversationId: r.id, visitorId: r.visitor_id, queuedAt: r.queued_at }));
    },
    async recordSlaBreach(input) {
      // One statement: the episode is read, checked and recorded together, and the primary key turns
      // every later attempt (here or in another process) into a no-op.
      const [row] = await db.query<{ conversation_id: string; tier: string; queued_at: Date; due_at: Date }>(
        `INSERT INTO sla_breaches (tenant, conversation_id, queued_at, tier, due_at)
         SELECT tenant, id, queued_at, $3, ${DUE_AT} FROM conversations
         WHERE tenant = $1 AND id = $2 AND ${WAITING} AND ${DUE_AT} <= $5::timestamptz
         ON CONFLICT (conversation_id, queued_at) DO NOTHING
         RETURNING conversation_id, tier, queued_at, due_at`,
        [input.tenant, input.conversationId, input.tier, input.allowanceMs, input.now],
      );
      return row && { conversationId: row.conversation_id, tier: row.tier, queuedAt: row.queued_at, dueAt: row.due_at };
    },
  };
}
