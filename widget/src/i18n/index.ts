/**
 * The panel's translator: rosetta (0.3 KB gzip) over the same nested, `{{name}}`-interpolated JSON
 * that i18next reads. i18next itself measured 16 KB gzip here, a third of the whole widget budget,
 * for features a chat panel does not use (backends, plurals by rule, formatters, namespaces).
 */
import rosetta from 'rosetta';
import { isRtl, type Messages } from './locales.ts';

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
  const tables = rosetta<Messages>();
  const loaded = new Set<string>();
  let language = '';
  const changeLanguage = async (next: string) => {
    const target = supported.includes(next) ? next : 'en';
    if (!loaded.has(target)) {
      tables.set(target, await load(target));
      loaded.add(target);
    }
    language = tables.locale(target);
  };
  await changeLanguage(locale);
  return {
    get language() {
      return language;
    },
    // A missing key shows the key (as i18next does), never an empty string.
    t: (key, params) => tables.t(key, params ?? {}) || key,
    dir: () => (isRtl(language) ? 'rtl' : 'ltr'),
    changeLanguage,
  };
}
