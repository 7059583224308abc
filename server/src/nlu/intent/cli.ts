/**
 * `parley nlu train|eval`: train an intent model from a data set file and
 * evaluate one. Formats: BANKING77 CSV, CLINC150 JSON, or Parley JSONL.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { trainIntentClassifier, loadIntentClassifier } from './classifier.ts';
import { readBanking77Csv, readClinc150, readJsonl } from './datasets.ts';
import { chooseOosThreshold, evaluate, type EvaluationReport } from './evaluate.ts';
import { labelIndices, stratifiedSplit } from './fit.ts';
import type { IntentClassifier, IntentExample } from './types.ts';

const USAGE = `usage:
  parley nlu train --data <file> [--format banking77|clinc150|jsonl] --out model.json
  parley nlu eval  --data <file> [--format …] [--model model.json] [--oos-threshold 0.3]

Without --model, eval trains on the data set's train part (CLINC150) or on a
stratified 80% (other formats) and reports on the rest.`;

type Format = 'banking77' | 'clinc150' | 'jsonl';

/** Training and evaluation examples read from one file. */
interface Splits {
  train: IntentExample[];
  /** Held-out examples used to choose the out-of-scope threshold (CLINC150 only). */
  validation: IntentExample[];
  test: IntentExample[];
}

function guessFormat(path: string): Format {
  if (path.endsWith('.csv')) return 'banking77';
  if (path.endsWith('.jsonl')) return 'jsonl';
  return 'clinc150';
}

function readSplits(path: string, format: Format): Splits {
  if (format === 'clinc150') {
    const d = readClinc150(path);
    return { train: [...d.train, ...d.oosTrain], validation: [...d.val, ...d.oosVal], test: [...d.test, ...d.oosTest] };
  }
  const all = format === 'banking77' ? readBanking77Csv(path) : readJsonl(path);
  const intents = [...new Set(all.map((e) => e.intent))].sort();
  const { fit, heldOut } = stratifiedSplit(labelIndices(all.map((e) => e.intent), intents), 0.2, 7);
  return { train: fit.map((i) => all[i]!), validation: [], test: heldOut.map((i) => all[i]!) };
}

const percent = (x: number) => `${(x * 100).toFixed(2)}%`;

/** Human-readable report lines. */
export function formatReport(report: EvaluationReport): string {
  const lines = [
    `examples     ${report.examples}`,
    `accuracy     ${percent(report.accuracy)}   (in-scope ${percent(report.inScopeAccuracy)})`,
    `macro-F1     ${percent(report.macroF1)}`,
    ...(report.oosRecall === undefined ? [] : [`OOS recall   ${percent(report.oosRecall)}`]),
    `ECE          ${report.ece.toFixed(4)}`,
    `latency      p50 ${report.latency.p50Ms.toFixed(3)} ms, p99 ${report.latency.p99Ms.toFixed(3)} ms`,
    'worst confusions (expected → predicted × count):',
    ...report.confusions.map((c) => `  ${c.expected} → ${c.predicted} × ${c.count}`),
  ];
  return lines.join('\n');
}

function train(splits: Splits, log: (line: string) => void): IntentClassifier {
  const started = performance.now();
  const hasValidation = splits.validation.length > 0;
  let classifier: IntentClassifier = trainIntentClassifier(splits.train, hasValidation ? { calibration: splits.validation } : {});
  if (hasValidation) {
    const oosThreshold = chooseOosThreshold(classifier, splits.validation);
    classifier = loadIntentClassifier({ ...(classifier.toJSON() as object), oosThreshold });
    log(`out-of-scope threshold chosen on validation: ${oosThreshold}`);
  }
  log(`trained on ${splits.train.length} examples, ${classifier.intents.length} intents, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return classifier;
}

/** Runs the CLI with arguments after `nlu`; returns the process exit code. */
export async function runNluCli(argv: string[], log: (line: string) => void = console.log): Promise<number> {
  const [command, ...rest] = argv;
  let values: { data?: string; format?: string; out?: string; model?: string; 'oos-threshold'?: string };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { data: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, model: { type: 'string' }, 'oos-threshold': { type: 'string' } },
    }));
  } catch (err) {
    log(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const format = (values.format ?? (values.data ? guessFormat(values.data) : 'jsonl')) as Format;
  if (!values.data || !['banking77', 'clinc150', 'jsonl'].includes(format) || (command !== 'train' && command !== 'eval')) {
    log(USAGE);
    return 2;
  }
  if (command === 'train') {
    if (!values.out) {
      log(USAGE);
      return 2;
    }
    const splits = readSplits(values.data, format);
    // Training keeps every labelled example; the 80/20 split is only for eval.
    const all = format === 'clinc150' ? splits : { ...splits, train: [...splits.train, ...splits.test] };
    const classifier = train(all, log);
    writeFileSync(values.out, JSON.stringify(classifier.toJSON()));
    log(`wrote ${values.out}`);
    return 0;
  }
  const splits = readSplits(values.data, format);
  const classifier = values.model ? loadIntentClassifier(JSON.parse(readFileSync(values.model, 'utf8'))) : train(splits, log);
  // With a saved model, the whole file is evaluation data.
  const examples = values.model ? [...splits.train, ...splits.validation, ...splits.test] : splits.test;
  const threshold = values['oos-threshold'] === undefined ? {} : { oosThreshold: Number(values['oos-threshold']) };
  log(formatReport(evaluate(classifier, examples, threshold)));
  return 0;
}
