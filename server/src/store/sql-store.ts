import { randomUUID } from 'node:crypto';
import type { AgentNote, ConversationState, ServerMessage } from '@parley/sdk/protocol';
import { createDeveloperStore } from './developer-store.ts';
import { ConversationNotFoundError } from './errors.ts';
import { migrate } from './migrate.ts';
import { createSlaStore } from './sla-store.ts';
import {
  CONVERSATION_COLUMNS,
  MESSAGE_COLUMNS,
  jsonParam,
  toConversation,
  toServerMessage,
  type ConversationRow,
  type MessageRow,
} from './rows.ts';
import { isUniqueViolation, type SqlClient, type SqlExecutor } from './sql-client.ts';
import type { AppendResult, ConversationRecord, HandoffRecord, NewMessage, StateChangeInput, Store } from './store.ts';

/**
 * The one implementation of the `Store` port, over any `SqlClient` (PGlite or Postgres).
 * Every statement filters by tenant, so a conversation id from another tenant behaves as unknown.
 */
export function createSqlStore(db: SqlClient): Store {
  return {
    ...createDeveloperStore(db),
    ...createSlaStore(db),
    async migrate() {
      await migrate(db);
    },
    close: () => db.close(),
    openConversation: (input) => openConversation(db, input),
    async getConversation(tenant, conversationId) {
      const rows = await db.query<ConversationRow>(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE tenant = $1 AND id = $2`,
        [tenant, conversationId],
      );
      return rows[0] && toConversation(rows[0]);
    },
    appendMessage: (input) => appendMessage(db, input),
    appendStateChange: (input) => db.transaction((tx) => changeState(tx, input)),
    transition: (input) =>
      db.transaction(async (tx) => {
        const [row] = await tx.query<{ state: ConversationState }>(
          'SELECT state FROM conversations WHERE tenant = $1 AND id = $2 FOR UPDATE',
          [input.tenant, input.conversationId],
        );
        if (!row) throw new ConversationNotFoundError(input.tenant, input.conversationId);
        if (!input.from.includes(row.state)) return { conflict: row.state };
        return changeState(tx, input);
      }),
    async listHandoffs(tenant) {
      const rows = await db.query<HandoffRow>(
        `SELECT ${HANDOFF_COLUMNS} FROM conversations WHERE tenant = $1 AND state IN ('queued', 'agent') ORDER BY queued_at, id`,
        [tenant],
      );
      return rows.map(toHandoff);
    },
    async getHandoff(tenant, conversationId) {
      const rows = await db.query<HandoffRow>(`SELECT ${HANDOFF_COLUMNS} FROM conversations WHERE tenant = $1 AND id = $2`, [tenant, conversationId]);
      return rows[0] && toHandoff(rows[0]);
    },
    async addNote(input) {
      const rows = await db.query<NoteRow>(
        `INSERT INTO conversation_notes (id, tenant, conversation_id, author, text)
         SELECT $1, tenant, id, $3, $4 FROM conversations WHERE tenant = $2 AND id = $5
         RETURNING id, conversation_id, author, text, created_at`,
        [randomUUID(), input.tenant, input.author, input.text, input.conversationId],
      );
      if (!rows[0]) throw new ConversationNotFoundError(input.tenant, input.conversationId);
      return toNote(rows[0]);
    },
    async notes(tenant, conversationId) {
      const rows = await db.query<NoteRow>(
        'SELECT id, conversation_id, author, text, created_at FROM conversation_notes WHERE tenant = $1 AND conversation_id = $2 ORDER BY created_at, id',
        [tenant, conversationId],
      );
      return rows.map(toNote);
    },
    async rate(input) {
      const rows = await db.query(
        `INSERT INTO conversation_ratings (conversation_id, tenant, score, comment)
         SELECT id, tenant, $3, $4 FROM conversations WHERE tenant = $1 AND id = $2
         ON CONFLICT (conversation_id) DO NOTHING RETURNING conversation_id`,
        [input.tenant, input.conversationId, input.score, input.comment ?? null],
      );
      if (rows.length > 0) return { duplicate: false };
      const exists = await db.query('SELECT id FROM conversations WHERE tenant = $1 AND id = $2', [input.tenant, input.conversationId]);
      if (exists.length === 0) throw new ConversationNotFoundError(input.tenant, input.conversationId);
      return { duplicate: true };
    },
    async rating(tenant, conversationId) {
      const [row] = await db.query<{ score: number; comment: string | null }>(
        'SELECT score, comment FROM conversation_ratings WHERE tenant = $1 AND conversation_id = $2',
        [tenant, conversationId],
      );
      return row && (row.comment === null ? { score: row.score } : { score: row.score, comment: row.comment });
    },
    async latestClosed(tenant, visitorId) {
      const [row] = await db.query<{ id: string; closed_at: Date; reason: string | null; rated: boolean }>(
        `SELECT c.id, e.created_at AS closed_at, e.reason,
           EXISTS (SELECT 1 FROM conversation_ratings r WHERE r.conversation_id = c.id) AS rated
         FROM conversations c
         JOIN conversation_events e ON e.conversation_id = c.id AND e.kind = 'state' AND e.state = 'closed'
         WHERE c.tenant = $1 AND c.visitor_id = $2 AND c.state = 'closed' AND c.hidden_at IS NULL
         ORDER BY e.created_at DESC, c.id LIMIT 1`,
        [tenant, visitorId],
      );
      return row && { conversationId: row.id, closedAt: row.closed_at, reason: row.reason, rated: row.rated };
    },
    async handlingTimes(tenant, since, limit) {
      // A close right after an 'agent' event ends a person's turn, which began with the first 'agent'
      // event after the last 'queued' one (the claim; later 'agent' events are transfers).
      const rows = await db.query<{ claimed_at: Date; closed_at: Date }>(
        `SELECT e.created_at AS closed_at,
           (SELECT MIN(a.created_at) FROM conversation_events a
             WHERE a.conversation_id = c.id AND a.kind = 'state' AND a.state = 'agent'
               AND a.seq > (SELECT MAX(q.seq) FROM conversation_events q WHERE q.conversation_id = c.id AND q.kind = 'state' AND q.state = 'queued')
           ) AS claimed_at
         FROM conversations c
         JOIN conversation_events e ON e.conversation_id = c.id AND e.kind = 'state' AND e.state = 'closed'
         WHERE c.tenant = $1 AND c.state = 'closed' AND c.updated_at >= $2
           AND (SELECT p.state FROM conversation_events p
                 WHERE p.conversation_id = c.id AND p.kind = 'state' AND p.seq < e.seq ORDER BY p.seq DESC LIMIT 1) = 'agent'
         ORDER BY e.created_at DESC, c.id LIMIT $3`,
        [tenant, since, limit],
      );
      return rows.map((row) => row.closed_at.getTime() - row.claimed_at.getTime());
    },
    async messagesAfter(tenant, conversationId, afterSeq, limit) {
      const rows = await db.query<MessageRow>(
        `SELECT ${MESSAGE_COLUMNS} FROM conversation_events
         WHERE tenant = $1 AND conversation_id = $2 AND kind = 'message' AND seq > $3
         ORDER BY seq LIMIT $4`,
        [tenant, conversationId, afterSeq, limit],
      );
      return rows.map(toServerMessage);
    },
    async setLocale(tenant, conversationId, locale) {
      const rows = await db.query(
        'UPDATE conversations SET locale = $3, updated_at = now() WHERE tenant = $1 AND id = $2 RETURNING id',
        [tenant, conversationId, locale],
      );
      if (rows.length === 0) throw new ConversationNotFoundError(tenant, conversationId);
    },
  };
}

async function openConversation(
  db: SqlClient,
  input: { tenant: string; visitorId: string; locale: string },
): Promise<ConversationRecord> {
  const findOpen = () =>
    db.query<ConversationRow>(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE tenant = $1 AND visitor_id = $2 AND state <> 'closed'`,
      [input.tenant, input.visitorId],
    );
  const [open] = await findOpen();
  if (open) return toConversation(open);
  // The unique partial index settles a race between processes: the loser inserts nothing and reads the winner's row.
  const [created] = await db.query<ConversationRow>(
    `INSERT INTO conversations (id, tenant, visitor_id, state, locale) VALUES ($1, $2, $3, 'bot', $4)
     ON CONFLICT (tenant, visitor_id) WHERE state <> 'closed' DO NOTHING
     RETURNING ${CONVERSATION_COLUMNS}`,
    [randomUUID(), input.tenant, input.visitorId, input.locale],
  );
  const winner = created ?? (await findOpen())[0];
  if (!winner) throw new Error(`could not open a conversation for visitor ${input.visitorId}`);
  return toConversation(winner);
}

async function appendMessage(db: SqlClient, input: NewMessage): Promise<AppendResult> {
  try {
    return await db.transaction((tx) => appendInTransaction(tx, input));
  } catch (error) {
    // Another connection inserted the same clientId between our check and our insert; our
    // transaction (and the seq it took) rolled back, so answer with the stored message.
    if (input.clientId === undefined || !isUniqueViolation(error)) throw error;
    const existing = await findByClientId(db, input.tenant, input.conversationId, input.clientId);
    if (!existing) throw error;
    return { message: existing, duplicate: true };
  }
}

async function appendInTransaction(tx: SqlExecutor, input: NewMessage): Promise<AppendResult> {
  // Lock the conversation before the duplicate check, so concurrent appends of one clientId queue
  // here and the second sees the first's row instead of consuming a sequence number.
  const locked = await tx.query('SELECT id FROM conversations WHERE tenant = $1 AND id = $2 FOR UPDATE', [
    input.tenant,
    input.conversationId,
  ]);
  if (locked.length === 0) throw new ConversationNotFoundError(input.tenant, input.conversationId);
  if (input.clientId !== undefined) {
    const existing = await findByClientId(tx, input.tenant, input.conversationId, input.clientId);
    if (existing) return { message: existing, duplicate: true };
  }
  const seq = await nextSeq(tx, input.tenant, input.conversationId);
  const [row] = await tx.query<MessageRow>(
    `INSERT INTO conversation_events
       (id, tenant, conversation_id, seq, kind, author_kind, author_name, client_id, text, quick_replies, meta)
     VALUES ($1, $2, $3, $4, 'message', $5, $6, $7, $8, $9::jsonb, $10::jsonb)
     RETURNING ${MESSAGE_COLUMNS}`,
    [
      randomUUID(),
      input.tenant,
      input.conversationId,
      seq,
      input.author.kind,
      input.author.name ?? null,
      input.clientId ?? null,
      input.text,
      jsonParam(input.quickReplies),
      jsonParam(input.meta),
    ],
  );
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  if (input.author.kind === 'agent') {
    // The first human answer since the conversation was queued stops its SLA clock.
    await tx.query('UPDATE conversations SET first_response_at = COALESCE(first_response_at, now()) WHERE tenant = $1 AND id = $2', [input.tenant, input.conversationId]);
  }
  return { message: toServerMessage(row), duplicate: false };
}

/** Appends a state event and moves the projection: owner, and the queue episode when it enters the queue. */
async function changeState(tx: SqlExecutor, input: StateChangeInput): Promise<{ seq: number }> {
  // Taking the next seq and moving the projection in one statement also row-locks the conversation.
  const seq = await nextSeq(tx, input.tenant, input.conversationId, input.state);
  const agentId = input.state === 'agent' ? (input.agentId ?? null) : null;
  await tx.query(
    `INSERT INTO conversation_events (id, tenant, conversation_id, seq, kind, state, reason, agent_id)
     VALUES ($1, $2, $3, $4, 'state', $5, $6, $7)`,
    [randomUUID(), input.tenant, input.conversationId, seq, input.state, input.reason ?? null, agentId],
  );
  const queued = input.state === 'queued';
  await tx.query(
    `UPDATE conversations SET agent_id = $3,
       queued_at = CASE WHEN $4 THEN now() ELSE queued_at END,
       handoff_reason = CASE WHEN $4 THEN $5 ELSE handoff_reason END,
       first_response_at = CASE WHEN $4 THEN NULL ELSE first_response_at END
     WHERE tenant = $1 AND id = $2`,
    [input.tenant, input.conversationId, agentId, queued, input.reason ?? null],
  );
  return { seq };
}

interface HandoffRow {
  id: string;
  visitor_id: string;
  state: ConversationState;
  locale: string;
  handoff_reason: string | null;
  agent_id: string | null;
  queued_at: Date | null;
  first_response_at: Date | null;
}
const HANDOFF_COLUMNS = 'id, visitor_id, state, locale, handoff_reason, agent_id, queued_at, first_response_at';
function toHandoff(row: HandoffRow): HandoffRecord {
  return {
    conversationId: row.id,
    visitorId: row.visitor_id,
    state: row.state,
    locale: row.locale,
    reason: row.handoff_reason,
    agentId: row.agent_id,
    queuedAt: row.queued_at,
    firstResponseAt: row.first_response_at,
  };
}

interface NoteRow {
  id: string;
  conversation_id: string;
  author: string;
  text: string;
  created_at: Date;
}
function toNote(row: NoteRow): AgentNote {
  return { id: row.id, conversationId: row.conversation_id, author: row.author, text: row.text, at: row.created_at.toISOString() };
}

/** Allocates the conversation's next sequence number inside the caller's transaction (optionally setting its state). */
async function nextSeq(tx: SqlExecutor, tenant: string, conversationId: string, state?: string): Promise<number> {
  const [row] = await tx.query<{ last_seq: number }>(
    `UPDATE conversations SET last_seq = last_seq + 1, state = COALESCE($3, state), updated_at = now()
     WHERE tenant = $1 AND id = $2 RETURNING last_seq`,
    [tenant, conversationId, state ?? null],
  );
  if (!row) throw new ConversationNotFoundError(tenant, conversationId);
  return row.last_seq;
}

async function findByClientId(
  db: SqlExecutor,
  tenant: string,
  conversationId: string,
  clientId: string,
): Promise<ServerMessage | undefined> {
  const [row] = await db.query<MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM conversation_events WHERE tenant = $1 AND conversation_id = $2 AND client_id = $3`,
    [tenant, conversationId, clientId],
  );
  return row && toServerMessage(row);
}
