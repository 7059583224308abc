/**
 * The panel's translator: a dedicated i18next instance (never the global one, which a host page may
 * use for itself) fed one locale chunk at a time, so a page view downloads one language only.
 */
import i18next from 'i18next';
import type { Messages } from './locales.ts';

export interface I18nOptions {
  /** A shipped locale (see `resolveLocale`). */
  locale: string;
  supported: readonly string[];
  /** Loads one locale's chunk; the launcher passes its own, so both share the chunks. */
  load: (locale: string) => Promise<Messages>;
}

export interface I18n {
  /** The active locale. */
  readonly language: string;
  t(key: string, params?: Record<string, unknown>): string;
  dir(): 'ltr' | 'rtl';
  /** Loads `locale`'s chunk (once) and switches to it. */
  changeLanguage(locale: string): Promise<void>;
}

/**
 * A translator with only the requested locale loaded (every shipped locale is complete, so there is
 * no fallback language to download too).
 * @example const i18n = await createI18n({ locale: 'zh-Hant', supported: locales, load: loadMessages });
 */
export async function createI18n({ locale, supported, load }: I18nOptions): Promise<I18n> {
  const instance = i18next.createInstance();
  const pick = (requested: string) => (supported.includes(requested) ? requested : 'en');
  const first = pick(locale);
  await instance.init({
    lng: first,
    resources: { [first]: { translation: await load(first) } },
    // No fallback language: each shipped locale is complete.
    fallbackLng: false,
    // Preact escapes text when it renders; escaping here too would show `&amp;`.
    interpolation: { escapeValue: false },
  });
  return {
    get language() {
      return instance.language;
    },
    t: (key, params) => instance.t(key, params ?? {}),
    dir: () => instance.dir(),
    async changeLanguage(next) {
      const target = pick(next);
      if (!instance.hasResourceBundle(target, 'translation')) instance.addResourceBundle(target, 'translation', await load(target));
      await instance.changeLanguage(target);
    },
  };
}

/**
 * The writing direction of any language tag, e.g. a message's `meta.language`: i18next's table of
 * right-to-left languages (far longer than the locales we ship), or the browser's `Intl` data.
 * @example directionOf('ps') // 'rtl'
 */
export const directionOf = (language: string): 'ltr' | 'rtl' => i18next.dir(language);
