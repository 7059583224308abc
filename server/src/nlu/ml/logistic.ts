/**
 * Multinomial logistic regression trained by SGD on sparse, L2-normalised
 * inputs. L2 regularisation is applied lazily through a global scale factor
 * (w = scale · v), so each step only touches the input's active features.
 * The learning rate follows Bottou's schedule η_t = η₀ / (1 + η₀·λ·t).
 */
import { linearScores, softmaxInPlace, type LinearModel } from './linear.ts';
import { seededRandom, shuffleInPlace } from './random.ts';
import type { SparseVector } from './sparse.ts';

/** Training knobs; all optional. */
export interface LogisticRegressionOptions {
  /** L2 penalty λ per example. */
  l2: number;
  /** Passes over the data. */
  epochs: number;
  /** Initial learning rate η₀. */
  learningRate: number;
  /** Reweight classes so each contributes equally, whatever its size. */
  balanceClasses: boolean;
  /** Shuffling seed. */
  seed: number;
}

export const DEFAULT_LOGISTIC_OPTIONS: LogisticRegressionOptions = {
  l2: 1e-5,
  epochs: 15,
  learningRate: 0.5,
  balanceClasses: false,
  seed: 1,
};

/** Fits a softmax classifier; `labels[i]` is the class index (0..classes-1) of `inputs[i]`. */
export function trainLogisticRegression(
  inputs: readonly SparseVector[],
  labels: ArrayLike<number>,
  dims: number,
  classes: number,
  options: Partial<LogisticRegressionOptions> = {},
): LinearModel {
  const opts = { ...DEFAULT_LOGISTIC_OPTIONS, ...options };
  const v = new Float32Array(dims * classes);
  const bias = new Float32Array(classes);
  const weightOf = classWeights(labels, classes, opts.balanceClasses);
  const order = Int32Array.from(inputs, (_, i) => i);
  const random = seededRandom(opts.seed);
  const probs = new Float64Array(classes);
  let scale = 1;
  let t = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      const x = inputs[i]!;
      const y = labels[i]!;
      const eta = opts.learningRate / (1 + opts.learningRate * opts.l2 * t++);
      // Scores with the current (scaled) weights.
      for (let k = 0; k < classes; k++) probs[k] = 0;
      for (let j = 0; j < x.indices.length; j++) {
        const base = x.indices[j]! * classes;
        const xv = x.values[j]!;
        for (let k = 0; k < classes; k++) probs[k] = probs[k]! + xv * v[base + k]!;
      }
      for (let k = 0; k < classes; k++) probs[k] = probs[k]! * scale + bias[k]!;
      softmaxInPlace(probs);
      probs[y] = probs[y]! - 1; // now the gradient of the loss w.r.t. the logits
      const w = weightOf[y]!;
      scale *= 1 - eta * opts.l2;
      const step = (eta * w) / scale;
      for (let j = 0; j < x.indices.length; j++) {
        const base = x.indices[j]! * classes;
        const g = step * x.values[j]!;
        for (let k = 0; k < classes; k++) v[base + k] = v[base + k]! - g * probs[k]!;
      }
      for (let k = 0; k < classes; k++) bias[k] = bias[k]! - eta * w * probs[k]!;
      if (scale < 1e-6) {
        for (let n = 0; n < v.length; n++) v[n] = v[n]! * scale;
        scale = 1;
      }
    }
  }
  for (let n = 0; n < v.length; n++) v[n] = v[n]! * scale;
  return { dims, classes, weights: v, bias };
}

function classWeights(labels: ArrayLike<number>, classes: number, balance: boolean): Float64Array {
  const weights = new Float64Array(classes).fill(1);
  if (!balance) return weights;
  const counts = new Float64Array(classes);
  for (let i = 0; i < labels.length; i++) counts[labels[i]!] = counts[labels[i]!]! + 1;
  for (let k = 0; k < classes; k++) weights[k] = counts[k]! > 0 ? labels.length / (classes * counts[k]!) : 1;
  return weights;
}

/** Class probabilities of one input. */
export function predictProbabilities(model: LinearModel, x: SparseVector, temperature = 1): Float64Array {
  return softmaxInPlace(linearScores(model, x), temperature);
}
