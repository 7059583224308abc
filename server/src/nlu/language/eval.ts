import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { formatAccuracyTable, scoreLanguage, type LabelledMessage, type LanguageEvalReport } from './eval-metrics.ts';
import { createLanguageIdentifier, type LanguageIdentifier, type LanguagePrior } from './identifier.ts';

export { formatAccuracyTable, scoreLanguage, type LabelledMessage, type LanguageEvalReport } from './eval-metrics.ts';

const Line = z.object({ text: z.string(), lang: z.string().check(z.minLength(2)) });

/** Parse a JSONL file of `{"text": "...", "lang": "de"}` lines; blank lines are skipped. */
export async function readLabelledMessages(file: string): Promise<LabelledMessage[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  return lines.flatMap((line, index) => {
    if (!line.trim()) return [];
    const parsed = Line.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${index + 1}: expected {"text": string, "lang": string}`);
    return [parsed.data];
  });
}

/** Options for {@link runLanguageEval}. */
export interface LanguageEvalOptions {
  identifier?: LanguageIdentifier;
  /** Prior given with every message, e.g. a widget locale. */
  prior?: LanguagePrior;
  /** Where the table goes; defaults to stdout, pass `() => {}` to stay quiet. */
  print?: (text: string) => void;
}

/**
 * Evaluate Parley's language identifier on a labelled JSONL file (used by
 * `parley nlu eval --task language --data file.jsonl`): prints a per-language table, returns it.
 */
export async function runLanguageEval(file: string, options: LanguageEvalOptions = {}): Promise<LanguageEvalReport> {
  const examples = await readLabelledMessages(file);
  const identifier = options.identifier ?? createLanguageIdentifier();
  const report = scoreLanguage(examples, ({ text }) => identifier.identify(text, options.prior).lang);
  const print = options.print ?? ((text: string) => process.stdout.write(`${text}\n`));
  print(formatAccuracyTable({ parley: report }));
  return report;
}
