/**
 * Intent classifier benchmark: accuracy on public data sets beside published
 * anchors and a baseline trained in the same run, plus latency.
 *
 *   node --import tsx tests/bench/nlu.ts [datasetsDir]
 *
 * datasetsDir (or env PARLEY_DATASETS, default ../shared/datasets from the repo
 * root) holds banking77/{train,test}.csv and clinc150/data_full.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chooseOosThreshold,
  evaluate,
  readBanking77Csv,
  readClinc150,
  trainIntentClassifier,
  type IntentClassifier,
  type IntentExample,
  type TrainIntentOptions,
} from '../../server/src/nlu/intent/index.ts';
import { quantile } from '../../server/src/nlu/intent/metrics.ts';
import { seededRandom, shuffleInPlace } from '../../server/src/nlu/ml/random.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const datasets = resolve(process.argv[2] ?? process.env.PARLEY_DATASETS ?? join(repoRoot, '../shared/datasets'));
const bankingDir = join(datasets, 'banking77');
const clincFile = join(datasets, 'clinc150/data_full.json');

/** The plain model we must beat: word unigrams, TF-IDF, logistic regression alone. */
const BASELINE: TrainIntentOptions = {
  features: { wordNgrams: [1, 1], charNgrams: [0, 0], skipWindow: 0, minDf: 1 },
  learner: { svm: false, mlp: false },
  calibration: 'none',
};

const pct = (x: number) => (x * 100).toFixed(2);
const rows: string[][] = [];
const row = (...cells: string[]) => {
  rows.push(cells);
  console.error(`  … ${cells.join(' | ')}`);
};

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, (performance.now() - started) / 1000];
}

/** `perIntent` random examples of every intent. */
function fewShot(examples: readonly IntentExample[], perIntent: number, seed: number): IntentExample[] {
  const shuffled = [...examples];
  shuffleInPlace(shuffled, seededRandom(seed));
  const taken = new Map<string, number>();
  return shuffled.filter((e) => {
    const n = taken.get(e.intent) ?? 0;
    taken.set(e.intent, n + 1);
    return n < perIntent;
  });
}

/**
 * Per-message latency after a warm-up. Each message is timed in 3 passes and its
 * fastest time kept, so another process stealing the CPU (the bench machine
 * has 2 cores) does not pass for classifier cost; p99 still shows slow messages.
 */
function latency(classifier: IntentClassifier, texts: readonly string[]): { p50: number; p99: number; load: number } {
  for (const text of texts.slice(0, 500)) classifier.classify(text);
  const best = texts.map(() => Infinity);
  for (let pass = 0; pass < 3; pass++) {
    texts.forEach((text, i) => {
      const started = performance.now();
      classifier.classify(text);
      best[i] = Math.min(best[i]!, performance.now() - started);
    });
  }
  return { p50: quantile(best, 0.5), p99: quantile(best, 0.99), load: loadavg()[0] ?? 0 };
}

