/** Writing systems we tell apart by code point; `latin` is the only one that needs a statistical model. */
export type Script =
  | 'latin' | 'han' | 'kana' | 'hangul' | 'thai' | 'arabic' | 'devanagari' | 'cyrillic' | 'greek'
  | 'hebrew' | 'georgian' | 'armenian' | 'bengali' | 'gurmukhi' | 'gujarati' | 'oriya' | 'tamil'
  | 'telugu' | 'kannada' | 'malayalam' | 'sinhala' | 'lao' | 'khmer' | 'myanmar' | 'ethiopic' | 'tibetan';

// [first, last, script]; sorted by first code point so the lookup can stop early.
const RANGES: ReadonlyArray<readonly [number, number, Script]> = [
  [0x0041, 0x005a, 'latin'], [0x0061, 0x007a, 'latin'], [0x00c0, 0x024f, 'latin'],
  [0x0370, 0x03ff, 'greek'], [0x0400, 0x052f, 'cyrillic'], [0x0530, 0x058f, 'armenian'],
  [0x0590, 0x05ff, 'hebrew'], [0x0600, 0x06ff, 'arabic'], [0x0750, 0x077f, 'arabic'],
  [0x0900, 0x097f, 'devanagari'], [0x0980, 0x09ff, 'bengali'], [0x0a00, 0x0a7f, 'gurmukhi'],
  [0x0a80, 0x0aff, 'gujarati'], [0x0b00, 0x0b7f, 'oriya'], [0x0b80, 0x0bff, 'tamil'],
  [0x0c00, 0x0c7f, 'telugu'], [0x0c80, 0x0cff, 'kannada'], [0x0d00, 0x0d7f, 'malayalam'],
  [0x0d80, 0x0dff, 'sinhala'], [0x0e00, 0x0e7f, 'thai'], [0x0e80, 0x0eff, 'lao'],
  [0x0f00, 0x0fff, 'tibetan'], [0x1000, 0x109f, 'myanmar'], [0x10a0, 0x10ff, 'georgian'],
  [0x1100, 0x11ff, 'hangul'], [0x1200, 0x139f, 'ethiopic'], [0x1780, 0x17ff, 'khmer'],
  [0x1e00, 0x1eff, 'latin'], [0x3040, 0x30ff, 'kana'], [0x3130, 0x318f, 'hangul'],
  [0x31f0, 0x31ff, 'kana'], [0x3400, 0x4dbf, 'han'], [0x4e00, 0x9fff, 'han'],
  [0xac00, 0xd7af, 'hangul'], [0xf900, 0xfaff, 'han'], [0xfb50, 0xfdff, 'arabic'],
  [0xfe70, 0xfeff, 'arabic'], [0xff66, 0xff9f, 'kana'],
];

/** The script of one code point, or undefined for digits, punctuation, emoji and the like. */
export function scriptOf(codePoint: number): Script | undefined {
  for (const [first, last, script] of RANGES) {
    if (codePoint < first) return undefined;
    if (codePoint <= last) return script;
  }
  return undefined;
}

/** How many letters of each script the text holds. */
export function countScripts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const char of text) {
    const script = scriptOf(char.codePointAt(0) ?? 0);
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

/** Scripts whose presence alone names one language; Han, Arabic, Cyrillic and Devanagari need more work. */
export const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  kana: 'ja', hangul: 'ko', thai: 'th', greek: 'el', hebrew: 'he', georgian: 'ka', armenian: 'hy',
  bengali: 'bn', gurmukhi: 'pa', gujarati: 'gu', oriya: 'or', tamil: 'ta', telugu: 'te',
  kannada: 'kn', malayalam: 'ml', sinhala: 'si', lao: 'lo', khmer: 'km', myanmar: 'my',
  ethiopic: 'am', tibetan: 'bo',
};

/** The non-Latin script that decides the message, its letter count, and the Latin letter count. */
export interface ScriptSummary {
  script: Script | undefined;
  count: number;
  latin: number;
}

/**
 * Pick the non-Latin script with most letters. Any kana makes it Japanese even when kanji
 * outnumber it, since Chinese never writes kana.
 */
export function dominantScript(text: string): ScriptSummary {
  const counts = countScripts(text);
  const kana = counts.get('kana') ?? 0;
  if (kana > 0) return { script: 'kana', count: kana + (counts.get('han') ?? 0), latin: counts.get('latin') ?? 0 };
  let script: Script | undefined;
  let count = 0;
  for (const [candidate, n] of counts) if (candidate !== 'latin' && n > count) [script, count] = [candidate, n];
  return { script, count, latin: counts.get('latin') ?? 0 };
}
