import { describe, expect, it } from 'vitest';
import type { QueueItem } from '@parley/sdk/protocol';
import { byPriority, tierSla } from './priority.ts';
import { routeTo } from './routing.ts';

const alex = { id: 'alex', name: 'Alex', languages: ['en', 'de'], skills: [] };
const priya = { id: 'priya', name: 'Priya', languages: ['en', 'hi'], skills: [] };
const mei = { id: 'mei', name: 'Mei', languages: ['zh'], skills: [] };

describe('routeTo', () => {
  it('prefers an agent who speaks the customer language, matching on the primary subtag', () => {
    expect(routeTo('de', [priya, alex], new Map())?.id).toBe('alex');
    expect(routeTo('zh-Hant', [alex, mei], new Map())?.id).toBe('mei');
  });
  it('falls back to the least busy online agent, and to nobody when none is online', () => {
    expect(routeTo('th', [alex, priya], new Map([['alex', 2]]))?.id).toBe('priya');
    expect(routeTo('en', [alex, priya], new Map([['alex', 3], ['priya', 1]]))?.id).toBe('priya');
    expect(routeTo('en', [], new Map())).toBeUndefined();
  });
});

describe('queue order and SLA', () => {
  const item = (id: string, priority: number, queuedAt: string) => ({ conversationId: id, priority, queuedAt }) as QueueItem;
  it('serves higher tiers first, then the longest wait', () => {
    const items = [item('a', 0, '2026-01-01T10:00:00Z'), item('b', 100, '2026-01-01T10:05:00Z'), item('c', 0, '2026-01-01T09:00:00Z')];
    expect(items.sort(byPriority).map((i) => i.conversationId)).toEqual(['b', 'c', 'a']);
  });
  it('takes the tenant SLA over the defaults (15 min standard, 5 min VIP)', () => {
    expect(tierSla({ sla: {} }, 'standard').firstResponseMinutes).toBe(15);
    expect(tierSla({ sla: {} }, 'vip').firstResponseMinutes).toBe(5);
    expect(tierSla({ sla: { vip: { firstResponseMinutes: 2, priority: 9 } } }, 'vip')).toEqual({ firstResponseMinutes: 2, priority: 9 });
    expect(tierSla({ sla: {} }, 'unknown-tier').firstResponseMinutes).toBe(15);
  });
});
