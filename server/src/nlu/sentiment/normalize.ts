/**
 * Text folding and term matching shared by the lexicons, the sarcasm cues and the model.
 * Folding is deliberately lossy (case, width, Latin accents) because customers type
 * "nao recebi", "ne recu pas" and "tien dau" as often as the accented forms.
 */

/** Fold case, full-width forms and Latin diacritics; keep CJK, Thai, Arabic, Devanagari intact. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // Latin combining accents only; other scripts' marks are letters
    .normalize('NFC')
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'");
}

// Scripts written without spaces (or with glued particles, like Korean and Arabic): match anywhere.
const UNSPACED = /[\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compile terms into one global regex. A trailing `*` means "any word ending"
 * (inflections: "betrog*" matches "betrogen"); spaced-script terms must sit on word edges.
 */
export function compileTerms(terms: readonly string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const spaced: string[] = [];
  const unspaced: string[] = [];
  for (const raw of terms) {
    const prefix = raw.endsWith('*');
    const term = foldText(prefix ? raw.slice(0, -1) : raw);
    const body = escape(term).replace(/ /g, '\\s+') + (prefix ? '[\\p{L}\\p{M}]*' : '');
    (UNSPACED.test(term) ? unspaced : spaced).push(body);
  }
  // One shared pair of edge checks keeps the regex fast (a few µs per category per message).
  const alternatives = [...unspaced];
  if (spaced.length > 0) alternatives.push(`(?<![\\p{L}\\p{M}\\p{N}])(?:${spaced.join('|')})(?![\\p{L}\\p{M}\\p{N}])`);
  return new RegExp(alternatives.join('|'), 'gu');
}

/** How many times the compiled terms occur in already-folded text. */
export function countMatches(pattern: RegExp | undefined, folded: string): number {
  if (!pattern) return 0;
  pattern.lastIndex = 0;
  let count = 0;
  for (const _ of folded.matchAll(pattern)) count++;
  return count;
}

/** Map a non-negative evidence count to 0..1 with diminishing returns. */
export function saturate(evidence: number, rate = 0.7): number {
  return evidence <= 0 ? 0 : 1 - Math.exp(-rate * evidence);
}

/** Log-odds to probability. */
export const logistic = (logit: number): number => 1 / (1 + Math.exp(-logit));
