import { ServerMessage } from '@parley/sdk/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationNotFoundError } from './errors.ts';
import { migrate } from './migrate.ts';
import { migrations } from './schema/index.ts';
import type { SqlClient } from './sql-client.ts';
import { createSqlStore } from './sql-store.ts';
import type { Store } from './store.ts';

/** A migrated database to run the contract against; `close` releases it. */
export interface ContractDatabase {
  db: SqlClient;
  close(): Promise<void>;
}

/**
 * The behaviour every `Store` back end must share, as one vitest suite. Each back end's test file
 * calls it with a factory for its database (PGlite in `pglite.test.ts`, PostgreSQL in tests/integration).
 */
export function describeStoreContract(backEnd: string, openDatabase: () => Promise<ContractDatabase>): void {
  describe(`Store contract: ${backEnd}`, () => {
    let database: ContractDatabase;
    let store: Store;
    // Every test works in its own tenant, so tests sharing the database cannot see each other's rows.
    let tenantCounter = 0;
    const newTenant = () => `t${++tenantCounter}-${backEnd.toLowerCase().replace(/[^a-z0-9]/g, '')}`;

    beforeAll(async () => {
      database = await openDatabase();
      store = createSqlStore(database.db);
      await store.migrate();
    }, 60_000);
    afterAll(() => database?.close());

    it('opens a conversation for a new visitor and resumes it afterwards', async () => {
      const tenant = newTenant();
      const first = await store.openConversation({ tenant, visitorId: 'v1', locale: 'en' });
      expect(first).toMatchObject({ tenant, visitorId: 'v1', state: 'bot', locale: 'en', lastSeq: 0 });
      expect(first.createdAt).toBeInstanceOf(Date);
      const again = await store.openConversation({ tenant, visitorId: 'v1', locale: 'de' });
      expect(again).toEqual(first);
      const other = await store.openConversation({ tenant, visitorId: 'v2', locale: 'en' });
      expect(other.id).not.toBe(first.id);
    });

    it('starts a new conversation once the previous one is closed', async () => {
      const tenant = newTenant();
      const first = await store.openConversation({ tenant, visitorId: 'v1', locale: 'en' });
      await store.appendStateChange({ tenant, conversationId: first.id, state: 'closed', reason: 'resolved' });
      const next = await store.openConversation({ tenant, visitorId: 'v1', locale: 'en' });
      expect(next.id).not.toBe(first.id);
      expect(next.lastSeq).toBe(0);
      expect((await store.getConversation(tenant, first.id))?.state).toBe('closed');
    });

    it('appends messages with increasing seq and returns them as protocol messages', async () => {
      const tenant = newTenant();
      const { id } = await store.openConversation({ tenant, visitorId: 'v1', locale: 'en' });
      const a = await store.appendMessage({ tenant, conversationId: id, author: { kind: 'customer' }, text: 'hello', clientId: 'client-0001' });
      const b = await store.appendMessage({
        tenant,
        conversationId: id,
        author: { kind: 'bot', name: 'Parley' },
        text: 'How can I help?',
        quickReplies: [{ label: 'Deposit', text: 'How do I deposit?' }],
        meta: { language: 'en', intent: 'greeting', confidence: 0.9, sentiment: 0.2 },
      });
      expect([a.duplicate, b.duplicate]).toEqual([false, false]);
      expect([a.message.seq, b.message.seq]).toEqual([1, 2]);
      expect(a.message).toMatchObject({ conversationId: id, author: { kind: 'customer' }, text: 'hello', clientId: 'client-0001' });
      expect(b.message).toMatchObject({
        author: { kind: 'bot', name: 'Parley' },
        quickReplies: [{ label: 'Deposit', text: 'How do I deposit?' }],
        meta: { language: 'en', intent: 'greeting', confidence: 0.9, sentiment: 0.2 },
      });
      expect(b.message).not.toHaveProperty('clientId');
      const stored = await store.messagesAfter(tenant, id, 0, 10);
      expect(stored).toEqual([a.message, b.message]);
      for (const message of stored) expect(ServerMessage.safeParse(message).success).toBe(true);
      expect(new Date(a.message.at).toISOString()).toBe(a.message.at);
      expect((await store.getConversation(tenant, id))?.lastSeq).toBe(2);
    });

    it('stores a clientId once: a repeat returns the stored message and takes no seq', async () => {
      const tenant = newTenant();
      const { id } = await store.openConversation({ tenant, visitorId: 'v1', locale: 'en' });
      const input = { tenant, conversationId: id, author: { kind: 'customer' as const }, text: 'buy 10 AAPL', clientId: 'client-dup-1' };
      const first = await store.appendMessage(input);
      const repeat = await store.appendMessage({ ...input, text: 'a different text is ignored' });
      expect(repeat).toEqual({ message: first.message, duplicate: true });
      const next = await store.appendMessage({ ...input, clientId: 'client-dup-2' });
      expect(next.message.seq).toBe(2);
      expect((await store.getConversation(tenant, id))?.lastSeq).toBe(2);
      expect((await store.messagesAfter(tenant, id, 0, 10)).map((m) => m.text)).toEqual(['buy 10 AAPL', 'buy 10 AAPL']);
    });

    it('treats the same clientId in two conversations as two messages', async () => {
      const tenant = newTenant();
      const one = await store.openConversation({ tenant, visitorId: 'v1', locale: 'en' });
      const two = await store.openConversation({ tenant, visitorId: 'v2', locale: 'en' });
      const input = { tenant, author: { kind: 'customer' as const }, text: 'hi', clientId: 'client-same-1' };
      expect((await store.appendMessage({ ...input, conversationId: one.id })).duplicate).toBe(false);
      expect((await store.appendMessage({ ...input, conversationId: two.id })).duplicate).toBe(false);
    });

    it('pages through messagesAfter oldest first', async () => {
      const tenant = newTenant();
      const { id } = await store.openConversation({ tenant, visitorId: 'v1', locale: 'en' });
      for (let i = 1; i <= 7; i++) await store.appendMessage({ tenant, conversationId: id, author: { kind: 'customer' }, text: `m${i}` });
      const pages: string[][] = [];
      let after = 0;
      for (;;) {
        const page = await store.messagesAfter(tenant, id, after, 3);
        if (page.length === 0) break;
        pages.push(page.map((m) => m.text));
        after = page.at(-1)!.seq;
      }
      expect(pages).toEqual([['m1', 'm2', 'm3'], ['m4', 'm5', 'm6'], ['m7']]);
      expect(await store.messagesAfter(tenant, id, 5, 100)).toHaveLength(2);
    });

    it('records state changes as events that take a seq and move the projection', async () => {
      const tenant = newTenant();
      const { id } = await store.openConversation({ tenant, visitorId: 'v1', locale: 'en' });
      await store.appendMessage({ tenant, conversationId: id, author: { kind: 'customer' }, text: 'agent please' });
      expect(await store.appendStateChange({ tenant, conversationId: id, state: 'queued', reason: 'customer asked' })).toEqual({ seq: 2 });
      expect(await store.appendStateChange({ tenant, conversationId: id, state: 'agent' })).toEqual({ seq: 3 });
      const reply = await store.appendMessage({ tenant, conversationId: id, author: { kind: 'agent', name: 'Ana' }, text: 'Hi, Ana here' });
      expect(reply.message.seq).toBe(4);
      expect((await store.messagesAfter(tenant, id, 0, 10)).map((m) => m.seq)).toEqual([1, 4]);
      expect(await store.getConversation(tenant, id)).toMatchObject({ state: 'agent', lastSeq: 4 });
      const events = await database.db.query<{ seq: number; kind: string; state: string | null; reason: string | null }>(
        'SELECT seq, kind, state, reason FROM conversation_events WHERE conversation_id = $1 ORDER BY seq',
        [id],
      );
      expect(events).toEqual([
        { seq: 1, kind: 'message', state: null, reason: null },
        { seq: 2, kind: 'state', state: 'queued', reason: 'customer asked' },
        { seq: 3, kind: 'state', state: 'agent', reason: null },
        { seq: 4, kind: 'message', state: null, reason: null },
      ]);
    });

    it('persists the detected locale', async () => {
      const tenant = newTenant();
      const { id } = await store.openConversation({ tenant, visitorId: 'v1', locale: 'en' });
      await store.setLocale(tenant, id, 'pt-BR');
      expect((await store.getConversation(tenant, id))?.locale).toBe('pt-BR');
    });

    it('keeps tenants apart: another tenant sees nothing and can write nothing', async () => {
      const owner = newTenant();
      const intruder = newTenant();
      const { id } = await store.openConversation({ tenant: owner, visitorId: 'v1', locale: 'en' });
      await store.appendMessage({ tenant: owner, conversationId: id, author: { kind: 'customer' }, text: 'my account number', clientId: 'client-secret' });

      expect(await store.getConversation(intruder, id)).toBeUndefined();
      expect(await store.messagesAfter(intruder, id, 0, 10)).toEqual([]);
      const message = { tenant: intruder, conversationId: id, author: { kind: 'customer' as const }, text: 'x' };
      await expect(store.appendMessage(message)).rejects.toBeInstanceOf(ConversationNotFoundError);
      // Not even a duplicate answer: that would leak the owner's message.
      await expect(store.appendMessage({ ...message, clientId: 'client-secret' })).rejects.toBeInstanceOf(ConversationNotFoundError);
      await expect(store.appendStateChange({ tenant: intruder, conversationId: id, state: 'closed' })).rejects.toBeInstanceOf(ConversationNotFoundError);
      await expect(store.setLocale(intruder, id, 'de')).rejects.toBeInstanceOf(ConversationNotFoundError);

      expect(await store.getConversation(owner, id)).toMatchObject({ state: 'bot', locale: 'en', lastSeq: 1 });
      const sameVisitorElsewhere = await store.openConversation({ tenant: intruder, visitorId: 'v1', locale: 'en' });
      expect(sameVisitorElsewhere.id).not.toBe(id);
    });

    it('rejects writes to an unknown conversation', async () => {
      const tenant = newTenant();
      await expect(
        store.appendMessage({ tenant, conversationId: 'no-such-conversation', author: { kind: 'bot' }, text: 'x' }),
      ).rejects.toBeInstanceOf(ConversationNotFoundError);
    });

    it('refuses UPDATE, DELETE and TRUNCATE on the event log in the database itself', async () => {
      const tenant = newTenant();
      const { id } = await store.openConversation({ tenant, visitorId: 'v1', locale: 'en' });
      await store.appendMessage({ tenant, conversationId: id, author: { kind: 'customer' }, text: 'original' });
      const appendOnly = /append-only/;
      await expect(database.db.query("UPDATE conversation_events SET text = 'edited' WHERE conversation_id = $1", [id])).rejects.toThrow(appendOnly);
      await expect(database.db.query('DELETE FROM conversation_events WHERE conversation_id = $1', [id])).rejects.toThrow(appendOnly);
      await expect(database.db.exec('TRUNCATE conversation_events CASCADE')).rejects.toThrow(appendOnly);
      expect((await store.messagesAfter(tenant, id, 0, 10)).map((m) => m.text)).toEqual(['original']);
    });

    it('moves a conversation through the queue to a person and records each owner', async () => {
      const tenant = newTenant();
      const { id } = await store.openConversation({ tenant, visitorId: 'v1', locale: 'de' });
      expect(await store.listHandoffs(tenant)).toEqual([]);
      await store.appendStateChange({ tenant, conversationId: id, state: 'queued', reason: 'frustration' });
      const queued = await store.getHandoff(tenant, id);
      expect(queued).toMatchObject({ state: 'queued', reason: 'frustration', agentId: null, firstResponseAt: null, locale: 'de' });
      expect(queued?.queuedAt).toBeInstanceOf(Date);
      const claimed = await store.transition({ tenant, conversationId: id, from: ['queued'], state: 'agent', agentId: 'alex' });
      expect(claimed).toHaveProperty('seq');
      // A second claim of the same conversation loses and writes nothing.
      const lastSeq = (await store.getConversation(tenant, id))?.lastSeq;
      expect(await store.transition({ tenant, conversationId: id, from: ['queued'], state: 'agent', agentId: 'priya' })).toEqual({ conflict: 'agent' });
      expect((await store.getConversation(tenant, id))?.lastSeq).toBe(lastSeq);
      expect(await store.listHandoffs(tenant)).toMatchObject([{ conversationId: id, state: 'agent', agentId: 'alex', reason: 'frustration' }]);
      await store.appendMessage({ tenant, conversationId: id, author: { kind: 'agent', name: 'Alex' }, text: 'Hello, I am here.' });
      expect((await store.getHandoff(tenant, id))?.firstResponseAt).toBeInstanceOf(Date);
      await store.appendStateChange({ tenant, conversationId: id, state: 'bot', reason: 'returned' });
      expect(await store.getHandoff(tenant, id)).toMatchObject({ state: 'bot', agentId: null });
      expect(await store.listHandoffs(tenant)).toEqual([]);
    });

    it('keeps internal notes and ratings apart from the messages customers read', async () => {
      const tenant = newTenant();
      const { id } = await store.openConversation({ tenant, visitorId: 'v1', locale: 'en' });
      await store.appendMessage({ tenant, conversationId: id, author: { kind: 'customer' }, text: 'hi', clientId: 'client-0001' });
      const note = await store.addNote({ tenant, conversationId: id, author: 'Alex', text: 'Customer sounds worried' });
      expect(note).toMatchObject({ conversationId: id, author: 'Alex', text: 'Customer sounds worried' });
      expect(await store.notes(tenant, id)).toEqual([note]);
      expect(await store.notes(newTenant(), id)).toEqual([]);
      expect((await store.messagesAfter(tenant, id, 0, 10)).map((m) => m.text)).toEqual(['hi']);
      await expect(store.addNote({ tenant: newTenant(), conversationId: id, author: 'x', text: 'y' })).rejects.toBeInstanceOf(ConversationNotFoundError);
      expect(await store.rate({ tenant, conversationId: id, score: 4, comment: 'quick' })).toEqual({ duplicate: false });
      expect(await store.rate({ tenant, conversationId: id, score: 1 })).toEqual({ duplicate: true });
      expect(await store.rating(tenant, id)).toEqual({ score: 4, comment: 'quick' });
      await expect(store.rate({ tenant: newTenant(), conversationId: id, score: 5 })).rejects.toBeInstanceOf(ConversationNotFoundError);
    });

    it('records a first-response SLA breach once per queue episode, however many callers race for it', async () => {
      const tenant = newTenant();
      const { id } = await store.openConversation({ tenant, visitorId: 'v1', locale: 'en' });
      await store.appendStateChange({ tenant, conversationId: id, state: 'queued', reason: 'asked_for_person' });
      const [pending] = await store.listSlaPending(tenant);
      expect(pending).toMatchObject({ conversationId: id, visitorId: 'v1' });
      const queuedAt = pending!.queuedAt.getTime();
      const breach = (now: number, onTenant = tenant) =>
        store.recordSlaBreach({ tenant: onTenant, conversationId: id, tier: 'vip', allowanceMs: 300_000, now: new Date(now) });

      expect(await breach(queuedAt + 299_000)).toBeUndefined();
      expect(await breach(queuedAt + 900_000, newTenant())).toBeUndefined();
      // As several processes whose timers fall due together: exactly one of them writes the record.
      const results = await Promise.all(Array.from({ length: 8 }, () => breach(queuedAt + 300_000)));
      expect(results.filter((r) => r !== undefined)).toEqual([{ conversationId: id, tier: 'vip', queuedAt: pending!.queuedAt, dueAt: new Date(queuedAt + 300_000) }]);
      expect(await breach(queuedAt + 900_000)).toBeUndefined();
      expect(await store.listSlaPending(tenant)).toEqual([]);

      // Back to the bot and queued again: a new episode, a new SLA. Answered in time: no breach.
      await store.appendStateChange({ tenant, conversationId: id, state: 'bot', reason: 'returned' });
      await store.appendStateChange({ tenant, conversationId: id, state: 'queued', reason: 'asked_for_person' });
      const [again] = await store.listSlaPending(tenant);
      expect(again!.queuedAt.getTime()).toBeGreaterThan(queuedAt);
      expect(await breach(again!.queuedAt.getTime() + 300_000)).toMatchObject({ queuedAt: again!.queuedAt });
      const other = await store.openConversation({ tenant, visitorId: 'v2', locale: 'en' });
      await store.appendStateChange({ tenant, conversationId: other.id, state: 'queued' });
      await store.appendMessage({ tenant, conversationId: other.id, author: { kind: 'agent', name: 'Alex' }, text: 'Hello' });
      expect(await store.listSlaPending(tenant)).toEqual([]);
      const late = await store.recordSlaBreach({ tenant, conversationId: other.id, tier: 'standard', allowanceMs: 1, now: new Date(Date.now() + 3_600_000) });
      expect(late).toBeUndefined();

      const appendOnly = /append-only/;
      await expect(database.db.query("UPDATE sla_breaches SET tier = 'standard' WHERE conversation_id = $1", [id])).rejects.toThrow(appendOnly);
      await expect(database.db.query('DELETE FROM sla_breaches WHERE conversation_id = $1', [id])).rejects.toThrow(appendOnly);
      expect(await database.db.query('SELECT tier FROM sla_breaches WHERE conversation_id = $1', [id])).toEqual([{ tier: 'vip' }, { tier: 'vip' }]);
    });

    it('runs migrations once, records them, and finds nothing to do the second time', async () => {
      expect(await migrate(database.db)).toEqual([]);
      await store.migrate();
      const recorded = await database.db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
      expect(recorded).toEqual(migrations.map(({ version, name }) => ({ version, name })));
    });
  });
}
