/**
 * Trains the upset model on tests/fixtures/handoff/train.jsonl and writes model.json.
 * Run: node --import tsx server/src/nlu/sentiment/train.ts  (takes well under a second).
 * Each training line: {"lang":"de","text":"...","upset":true}. The evaluation set
 * (eval.jsonl) is never read here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fitFeaturizer } from '../ml/features.ts';
import { linearModelToJson } from '../ml/linear.ts';
import { trainLogisticRegression } from '../ml/logistic.ts';
import type { UpsetModelJson } from './model.ts';

/** One labelled training message. */
export interface TrainingExample {
  lang: string;
  text: string;
  upset: boolean;
}

/** Parse JSON lines, skipping blanks. */
export function parseTrainingSet(jsonl: string): TrainingExample[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as TrainingExample);
}

/** Fit featurizer and logistic regression; returns the JSON that model.ts loads. */
export function trainUpsetModel(examples: readonly TrainingExample[]): UpsetModelJson {
  const texts = examples.map((e) => e.text);
  // Characters carry most of the signal across 14 languages and three unspaced scripts.
  const featurizer = fitFeaturizer(texts, { wordNgrams: [1, 2], charNgrams: [1, 4], charWeight: 1.5, minDf: 2 });
  const inputs = texts.map((t) => featurizer.featurize(t));
  const labels = Int32Array.from(examples, (e) => (e.upset ? 1 : 0));
  const model = trainLogisticRegression(inputs, labels, featurizer.dims, 2, { epochs: 30, l2: 1e-4, balanceClasses: true });
  return {
    featurizer: featurizer.toJSON(),
    model: linearModelToJson(model),
    trainedOn: { examples: examples.length, languages: [...new Set(examples.map((e) => e.lang))].sort() },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
  const started = performance.now();
  const examples = parseTrainingSet(readFileSync(here('../../../../tests/fixtures/handoff/train.jsonl'), 'utf8'));
  const json = trainUpsetModel(examples);
  writeFileSync(here('./model.json'), JSON.stringify(json) + '\n');
  const ms = (performance.now() - started).toFixed(0);
  console.log(`trained on ${examples.length} messages (${json.trainedOn.languages.length} languages), ${json.model.dims} features, ${ms} ms`);
}
