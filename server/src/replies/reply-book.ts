import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, type i18n, type Resource, type ResourceKey } from 'i18next';

/** Keys every language's `answers/<lang>.json` has under `system`. */
export type SystemKey =
  | 'welcome'
  | 'clarify'
  | 'clarify_offer_person'
  | 'out_of_scope'
  | 'unsupported_language'
  | 'handoff_queued'
  | 'anxious_ack'
  | 'advice_disclaimer'
  | 'talk_to_person_label'
  | 'offline';

/** The bot's words in every reply language: catalog answers, system phrases and suggestion labels. */
export interface ReplyBook {
  readonly languages: readonly string[];
  /**
   * The answer for an intent, or undefined when the catalog has none in any language.
   * `overrides` (the tenant's answers for this language) win over the shipped ones.
   */
  answer(lang: string, intent: string, vars?: Record<string, string>, overrides?: Record<string, string>): string | undefined;
  system(lang: string, key: SystemKey, vars?: Record<string, string>): string;
  /** A short natural phrase for an intent, used as a quick-reply label (the catalog's first utterance). */
  label(lang: string, intent: string): string;
}

/** Directory with `answers/` and `utterances/` (one JSON file per language each). */
export const CATALOG_DIR = new URL('../nlu/catalog/', import.meta.url).pathname;

/** Reads every language of the catalog once; English is the fallback for anything missing. */
export function loadReplyBook(catalogDir = CATALOG_DIR): ReplyBook {
  const answersDir = join(catalogDir, 'answers');
  const languages = readdirSync(answersDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length));
  const resources: Resource = Object.fromEntries(
    languages.map((lang) => [lang, { translation: readJson(join(answersDir, `${lang}.json`)) as ResourceKey }]),
  );
  const i18n: i18n = createInstance();
  // Resources are in memory, so init completes synchronously; bot text is plain text, never HTML.
  void i18n.init({ resources, fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false }, returnNull: false });
  const labels = new Map<string, Record<string, string[]>>();
  const utterancesFor = (lang: string) => {
    if (!labels.has(lang)) {
      const file = join(catalogDir, 'utterances', `${lang}.json`);
      labels.set(lang, existsSync(file) ? (readJson(file) as Record<string, string[]>) : {});
    }
    return labels.get(lang)!;
  };
  return {
    languages,
    answer(lang, intent, vars = {}, overrides = {}) {
      const own = overrides[intent];
      if (own !== undefined) return own.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
      const key = `intents.${intent}`;
      return i18n.exists(key, { lng: lang }) ? i18n.t(key, { lng: lang, ...vars }) : undefined;
    },
    system: (lang, key, vars = {}) => i18n.t(`system.${key}`, { lng: lang, ...vars }),
    label(lang, intent) {
      const first = utterancesFor(lang)[intent]?.[0] ?? utterancesFor('en')[intent]?.[0] ?? intent.replaceAll('_', ' ');
      return first.length > 80 ? `${first.slice(0, 77)}…` : first;
    },
  };
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}
