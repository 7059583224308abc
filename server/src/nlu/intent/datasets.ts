/**
 * Readers for the public intent benchmarks and for Parley's own JSONL format.
 * They only parse; nothing here downloads data.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from './csv.ts';
import { OUT_OF_SCOPE, type IntentExample } from './types.ts';

/** Reads a BANKING77 CSV (`text,category` header). */
export function readBanking77Csv(path: string): IntentExample[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const textAt = header?.indexOf('text') ?? -1;
  const intentAt = header?.indexOf('category') ?? -1;
  if (textAt < 0 || intentAt < 0) throw new Error(`${path}: expected a "text,category" header`);
  return rows.filter((r) => r.length > 1).map((r) => ({ text: r[textAt] ?? '', intent: r[intentAt] ?? '', lang: 'en' }));
}

/** The splits of CLINC150 `data_full.json`; OOS rows carry the label {@link OUT_OF_SCOPE}. */
export interface Clinc150Splits {
  train: IntentExample[];
  val: IntentExample[];
  test: IntentExample[];
  oosTrain: IntentExample[];
  oosVal: IntentExample[];
  oosTest: IntentExample[];
}

/** Reads CLINC150 (`{ train: [[text, label], …], oos_train: …, … }`). */
export function readClinc150(path: string): Clinc150Splits {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, [string, string][] | undefined>;
  const split = (key: string): IntentExample[] =>
    (data[key] ?? []).map(([text, label]) => ({ text, intent: label === 'oos' ? OUT_OF_SCOPE : label, lang: 'en' }));
  return {
    train: split('train'),
    val: split('val'),
    test: split('test'),
    oosTrain: split('oos_train'),
    oosVal: split('oos_val'),
    oosTest: split('oos_test'),
  };
}

/** Reads one `{"text", "intent", "lang"?}` object per line; blank lines are skipped. */
export function readJsonl(path: string): IntentExample[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, n) => [line.trim(), n + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, lineNo]) => {
      const row = JSON.parse(line) as Partial<IntentExample>;
      if (typeof row.text !== 'string' || typeof row.intent !== 'string') throw new Error(`${path}:${lineNo}: needs string "text" and "intent"`);
      return row.lang === undefined ? { text: row.text, intent: row.intent } : { text: row.text, intent: row.intent, lang: row.lang };
    });
}
