import i18next, { type BackendModule, type i18n } from 'i18next';
import type { Messages } from './locales.ts';

export interface I18nOptions {
  /** A shipped locale (see `resolveLocale`). */
  locale: string;
  supported: readonly string[];
  /** Loads one locale's chunk; the launcher passes its own, so both share the chunks. */
  load: (locale: string) => Promise<Messages>;
}

/**
 * An i18next instance for the panel, with only the requested locale loaded (every shipped locale is
 * complete, so there is no fallback language to download too).
 * @example const i18n = await createI18n({ locale: 'zh-Hant', supported: locales, load: loadMessages });
 */
export async function createI18n({ locale, supported, load }: I18nOptions): Promise<i18n> {
  const backend: BackendModule = {
    type: 'backend',
    init() {},
    read(language, _namespace, callback) {
      load(language).then(
        (messages) => callback(null, messages),
        (error: Error) => callback(error, false),
      );
    },
  };
  const instance = i18next.createInstance();
  await instance.use(backend).init({
    lng: locale,
    supportedLngs: [...supported],
    fallbackLng: false,
    load: 'currentOnly',
    // Preact escapes text; escaping here too would show `&amp;` to customers.
    interpolation: { escapeValue: false },
  });
  return instance;
}
