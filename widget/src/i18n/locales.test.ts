import { describe, expect, it } from 'vitest';
import { createI18n } from './index.ts';
import { isRtl, loadMessages, locales, resolveLocale } from './locales.ts';

/** Every leaf of a nested strings object, as [dotted path, value]. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}
const keys = (value: unknown) => leaves(value).map(([key]) => key);

describe('locales', () => {
  it('ships at least en, de, ar, zh-Hant and th', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'de', 'ar', 'zh-Hant', 'th']));
  });

  it.each([
    ['en-GB', 'en'],
    ['DE-at', 'de'],
    ['zh-TW', 'zh-Hant'],
    ['zh_HK', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['ar-EG', 'ar'],
    ['th-TH', 'th'],
    ['sw', 'en'],
  ])('resolves %s to %s', (requested, expected) => {
    expect(resolveLocale(requested)).toBe(expected);
  });

  it('marks Arabic, Hebrew, Persian and Urdu as right-to-left', () => {
    for (const rtl of ['ar', 'he', 'fa', 'ur']) expect(isRtl(rtl), rtl).toBe(true);
    expect(isRtl('th')).toBe(false);
  });

  it('keeps every placeholder of English in every locale', async () => {
    const placeholders = (text: unknown) => String(text).match(/{{\w+}}/g)?.sort() ?? [];
    const english = new Map(leaves(await loadMessages('en')));
    for (const locale of locales) {
      for (const [key, text] of leaves(await loadMessages(locale))) expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english.get(key)));
    }
  });

  it('switches language, missing keys show the key', async () => {
    const i18n = await createI18n({ locale: 'en', supported: locales, load: loadMessages });
    await i18n.changeLanguage('he');
    expect(i18n.dir()).toBe('rtl');
    expect(i18n.t('state.agent', { name: 'Dana' })).toContain('Dana');
    expect(i18n.t('no.such.key')).toBe('no.such.key');
  });

  it('has every string in every locale (there is no fallback language)', async () => {
    const reference = keys(await loadMessages('en')).sort();
    for (const locale of locales) {
      const strings = await loadMessages(locale);
      expect(keys(strings).sort(), locale).toEqual(reference);
      expect(leaves(strings).filter(([, text]) => typeof text !== 'string' || text === ''), locale).toEqual([]);
    }
  });

  it('gives the translator the chosen locale only, with direction', async () => {
    const loadedLocales: string[] = [];
    const i18n = await createI18n({ locale: 'ar', supported: locales, load: (l) => (loadedLocales.push(l), loadMessages(l)) });
    expect(loadedLocales).toEqual(['ar']);
    expect(i18n.language).toBe('ar');
    expect(i18n.dir()).toBe('rtl');
    expect(i18n.t('composer.send')).toBe('إرسال');
    expect(i18n.t('typing', { who: 'المساعد' })).toBe('المساعد يكتب…');
  });
});
