import { randomUUID } from 'node:crypto';
import type { ServerMessage } from '@parley/sdk/protocol';
import { ConversationNotFoundError } from './errors.ts';
import { migrate } from './migrate.ts';
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
import type { AppendResult, ConversationRecord, NewMessage, Store } from './store.ts';

/**
 * The one implementation of the `Store` port, over any `SqlClient` (PGlite or Postgres).
 * Every statement filters by tenant, so a conversation id from another tenant behaves as unknown.
 */
export function createSqlStore(db: SqlClient): Store {
  return {
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
    appendStateChange: (input) =>
      db.transaction(async (tx) => {
        // Taking the next seq and moving the projection in one statement also row-locks the conversation.
        const seq = await nextSeq(tx, input.tenant, input.conversationId, input.state);
        await tx.query(
          `INSERT INTO conversation_events (id, tenant, conversation_id, seq, kind, state, reason)
           VALUES ($1, $2, $3, $4, 'state', $5, $6)`,
          [randomUUID(), input.tenant, input.conversationId, seq, input.state, input.reason ?? null],
        );
        return { seq };
      }),
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
  return { message: toServerMessage(row), duplicate: false };
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
