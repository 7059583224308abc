import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMBINER_INPUTS } from './combiner.ts';
import { loadUpsetModel, upsetProbability, type UpsetModelJson } from './model.ts';
import shipped from './model.json' with { type: 'json' };
import { parseTrainingSet, summarizeTrainingSet, trainUpsetModel } from './train.ts';

const trainPath = new URL('../../../../tests/fixtures/handoff/train.jsonl', import.meta.url);

describe('upset model', () => {
  const examples = parseTrainingSet(readFileSync(trainPath, 'utf8'));
  let trained: UpsetModelJson;
  beforeAll(() => {
    trained = trainUpsetModel(examples);
  }, 60_000);

  // Training time is no longer asserted: the combiner cross-fits five text models (a few seconds).
  it('trains on the training set and separates its two classes', () => {
    const model = loadUpsetModel(trained);
    const correct = examples.filter((e) => upsetProbability(e.text, model) >= 0.5 === e.upset).length;
    expect(correct / examples.length).toBeGreaterThan(0.9);
  });

  it('learns a combiner that trusts the text model and complaint cues and discounts plain questions', () => {
    const weight = (name: (typeof COMBINER_INPUTS)[number]) => trained.combiner.weights[COMBINER_INPUTS.indexOf(name)]!;
    expect(trained.combiner.inputs).toEqual([...COMBINER_INPUTS]);
    for (const name of ['model', 'lexical', 'anger', 'sarcasm'] as const) expect(weight(name)).toBeGreaterThan(0);
    expect(weight('question')).toBeLessThan(0);
  });

  it('ships weights that match the current training set (rerun train.ts after editing it)', () => {
    expect(summarizeTrainingSet(examples)).toEqual(shipped.trainedOn);
    expect(trained.trainedOn).toEqual(shipped.trainedOn);
    expect(shipped.trainedOn.languages).toHaveLength(14);
  });

  it('gives probabilities between 0 and 1', () => {
    for (const text of ['', 'ok', 'WHERE IS MY MONEY', '金融庁に通報します']) {
      const p = upsetProbability(text);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });
});
