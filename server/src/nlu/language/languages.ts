/** The languages Parley can answer in; every other recognised language gets `supported: false`. */
export const REPLY_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'es', 'pt-BR', 'de', 'fr', 'ar', 'hi', 'th', 'vi', 'id'] as const;

/** One of {@link REPLY_LANGUAGES}. */
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

const REPLY_SET: ReadonlySet<string> = new Set(REPLY_LANGUAGES);

/** True when `lang` is a reply language code exactly as Parley spells it. */
export function isReplyLanguage(lang: string): lang is ReplyLanguage {
  return REPLY_SET.has(lang);
}

// Chinese regions and scripts that read Traditional characters.
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo', 'hant']);

/**
 * Map any browser locale (pt-PT, zh-TW, zh-HK, zh-CN, hi-IN, en-GB …) to the nearest reply language
 * or undefined. Portuguese of any region maps to pt-BR (the only Portuguese we write), Malay to
 * Indonesian is deliberately NOT done: the two differ enough that a Malay reader deserves the
 * polite "unsupported" reply rather than Indonesian.
 */
export function toReplyLanguage(locale: string): ReplyLanguage | undefined {
  const parts = locale.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  const base = parts[0];
  if (base === undefined) return undefined;
  const rest = parts.slice(1);
  switch (base) {
    case 'zh':
      return rest.some((p) => TRADITIONAL_REGIONS.has(p)) ? 'zh-Hant' : 'zh-Hans';
    case 'pt':
      return 'pt-BR';
    case 'in': // legacy Java/Android code for Indonesian
      return 'id';
    default:
      return isReplyLanguage(base) ? base : undefined;
  }
}

/**
 * Normalise a language tag coming from the conversation or the widget: reply languages keep their
 * exact spelling, other tags are reduced to their primary subtag (`ru-RU` → `ru`).
 */
export function normaliseTag(tag: string): string | undefined {
  const reply = toReplyLanguage(tag);
  if (reply) return reply;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return base && /^[a-z]{2,3}$/.test(base) ? base : undefined;
}
