import { describe, expect, it } from 'vitest';
import { expectedCalibrationError, fitTemperature } from './calibration.ts';
import { linearModelFromJson, linearModelToJson, linearScores } from './linear.ts';
import { predictProbabilities, trainLogisticRegression } from './logistic.ts';
import { mlpFromJson, mlpScores, mlpToJson, trainMlp } from './mlp.ts';
import type { SparseVector } from './sparse.ts';
import { trainLinearSvm } from './svm.ts';

/** Three classes, each signalled by its own feature plus shared noise features. */
function toyData(): { inputs: SparseVector[]; labels: Int32Array } {
  const inputs: SparseVector[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 60; i++) {
    const label = i % 3;
    inputs.push({ indices: Int32Array.from([label, 3 + (i % 4)]), values: Float32Array.from([0.8, 0.6]) });
    labels.push(label);
  }
  return { inputs, labels: Int32Array.from(labels) };
}

const argmax = (xs: ArrayLike<number>) => Array.from(xs).indexOf(Math.max(...Array.from(xs)));

describe.each([
  ['logistic regression', trainLogisticRegression],
  ['linear SVM', trainLinearSvm],
])('%s', (_, train) => {
  it('separates a separable problem', () => {
    const { inputs, labels } = toyData();
    const model = train(inputs, labels, 7, 3, { epochs: 5 });
    inputs.forEach((x, i) => expect(argmax(linearScores(model, x))).toBe(labels[i]));
  });
});

describe('hidden-layer network', () => {
  it('learns XOR, which no linear model can', () => {
    // Features 0/1 on or off; class = feature0 XOR feature1 (feature 2 is always on, as a bias).
    const cases = [[], [0], [1], [0, 1]].map((on) => ({ indices: Int32Array.from([...on, 2]), values: Float32Array.from([...on, 2].map(() => 1)) }));
    const inputs = Array.from({ length: 40 }, (_, i) => cases[i % 4]!);
    const labels = Int32Array.from(inputs, (_, i) => (i % 4 === 1 || i % 4 === 2 ? 1 : 0));
    const model = trainMlp(inputs, labels, 3, 2, { hidden: 16, learningRate: 0.3, minSteps: 20_000 });
    cases.forEach((x, c) => expect(argmax(mlpScores(model, x))).toBe(c === 1 || c === 2 ? 1 : 0));
    const restored = mlpFromJson(JSON.parse(JSON.stringify(mlpToJson(model))));
    expect(mlpScores(restored, cases[3]!)).toEqual(mlpScores(model, cases[3]!));
  });
});

describe('logistic regression', () => {
  it('gives probabilities that sum to one', () => {
    const { inputs, labels } = toyData();
    const p = predictProbabilities(trainLogisticRegression(inputs, labels, 7, 3), inputs[0]!);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('shrinks weights under a strong L2 penalty', () => {
    const { inputs, labels } = toyData();
    const norm = (l2: number) => trainLogisticRegression(inputs, labels, 7, 3, { l2 }).weights.reduce((s, w) => s + w * w, 0);
    expect(norm(0.1)).toBeLessThan(norm(1e-6));
  });

  it('round-trips through JSON', () => {
    const { inputs, labels } = toyData();
    const model = trainLogisticRegression(inputs, labels, 7, 3);
    const restored = linearModelFromJson(JSON.parse(JSON.stringify(linearModelToJson(model))));
    expect(linearScores(restored, inputs[1]!)).toEqual(linearScores(model, inputs[1]!));
  });
});

describe('calibration', () => {
  it('cools an overconfident model (T > 1) and warms an underconfident one (T < 1)', () => {
    // Right 70% of the time; logits scaled to claim ~100% or ~34%.
    const labels = Int32Array.from({ length: 100 }, (_, i) => (i % 10 < 7 ? 0 : 1));
    const logits = (scale: number) => Array.from(labels, () => Float64Array.from([scale, 0, 0]));
    expect(fitTemperature(logits(20), labels)).toBeGreaterThan(1);
    expect(fitTemperature(logits(0.05), labels)).toBeLessThan(1);
  });

  it('measures expected calibration error', () => {
    expect(expectedCalibrationError([0.9, 0.9], [true, true])).toBeCloseTo(0.1, 9);
    expect(expectedCalibrationError([0.25, 0.75], [false, true])).toBeCloseTo(0.25, 9);
  });
});
