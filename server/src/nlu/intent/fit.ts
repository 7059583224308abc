/**
 * The learning core shared by the sparse and embedding classifiers. Two
 * members over the same inputs: a linear model (logistic regression plus a
 * linear SVM, folded into ONE weight matrix W = W_lr + a·W_svm since both are
 * linear) and a one-hidden-layer network. Their class probabilities are
 * averaged; the log of that average is the ensemble's logit vector.
 */
import { fitTemperature } from '../ml/calibration.ts';
import { linearModelFromJson, linearModelToJson, linearScores, softmaxInPlace, type LinearModel, type LinearModelJson } from '../ml/linear.ts';
import { trainLogisticRegression, type LogisticRegressionOptions } from '../ml/logistic.ts';
import { mlpFromJson, mlpScores, mlpToJson, trainMlp, type MlpModel, type MlpModelJson, type MlpOptions } from '../ml/mlp.ts';
import { snapRowsToInt8 } from '../ml/quantize.ts';
import { seededRandom, shuffleInPlace } from '../ml/random.ts';
import type { SparseVector } from '../ml/sparse.ts';
import { trainLinearSvm, type LinearSvmOptions } from '../ml/svm.ts';

/** Learner settings (see the README for how the defaults were chosen). */
export interface EnsembleOptions {
  logistic: Partial<LogisticRegressionOptions>;
  /** SVM member settings, or `false` for logistic regression alone. */
  svm: Partial<LinearSvmOptions> | false;
  /** Weight a of the SVM margins added to the logistic logits. */
  svmWeight: number;
  /** Hidden-layer network settings, or `false` for the linear model alone. */
  mlp: Partial<MlpOptions> | false;
  /** Share of the network in the averaged probabilities (0..1). */
  mlpWeight: number;
}

export const DEFAULT_ENSEMBLE_OPTIONS: EnsembleOptions = {
  logistic: { l2: 1e-6, epochs: 12, learningRate: 0.5 },
  svm: { c: 0.5, epochs: 6 },
  svmWeight: 8,
  mlp: { epochs: 7 },
  mlpWeight: 0.5,
};

/** A trained ensemble. */
export interface EnsembleModel {
  linear: LinearModel;
  mlp: MlpModel | null;
  mlpWeight: number;
}

/** Serialized {@link EnsembleModel}. */
export interface EnsembleModelJson {
  linear: LinearModelJson;
  mlp: MlpModelJson | null;
  mlpWeight: number;
}

/** Trains every member of the ensemble. */
export function fitEnsemble(
  inputs: readonly SparseVector[],
  labels: Int32Array,
  dims: number,
  classes: number,
  options: EnsembleOptions,
): EnsembleModel {
  const linear = trainLogisticRegression(inputs, labels, dims, classes, options.logistic);
  if (options.svm !== false && options.svmWeight !== 0) {
    const svm = trainLinearSvm(inputs, labels, dims, classes, options.svm);
    const a = options.svmWeight;
    for (let n = 0; n < linear.weights.length; n++) linear.weights[n] = linear.weights[n]! + a * svm.weights[n]!;
    for (let k = 0; k < classes; k++) linear.bias[k] = linear.bias[k]! + a * svm.bias[k]!;
  }
  const useMlp = options.mlp !== false && options.mlpWeight > 0;
  const mlp = useMlp ? trainMlp(inputs, labels, dims, classes, options.mlp || {}) : null;
  // Models are saved as int8; round now so the trained and the reloaded model agree exactly.
  snapRowsToInt8(linear.weights, classes);
  if (mlp) {
    snapRowsToInt8(mlp.w1, mlp.hidden);
    snapRowsToInt8(mlp.w2, classes);
  }
  return { linear, mlp, mlpWeight: useMlp ? options.mlpWeight : 0 };
}

/** Ensemble logits of one input: log of the weighted mean of the members' probabilities. */
export function ensembleLogits(model: EnsembleModel, x: SparseVector): Float64Array {
  const logits = linearScores(model.linear, x);
  if (!model.mlp) return logits;
  const linear = softmaxInPlace(logits);
  const network = softmaxInPlace(mlpScores(model.mlp, x));
  const w = model.mlpWeight;
  for (let k = 0; k < linear.length; k++) linear[k] = Math.log(Math.max(1e-12, w * network[k]! + (1 - w) * linear[k]!));
  return linear;
}

/** Plain-JSON form of an ensemble. */
export function ensembleToJson(model: EnsembleModel): EnsembleModelJson {
  const int8 = { int8: true };
  return { linear: linearModelToJson(model.linear, int8), mlp: model.mlp ? mlpToJson(model.mlp, int8) : null, mlpWeight: model.mlpWeight };
}

/** Rebuilds an ensemble from {@link ensembleToJson} output. */
export function ensembleFromJson(json: EnsembleModelJson): EnsembleModel {
  return { linear: linearModelFromJson(json.linear), mlp: json.mlp ? mlpFromJson(json.mlp) : null, mlpWeight: json.mlpWeight };
}

/** Label index of every example, against a sorted label list. */
export function labelIndices(labels: readonly string[], intents: readonly string[]): Int32Array {
  const index = new Map(intents.map((intent, k) => [intent, k]));
  return Int32Array.from(labels, (label) => index.get(label) ?? -1);
}

/**
 * Splits example indices into fit / held-out parts, stratified by label so
 * every intent keeps at least one example for fitting.
 */
export function stratifiedSplit(labels: Int32Array, heldOutFraction: number, seed: number): { fit: number[]; heldOut: number[] } {
  const byLabel = new Map<number, number[]>();
  labels.forEach((label, i) => {
    const list = byLabel.get(label) ?? [];
    list.push(i);
    byLabel.set(label, list);
  });
  const random = seededRandom(seed);
  const fit: number[] = [];
  const heldOut: number[] = [];
  for (const list of byLabel.values()) {
    shuffleInPlace(list, random);
    const take = Math.min(list.length - 1, Math.round(list.length * heldOutFraction));
    heldOut.push(...list.slice(0, take));
    fit.push(...list.slice(take));
  }
  return { fit, heldOut };
}

/** Temperature that calibrates `model` on held-out inputs. */
export function calibrate(model: EnsembleModel, inputs: readonly SparseVector[], labels: ArrayLike<number>): number {
  return fitTemperature(inputs.map((x) => ensembleLogits(model, x)), labels);
}

/** Below this many examples a held-out calibration split costs more than it gives. */
const MIN_EXAMPLES_FOR_HOLDOUT = 100;

/**
 * Temperature fitted on a stratified 10% held out from a model trained on the
 * other 90% (the caller then retrains on everything). T = 1 for tiny data sets.
 */
export function holdoutTemperature(
  inputs: readonly SparseVector[],
  labels: Int32Array,
  dims: number,
  classes: number,
  options: EnsembleOptions,
  seed: number,
): number {
  if (inputs.length < MIN_EXAMPLES_FOR_HOLDOUT) return 1;
  const { fit, heldOut } = stratifiedSplit(labels, 0.1, seed);
  const pick = (rows: number[]) => rows.map((i) => inputs[i]!);
  const labelsOf = (rows: number[]) => Int32Array.from(rows, (i) => labels[i]!);
  const model = fitEnsemble(pick(fit), labelsOf(fit), dims, classes, options);
  return calibrate(model, pick(heldOut), labelsOf(heldOut));
}
