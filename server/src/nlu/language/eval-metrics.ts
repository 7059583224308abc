import { REPLY_LANGUAGES } from './languages.ts';

/** One labelled test message. */
export interface LabelledMessage {
  text: string;
  lang: string;
}

/** Accuracy of one system over a labelled set. */
export interface LanguageEvalReport {
  perLanguage: Record<string, { total: number; correct: number; accuracy: number }>;
  /** Mean of per-language accuracy over the 14 reply languages present in the set. */
  macroReply: number;
  /** Mean of per-language accuracy over every language present in the set. */
  macroAll: number;
  total: number;
}

const REPLY_ORDER: readonly string[] = REPLY_LANGUAGES;

/** Score a predictor (text → language tag) against labelled messages. */
export function scoreLanguage(examples: readonly LabelledMessage[], predict: (example: LabelledMessage) => string): LanguageEvalReport {
  const perLanguage: LanguageEvalReport['perLanguage'] = {};
  for (const example of examples) {
    const row = (perLanguage[example.lang] ??= { total: 0, correct: 0, accuracy: 0 });
    row.total++;
    if (predict(example) === example.lang) row.correct++;
  }
  for (const row of Object.values(perLanguage)) row.accuracy = row.correct / row.total;
  const mean = (langs: string[]) => (langs.length ? langs.reduce((sum, lang) => sum + perLanguage[lang]!.accuracy, 0) / langs.length : 0);
  const present = Object.keys(perLanguage);
  return { perLanguage, macroReply: mean(present.filter((l) => REPLY_ORDER.includes(l))), macroAll: mean(present), total: examples.length };
}

const percent = (value: number | undefined) => (value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);

/** Markdown table: one row per language (reply languages first), one column per system. */
export function formatAccuracyTable(columns: Record<string, LanguageEvalReport>): string {
  const names = Object.keys(columns);
  const langs = new Set<string>();
  for (const report of Object.values(columns)) for (const lang of Object.keys(report.perLanguage)) langs.add(lang);
  const others = [...langs].filter((lang) => !REPLY_ORDER.includes(lang)).sort();
  const ordered = [...REPLY_ORDER.filter((lang) => langs.has(lang)), ...others];
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [row(['lang', 'n', ...names]), row(['---', '--:', ...names.map(() => '--:')])];
  for (const lang of ordered) {
    const n = Object.values(columns).find((report) => report.perLanguage[lang])?.perLanguage[lang]?.total ?? 0;
    lines.push(row([lang, String(n), ...names.map((name) => percent(columns[name]!.perLanguage[lang]?.accuracy))]));
  }
  lines.push(row(['**macro (14 reply)**', '', ...names.map((name) => `**${percent(columns[name]!.macroReply)}**`)]));
  lines.push(row(['macro (all)', '', ...names.map((name) => percent(columns[name]!.macroAll))]));
  return lines.join('\n');
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * Two-word snippets of each message: its first and last two words (one snippet when they are the
 * same). Chinese, Japanese and Thai have no spaces, so there a "word pair" is 4 characters (6 for
 * Thai), about two words' worth.
 */
export function twoWordSnippets(examples: readonly LabelledMessage[]): LabelledMessage[] {
  const snippets: LabelledMessage[] = [];
  for (const { text, lang } of examples) {
    let first: string;
    let last: string;
    if (UNSPACED.test(text) && !/\s\S+\s/u.test(text.trim())) {
      const chars = [...text.replace(/[\s\p{P}]/gu, '')];
      const size = lang === 'th' ? 6 : 4;
      first = chars.slice(0, size).join('');
      last = chars.slice(-size).join('');
    } else {
      const words = text.split(/\s+/u).filter(Boolean);
      first = words.slice(0, 2).join(' ');
      last = words.slice(-2).join(' ');
    }
    snippets.push({ text: first, lang });
    if (last !== first) snippets.push({ text: last, lang });
  }
  return snippets;
}
