import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createI18n, directionOf } from './index.ts';
import { isRtl, loadMessages, locales } from './locales.ts';

describe('createI18n (i18next)', () => {
  it('translates with every shipped locale code as it is written (zh-Hant, pt-BR, …)', async () => {
    for (const locale of locales) {
      const i18n = await createI18n({ locale, supported: locales, load: loadMessages });
      const strings = await loadMessages(locale);
      expect(i18n.language, locale).toBe(locale);
      expect(i18n.t('panel.title'), locale).toBe(strings.panel.title);
      expect(i18n.t('queue.minutes', { minutes: 7 }), locale).toBe(strings.queue.minutes.replace('{{minutes}}', '7'));
    }
  });

  it('leaves escaping to Preact: names are inserted as written', async () => {
    const i18n = await createI18n({ locale: 'en', supported: locales, load: loadMessages });
    expect(i18n.t('state.agent', { name: 'Ana & <Bo>' })).toBe('Chatting with Ana & <Bo>');
  });

  it('downloads each locale once, and English for one it does not ship', async () => {
    const loaded: string[] = [];
    const i18n = await createI18n({ locale: 'xx', supported: locales, load: (l) => (loaded.push(l), loadMessages(l)) });
    expect(i18n.language).toBe('en');
    await i18n.changeLanguage('th');
    await i18n.changeLanguage('en');
    await i18n.changeLanguage('th');
    expect(loaded).toEqual(['en', 'th']);
    expect(i18n.t('composer.send')).toBe((await loadMessages('th')).composer.send);
  });

  it('uses its own instance, never the page-wide i18next one', async () => {
    await createI18n({ locale: 'de', supported: locales, load: loadMessages });
    expect(i18next.isInitialized).toBeFalsy();
  });
});

describe('directionOf', () => {
  it('knows right-to-left languages we ship no locale for', () => {
    expect(directionOf('ps')).toBe('rtl');
    expect(directionOf('ar-EG')).toBe('rtl');
    expect(directionOf('sw')).toBe('ltr');
  });

  it("agrees with the launcher's direction for every shipped locale", () => {
    for (const locale of locales) expect(directionOf(locale) === 'rtl', locale).toBe(isRtl(locale));
  });
});