function banking77(): void {
  const train = readBanking77Csv(join(bankingDir, 'train.csv'));
  const test = readBanking77Csv(join(bankingDir, 'test.csv'));
  const [model, seconds] = timed(() => trainIntentClassifier(train));
  const report = evaluate(model, test);
  row('BANKING77 full (77 intents)', `${pct(report.accuracy)}`, `F1 ${pct(report.macroF1)}, ECE ${report.ece.toFixed(3)}, train ${seconds.toFixed(1)} s (load avg ${(loadavg()[0] ?? 0).toFixed(1)})`);
  const [baseline, baseSeconds] = timed(() => trainIntentClassifier(train, BASELINE));
  const base = evaluate(baseline, test);
  row('  baseline: word TF-IDF + LR (same run)', `${pct(base.accuracy)}`, `F1 ${pct(base.macroF1)}, train ${baseSeconds.toFixed(1)} s`);
  const shots = [1, 2, 3].map((seed) => {
    const sample = fewShot(train, 10, seed);
    return [evaluate(trainIntentClassifier(sample, { seed }), test).accuracy, evaluate(trainIntentClassifier(sample, { ...BASELINE, seed }), test).accuracy] as const;
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  row('BANKING77 10-shot (mean of 3 seeds)', pct(mean(shots.map((s) => s[0]))), `per seed ${shots.map((s) => pct(s[0])).join(' / ')}`);
  row('  baseline 10-shot', pct(mean(shots.map((s) => s[1]))), '');
  const speed = latency(model, test.map((e) => e.text));
  const megabytes = JSON.stringify(model.toJSON()).length / 1e6;
  row('  saved model size (JSON, int8 weights)', `${megabytes.toFixed(1)} MB`, '');
  row('latency per message (BANKING77 model)', `p50 ${speed.p50.toFixed(3)} ms`, `p99 ${speed.p99.toFixed(3)} ms (best of 3 passes; load avg ${speed.load.toFixed(1)})`);
  row('  published: TF-IDF + LR (prior measurement)', '91.00', '~0.06 ms/message');
  row('  published: fastText', '89.50', '');
  row('  published: BERT-large fine-tuned', '93.66', '');
}

function clinc150(): void {
  const d = readClinc150(clincFile);
  const validation = [...d.val, ...d.oosVal];
  const [model, seconds] = timed(() => trainIntentClassifier([...d.train, ...d.oosTrain], { calibration: d.val }));
  const threshold = chooseOosThreshold(model, validation);
  const report = evaluate(model, [...d.test, ...d.oosTest], { oosThreshold: threshold });
  row(
    'CLINC150 in-scope acc / OOS recall',
    `${pct(report.inScopeAccuracy)} / ${pct(report.oosRecall ?? 0)}`,
    `threshold ${threshold} (val), ECE ${report.ece.toFixed(3)}, train ${seconds.toFixed(1)} s`,
  );
  const noThreshold = evaluate(model, [...d.test, ...d.oosTest], { oosThreshold: 0 });
  row('  same model, no threshold', `${pct(noThreshold.inScopeAccuracy)} / ${pct(noThreshold.oosRecall ?? 0)}`, 'OOS only via the trained oos class');
}

/** Stratified k-fold accuracy of the shipped catalog, one line per language. */
function catalog(): void {
  const dir = join(repoRoot, 'server/src/nlu/catalog/utterances');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  if (files.length === 0) {
    row('shipped catalog', 'skipped', `no ${dir}/*.json`);
    return;
  }
  for (const file of files) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string[]>;
    const examples = Object.entries(data).flatMap(([intent, texts]) => texts.map((text) => ({ text, intent })));
    shuffleInPlace(examples, seededRandom(11));
    const seen = new Map<string, number>();
    const fold = examples.map((e) => {
      const n = seen.get(e.intent) ?? 0;
      seen.set(e.intent, n + 1);
      return n % 5;
    });
    let hits = 0;
    for (let k = 0; k < 5; k++) {
      const model = trainIntentClassifier(examples.filter((_, i) => fold[i] !== k), { calibration: 'none' });
      examples.forEach((e, i) => {
        if (fold[i] === k && model.classify(e.text).intent === e.intent) hits++;
      });
    }
    row(`catalog ${file.replace('.json', '')} 5-fold (${Object.keys(data).length} intents)`, pct(hits / examples.length), `${examples.length} utterances`);
  }
}

const haveBanking = existsSync(join(bankingDir, 'train.csv')) && existsSync(join(bankingDir, 'test.csv'));
const haveClinc = existsSync(clincFile);
if (!haveBanking && !haveClinc) {
  console.log(`No data sets under ${datasets}. To run this benchmark, get:
  - BANKING77 (CC BY 4.0): github.com/PolyAI-LDN/task-specific-datasets, banking_data/{train,test}.csv → ${bankingDir}/
  - CLINC150 (CC BY 3.0): github.com/clinc/oos-eval, data/data_full.json → ${clincFile}
then run: node --import tsx tests/bench/nlu.ts <datasetsDir>   (or set PARLEY_DATASETS)`);
}
if (haveBanking) banking77();
if (haveClinc) clinc150();
catalog();

const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
console.log(`\nIntent classifier benchmark (node ${process.version}, data: ${datasets})\n`);
console.log(['benchmark', 'accuracy %', 'notes'].map((h, c) => h.padEnd(widths[c]!)).join('  '));
for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
