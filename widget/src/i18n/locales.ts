/**
 * The shipped locales, one lazy chunk each (`locales/*.json`, listed by the build's
 * `virtual:parley/locales`). The launcher loads the chunk for its button labels and hands the same
 * loader to the panel's translator, so a page view pays for one language only.
 */
import { codes, importLocale } from 'virtual:parley/locales';
import type en from './locales/en.json';

export type Messages = typeof en;

/** Locale codes we have a file for, e.g. `en`, `zh-Hant`. */
export const locales: readonly string[] = codes;

const RTL = new Set(['ar', 'fa', 'he', 'ur']);

/** Chinese regions written in Traditional characters. */
const HANT_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The shipped locale for a BCP 47 request, if any: exact match, then script (for Chinese, and
 * Portuguese falls to pt-BR), then the base language. Case-insensitive, `_` accepted for `-`.
 * @example matchLocale('zh-TW') // 'zh-Hant'
 * @example matchLocale('sw') // undefined
 */
export function matchLocale(requested: string, available: readonly string[] = locales): string | undefined {
  const parts = requested.replace(/_/g, '-').toLowerCase().split('-');
  const find = (code: string) => available.find((l) => l.toLowerCase() === code);
  const exact = find(parts.join('-'));
  if (exact) return exact;
  const [language = '', ...rest] = parts;
  if (language === 'zh') {
    const traditional = rest.includes('hant') || (!rest.includes('hans') && rest.some((p) => HANT_REGIONS.has(p)));
    const chinese = find(traditional ? 'zh-hant' : 'zh-hans');
    if (chinese) return chinese;
  }
  // Norwegian: "no" and Nynorsk readers read Bokmål; Portuguese without a region: Brazilian.
  const alias = ALIASES[language];
  return find(language) ?? (alias ? find(alias) : undefined);
}

const ALIASES: Record<string, string> = { no: 'nb', nn: 'nb', pt: 'pt-br', iw: 'he', in: 'id' };

/**
 * Picks the best shipped locale for a BCP 47 request, else English.
 * @example resolveLocale('zh-TW') // 'zh-Hant'
 */
export function resolveLocale(requested: string, available: readonly string[] = locales): string {
  return matchLocale(requested, available) ?? 'en';
}

export function isRtl(locale: string): boolean {
  return RTL.has(locale.split('-')[0] ?? '');
}

/** Loads one locale's strings (its own chunk); English for a code we do not ship. */
export async function loadMessages(locale: string): Promise<Messages> {
  return (await importLocale(locales.includes(locale) ? locale : 'en')).default;
}
