import { describe, expect, it } from 'vitest';
import { normaliseTag, toReplyLanguage } from './languages.ts';

describe('toReplyLanguage', () => {
  it.each([
    ['en-GB', 'en'], ['pt-PT', 'pt-BR'], ['pt', 'pt-BR'], ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-Hant-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'], ['zh', 'zh-Hans'], ['hi-IN', 'hi'], ['in_ID', 'id'], ['ar-SA', 'ar'], ['JA', 'ja'], ['de_AT', 'de'],
  ])('%s → %s', (locale, lang) => {
    expect(toReplyLanguage(locale)).toBe(lang);
  });

  it.each(['ru-RU', 'ms-MY', 'tr', '', 'x'])('%s → undefined', (locale) => {
    expect(toReplyLanguage(locale)).toBeUndefined();
  });
});

describe('normaliseTag', () => {
  it('keeps reply languages and reduces others to their primary subtag', () => {
    expect(normaliseTag('zh-TW')).toBe('zh-Hant');
    expect(normaliseTag('ru-RU')).toBe('ru');
    expect(normaliseTag('??')).toBeUndefined();
  });
});
