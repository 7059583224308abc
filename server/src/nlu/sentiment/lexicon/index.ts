import { compileTerms } from '../normalize.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { id } from './id.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { ptBR } from './pt-BR.ts';
import { th } from './th.ts';
import type { Lexicon } from './types.ts';
import { vi } from './vi.ts';
import { zhHans } from './zh-Hans.ts';
import { zhHant } from './zh-Hant.ts';

export type { Lexicon } from './types.ts';

/** The 14 reply languages, keyed by the BCP 47 tags the language stage emits. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = {
  en, es, 'pt-BR': ptBR, de, fr, vi, id, hi, ar, th, ja, ko, 'zh-Hans': zhHans, 'zh-Hant': zhHant,
};

/** A lexicon compiled to one regex per category. */
export type CompiledLexicon = { readonly [K in keyof Lexicon]: RegExp | undefined };

const compiled = new Map<string, CompiledLexicon>();

/** Resolve loose tags ("pt", "zh-TW", "ja-JP") to a lexicon key; unknown tags fall back to English. */
export function lexiconKey(lang: string): string {
  const tag = lang.toLowerCase();
  if (tag.startsWith('zh')) return /hant|tw|hk|mo/.test(tag) ? 'zh-Hant' : 'zh-Hans';
  if (tag.startsWith('pt')) return 'pt-BR';
  const base = tag.split(/[-_]/)[0] ?? 'en';
  return base in LEXICONS ? base : 'en';
}

/** The language's cues plus English ones (mixed in everywhere), compiled once and cached. */
export function lexiconFor(lang: string): CompiledLexicon {
  const key = lexiconKey(lang);
  const cached = compiled.get(key);
  if (cached) return cached;
  const own = LEXICONS[key] ?? en;
  const merged = {} as Record<keyof Lexicon, RegExp | undefined>;
  for (const category of Object.keys(en) as (keyof Lexicon)[]) {
    merged[category] = compileTerms(own === en ? en[category] : [...own[category], ...en[category]]);
  }
  compiled.set(key, merged);
  return merged;
}
