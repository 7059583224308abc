import { describe, expect, it } from 'vitest';
import { locales } from './locales.ts';
import { followConversation, negotiateLocale } from './negotiate.ts';

describe('negotiateLocale', () => {
  it('prefers the explicit locale, then the customer, then the browser', () => {
    expect(negotiateLocale({ explicit: 'de', customer: 'th', browser: ['fr'] })).toBe('de');
    expect(negotiateLocale({ customer: 'th', browser: ['fr'] })).toBe('th');
    expect(negotiateLocale({ browser: ['fr-CA', 'en'] })).toBe('fr');
  });

  it('skips languages we do not ship, down the browser list', () => {
    expect(negotiateLocale({ explicit: 'sw', browser: ['am', 'zh-HK', 'en'] })).toBe('zh-Hant');
    expect(negotiateLocale({ browser: ['sw'] })).toBe('en');
    expect(negotiateLocale({ browser: [] })).toBe('en');
  });

  it.each([
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-PT'],
    ['no', 'nb'],
    ['iw', 'he'],
    ['fa-IR', 'fa'],
    ['ur-PK', 'ur'],
  ])('maps %s to %s', (requested, expected) => {
    expect(negotiateLocale({ browser: [requested] })).toBe(expected);
  });
});

describe('followConversation', () => {
  it('switches to the language the customer writes in', () => {
    expect(followConversation('en', 'th', false)).toBe('th');
    expect(followConversation('en', 'zh-TW', false)).toBe('zh-Hant');
  });

  it('stays when pinned, unchanged, unknown or missing', () => {
    expect(followConversation('en', 'th', true)).toBeUndefined();
    expect(followConversation('th', 'th', false)).toBeUndefined();
    expect(followConversation('en', 'sw', false)).toBeUndefined();
    expect(followConversation('en', undefined, false)).toBeUndefined();
  });

  it('ships at least 30 locales, four of them right-to-left', () => {
    expect(locales.length).toBeGreaterThanOrEqual(30);
    expect(locales).toEqual(expect.arrayContaining(['ar', 'he', 'fa', 'ur', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'hi', 'th', 'vi', 'id', 'ms', 'tr', 'ru', 'pl', 'nl', 'it', 'sv', 'pt-BR', 'pt-PT']));
  });
});
