import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadUpsetModel, upsetProbability } from './model.ts';
import shipped from './model.json' with { type: 'json' };
import { parseTrainingSet, trainUpsetModel } from './train.ts';

const trainPath = new URL('../../../../tests/fixtures/handoff/train.jsonl', import.meta.url);

describe('upset model', () => {
  const examples = parseTrainingSet(readFileSync(trainPath, 'utf8'));

  it('trains quickly on the training set and separates its two classes', () => {
    const started = performance.now();
    const model = loadUpsetModel(trainUpsetModel(examples));
    expect(performance.now() - started).toBeLessThan(1000);
    const correct = examples.filter((e) => upsetProbability(e.text, model) >= 0.5 === e.upset).length;
    expect(correct / examples.length).toBeGreaterThan(0.9);
  });

  it('ships weights that match the current training set (rerun train.ts after editing it)', () => {
    expect(trainUpsetModel(examples).trainedOn).toEqual(shipped.trainedOn);
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
