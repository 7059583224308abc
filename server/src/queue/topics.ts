import type { HandoffRecord, Store } from '../store/store.ts';

/** How far back (in events) to look for what the conversation was about before the handoff. */
const TOPIC_WINDOW = 12;

export interface Topics {
  /** Intents the bot answered shortly before the conversation was queued, newest first. */
  of(tenant: string, handoff: HandoffRecord): Promise<string[]>;
  /** Forgets the tenant's conversations that are not in `current` (its whole queue). */
  keepOnly(tenant: string, current: readonly HandoffRecord[]): void;
}

/**
 * What each waiting conversation is about, for skill routing. Read once per queue episode (keyed by
 * when it was queued) and kept: the bot is silent once a conversation is queued, so the answer cannot
 * change until the next handoff, and the queue is rebuilt on every change.
 */
export function conversationTopics(store: Store): Topics {
  const byTenant = new Map<string, Map<string, string[]>>();
  const key = (h: HandoffRecord) => `${h.conversationId}@${h.queuedAt?.getTime() ?? 0}`;
  return {
    async of(tenant, handoff) {
      const known = byTenant.get(tenant) ?? new Map<string, string[]>();
      byTenant.set(tenant, known);
      const cached = known.get(key(handoff));
      if (cached) return cached;
      const conversation = await store.getConversation(tenant, handoff.conversationId);
      const after = Math.max(0, (conversation?.lastSeq ?? 0) - TOPIC_WINDOW);
      const recent = await store.messagesAfter(tenant, handoff.conversationId, after, TOPIC_WINDOW);
      const topics = recent
        .filter((m) => m.author.kind === 'bot' && m.meta?.intent)
        .map((m) => m.meta!.intent!)
        .reverse();
      known.set(key(handoff), topics);
      return topics;
    },
    keepOnly(tenant, current) {
      const keep = new Set(current.map(key));
      const known = byTenant.get(tenant);
      for (const k of known?.keys() ?? []) if (!keep.has(k)) known!.delete(k);
    },
  };
}
