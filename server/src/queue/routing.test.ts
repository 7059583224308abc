import { describe, expect, it } from 'vitest';
import type { QueueItem } from '@parley/sdk/protocol';
import { byPriority, tierSla } from './priority.ts';
import { DEFAULT_SKILL_RULES } from '../agents/config.ts';
import { neededSkill, routeTo } from './routing.ts';

const alex = { id: 'alex', name: 'Alex', languages: ['en', 'de'], skills: ['payments'] };
const priya = { id: 'priya', name: 'Priya', languages: ['en', 'hi'], skills: [] };
const mei = { id: 'mei', name: 'Mei', languages: ['zh'], skills: ['licensed'] };
const otto = { id: 'otto', name: 'Otto', languages: ['de'], skills: ['licensed'] };
const any = (language: string) => ({ language, skill: null });

describe('routeTo', () => {
  it('prefers an agent who speaks the customer language, matching on the primary subtag', () => {
    expect(routeTo(any('de'), [priya, alex], new Map())?.id).toBe('alex');
    expect(routeTo(any('zh-Hant'), [alex, mei], new Map())?.id).toBe('mei');
  });
  it('falls back to the least busy online agent, and to nobody when none is online', () => {
    expect(routeTo(any('th'), [alex, priya], new Map([['alex', 2]]))?.id).toBe('priya');
    expect(routeTo(any('en'), [alex, priya], new Map([['alex', 3], ['priya', 1]]))?.id).toBe('priya');
    expect(routeTo(any('en'), [], new Map())).toBeUndefined();
  });
  it('prefers language and skill, then language alone, then skill alone, then anyone', () => {
    const team = [alex, priya, mei, otto];
    // Both: a German speaker with the licence, though busier than Alex.
    expect(routeTo({ language: 'de', skill: 'licensed' }, team, new Map([['otto', 2]]))?.id).toBe('otto');
    // Language before skill: nobody speaks Hindi with a licence, so the Hindi speaker without one.
    expect(routeTo({ language: 'hi', skill: 'licensed' }, team, new Map())?.id).toBe('priya');
    // Nobody speaks Thai: someone with the skill, the least busy of them.
    expect(routeTo({ language: 'th', skill: 'licensed' }, team, new Map([['mei', 1]]))?.id).toBe('otto');
    // Nobody speaks it or has it: the least busy of everyone.
    expect(routeTo({ language: 'th', skill: 'tax' }, team, new Map([['alex', 1], ['mei', 1], ['otto', 1]]))?.id).toBe('priya');
  });
});

describe('neededSkill', () => {
  it('reads the handoff reason first, then the latest topic the bot answered', () => {
    expect(neededSkill(DEFAULT_SKILL_RULES, 'money_missing', [])).toBe('payments');
    expect(neededSkill(DEFAULT_SKILL_RULES, 'asked_for_person', ['investment_advice', 'fees_commissions'])).toBe('licensed');
    expect(neededSkill(DEFAULT_SKILL_RULES, 'money_missing', ['investment_advice'])).toBe('payments');
    expect(neededSkill(DEFAULT_SKILL_RULES, 'frustration', ['greeting', 'withdrawal_delayed', 'investment_advice'])).toBe('payments');
  });
  it('needs nothing when no rule applies, or when the tenant has no rules', () => {
    expect(neededSkill(DEFAULT_SKILL_RULES, 'asked_for_person', ['fees_commissions'])).toBeNull();
    expect(neededSkill(DEFAULT_SKILL_RULES, null, [])).toBeNull();
    expect(neededSkill([], 'money_missing', ['investment_advice'])).toBeNull();
  });
  it('follows the tenant rules in their order', () => {
    const rules = [
      { skill: 'complaints', reasons: ['complaint', 'regulator_threat'], intents: [] },
      { skill: 'vip-desk', reasons: ['complaint'], intents: ['close_account'] },
    ];
    expect(neededSkill(rules, 'complaint', ['close_account'])).toBe('complaints');
    expect(neededSkill(rules, 'asked_for_person', ['close_account'])).toBe('vip-desk');
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
