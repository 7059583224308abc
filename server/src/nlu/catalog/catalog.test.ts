import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPLY_LANGUAGES } from '../language/index.ts';
import { CATALOG_INTENTS } from './intents.ts';

// The shipped catalog is data anyone may edit: these checks keep every language complete.
const dir = new URL('./', import.meta.url).pathname;
const read = (kind: string, lang: string) => JSON.parse(readFileSync(`${dir}${kind}/${lang}.json`, 'utf8')) as Record<string, unknown>;
const ids = CATALOG_INTENTS.map((i) => i.id).sort();
const SYSTEM_KEYS = ['welcome', 'clarify', 'clarify_offer_person', 'out_of_scope', 'unsupported_language', 'handoff_queued', 'anxious_ack', 'advice_disclaimer', 'talk_to_person_label', 'offline'];

describe('the intent catalog', () => {
  it('has at least 40 intents, one of them compliance-sensitive', () => {
    expect(CATALOG_INTENTS.length).toBeGreaterThanOrEqual(40);
    expect(CATALOG_INTENTS.some((i) => i.compliance)).toBe(true);
  });

  it('covers every reply language with utterances and answers', () => {
    const files = (kind: string) => readdirSync(`${dir}${kind}`).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files('utterances')).toEqual([...REPLY_LANGUAGES].sort());
    expect(files('answers')).toEqual([...REPLY_LANGUAGES].sort());
    expect(files('out-of-scope')).toEqual([...REPLY_LANGUAGES].sort());
  });

  describe.each(REPLY_LANGUAGES)('%s', (lang) => {
    it('has at least 25 distinct utterances for every intent, none shared between intents', () => {
      const utterances = read('utterances', lang) as Record<string, string[]>;
      expect(Object.keys(utterances).sort()).toEqual(ids);
      const owner = new Map<string, string>();
      for (const [intent, texts] of Object.entries(utterances)) {
        const distinct = new Set(texts.map((t) => t.trim().toLowerCase()));
        expect(distinct.size, intent).toBeGreaterThanOrEqual(25);
        for (const t of distinct) {
          expect(owner.get(t) ?? intent, `"${t}" in ${intent} and ${owner.get(t)}`).toBe(intent);
          owner.set(t, intent);
        }
      }
    });

    it('has off-topic examples that no intent also claims', () => {
      const offTopic = JSON.parse(readFileSync(`${dir}out-of-scope/${lang}.json`, 'utf8')) as string[];
      expect(new Set(offTopic).size).toBeGreaterThanOrEqual(40);
      const claimed = new Set(Object.values(read('utterances', lang) as Record<string, string[]>).flat().map((t) => t.trim().toLowerCase()));
      expect(offTopic.filter((t) => claimed.has(t.trim().toLowerCase()))).toEqual([]);
    });

    it('answers every intent and has every system phrase with its placeholders', () => {
      const answers = read('answers', lang) as { intents: Record<string, string>; system: Record<string, string> };
      expect(Object.keys(answers.intents).sort()).toEqual(ids);
      for (const text of Object.values(answers.intents)) expect(text.trim().length).toBeGreaterThan(0);
      expect(Object.keys(answers.system).sort()).toEqual([...SYSTEM_KEYS].sort());
      expect(answers.system.handoff_queued).toContain('{{caseNumber}}');
      expect(answers.system.unsupported_language).toContain('{{language}}');
      expect(answers.system.talk_to_person_label!.length).toBeLessThanOrEqual(30);
      expect(JSON.stringify(answers)).not.toMatch(/<[a-z][\s\S]*>/i);
    });
  });
});
