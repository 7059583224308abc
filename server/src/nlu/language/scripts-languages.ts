import { chineseScriptEvidence } from './chinese.ts';
import type { ModelScores } from './ngram-model.ts';

// Deciding the language inside one non-Latin script, where letters or a few words settle it.

// Japanese shinjitai forms that are neither Simplified nor Traditional Chinese.
const JAPANESE_KANJI = new Set('価変図売読円駅関広転様済経験証払込伝気戻帰歳発労営対応続総鉄銭県楽薬辺写児拡実単覧絵権両択訳黒恵軽弾毎歩乗効勧観剰悪圧囲壊巣拠挙桜沢浜犠獣畳穏粋縦繊脳蔵謡譲醸釈鋳霊齢'.split(''));
// Grammatical characters of written Chinese that Japanese kanji compounds practically never use.
const CHINESE_GRAMMAR = /[的了吗嗎么麼这這们們没沒个個吧呢怎哪谁誰啊嘛]/u;

/**
 * Chinese variant or Japanese for text written only in Han characters. Kanji-only Japanese
 * ("本人確認") is kept when the conversation is Japanese unless Chinese grammar shows up.
 */
export function hanLanguage(text: string, known: string | undefined): 'zh-Hans' | 'zh-Hant' | 'ja' {
  const japanese = [...text].some((char) => JAPANESE_KANJI.has(char));
  if ((known === 'ja' || japanese) && !CHINESE_GRAMMAR.test(text)) return 'ja';
  const { simplified, traditional } = chineseScriptEvidence(text);
  if (simplified > traditional) return 'zh-Hans';
  if (traditional > simplified) return 'zh-Hant';
  return known === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
}

const URDU_LETTERS = /[ٹڈڑںےۓھہ]/u;
const PERSIAN_LETTERS = /[پچژگکی]/u;

/**
 * Arabic, Persian or Urdu from letters only those alphabets use; without such letters the
 * conversation's language if it is one of the three, else Arabic.
 */
export function arabicScriptLanguage(text: string, known: string | undefined): string {
  if (URDU_LETTERS.test(text)) return 'ur';
  if (PERSIAN_LETTERS.test(text)) return 'fa';
  return known === 'fa' || known === 'ur' ? known : 'ar';
}

// ळ is frequent in Marathi and nearly absent from Hindi; the words are the commonest Marathi ones.
const MARATHI = /ळ|(?:^|\s)(?:आहे|नाही|मला|माझे|माझा|माझी|आणि|काय|झाले)(?=\s|$)/u;

/** Hindi unless the text shows Marathi letters or words. */
export function devanagariLanguage(text: string): 'hi' | 'mr' {
  return MARATHI.test(text) ? 'mr' : 'hi';
}

const CYRILLIC_LANGUAGES = ['ru', 'uk', 'bg', 'be', 'sr'];
// Letters that rule languages out: і/ї/є/ґ are not Russian, ы/э/ъ/ё are not Ukrainian.
const NOT_RUSSIAN = /[іїєґ]/u;
const NOT_UKRAINIAN = /[ыэъё]/u;

/**
 * Best Cyrillic-script language by the n-gram model, after ruling languages out by letter; the
 * conversation's language wins when it is still in the running and within `window` of the best.
 */
export function cyrillicLanguage(text: string, scores: ModelScores, known: string | undefined, window: number): string {
  const candidates = CYRILLIC_LANGUAGES.filter(
    (lang) => !(lang === 'ru' && NOT_RUSSIAN.test(text)) && !(lang !== 'ru' && lang !== 'be' && NOT_UKRAINIAN.test(text)),
  );
  let best = candidates[0] ?? 'ru';
  let bestScore = -Infinity;
  for (const lang of candidates) {
    const score = scores.get(lang);
    if (score !== undefined && score > bestScore) [best, bestScore] = [lang, score];
  }
  const knownScore = known && candidates.includes(known) ? (scores.get(known) ?? -Infinity) : undefined;
  return knownScore !== undefined && knownScore >= bestScore - window ? known! : best;
}
