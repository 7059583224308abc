/**
 * The sparse intent classifier: TF-IDF word, skip-pair and character n-grams
 * → ensemble of a linear model (logistic regression + SVM) and a small
 * hidden-layer network → temperature-scaled softmax. Training is synchronous
 * and deterministic for a given seed.
 */
import { fitFeaturizer, TextFeaturizer, type FeatureOptions, type FeaturizerJson } from '../ml/features.ts';
import {
  calibrate,
  DEFAULT_ENSEMBLE_OPTIONS,
  ensembleFromJson,
  ensembleLogits,
  ensembleToJson,
  fitEnsemble,
  holdoutTemperature,
  labelIndices,
  type EnsembleModel,
  type EnsembleModelJson,
  type EnsembleOptions,
} from './fit.ts';
import { predictionFromLogits } from './predict.ts';
import type { ClassifyOptions, IntentClassifier, IntentExample, IntentPrediction } from './types.ts';

/** Options of {@link trainIntentClassifier}; every field is optional. */
export interface TrainIntentOptions {
  /** Text features; intent defaults add skip-pairs up to 5 words apart. */
  features?: Partial<FeatureOptions>;
  /** Learner settings. */
  learner?: Partial<EnsembleOptions>;
  /**
   * How the confidence temperature is fitted: `holdout` (default) fits it on a
   * stratified 10% and then retrains on everything; `none` keeps T = 1; or pass
   * labelled examples to fit it on them.
   */
  calibration?: 'holdout' | 'none' | IntentExample[];
  /** Default out-of-scope threshold stored in the model (0 = never). */
  oosThreshold?: number;
  /** Seed for shuffling and the calibration split. */
  seed?: number;
}

/** Feature defaults for short customer messages, chosen on a BANKING77 train split. */
export const INTENT_FEATURE_DEFAULTS: Partial<FeatureOptions> = { skipWindow: 5 };

const FORMAT = 'parley-intent-classifier';

/** Serialized form written by `toJSON()`. */
export interface IntentClassifierJson {
  format: typeof FORMAT;
  version: 2;
  intents: string[];
  temperature: number;
  oosThreshold: number;
  featurizer: FeaturizerJson;
  model: EnsembleModelJson;
}

class SparseIntentClassifier implements IntentClassifier {
  constructor(
    readonly intents: readonly string[],
    private readonly featurizer: TextFeaturizer,
    private readonly model: EnsembleModel,
    readonly temperature: number,
    readonly oosThreshold: number,
  ) {}

  classify(text: string, options: ClassifyOptions = {}): IntentPrediction {
    const logits = ensembleLogits(this.model, this.featurizer.featurize(text));
    return predictionFromLogits(logits, this.intents, this.temperature, options.oosThreshold ?? this.oosThreshold);
  }

  toJSON(): IntentClassifierJson {
    return {
      format: FORMAT,
      version: 2,
      intents: [...this.intents],
      temperature: this.temperature,
      oosThreshold: this.oosThreshold,
      featurizer: this.featurizer.toJSON(),
      model: ensembleToJson(this.model),
    };
  }
}

/**
 * Trains a classifier on labelled examples. Synchronous (it is CPU-bound; run it in a
 * worker if the event loop must stay free): BANKING77's 10k examples take ~45 s.
 */
export function trainIntentClassifier(examples: IntentExample[], options: TrainIntentOptions = {}): IntentClassifier & { readonly temperature: number } {
  if (examples.length === 0) throw new Error('trainIntentClassifier: no examples');
  const seed = options.seed ?? 1;
  const learner = resolveLearner(options.learner, seed);
  const intents = [...new Set(examples.map((e) => e.intent))].sort();
  const labels = labelIndices(examples.map((e) => e.intent), intents);
  const featurizer = fitFeaturizer(
    examples.map((e) => e.text),
    { ...INTENT_FEATURE_DEFAULTS, ...options.features },
  );
  const inputs = examples.map((e) => featurizer.featurize(e.text));
  const model = fitEnsemble(inputs, labels, featurizer.dims, intents.length, learner);
  const calibration = options.calibration ?? 'holdout';
  let temperature = 1;
  if (Array.isArray(calibration)) {
    const known = calibration.filter((e) => intents.includes(e.intent));
    temperature = calibrate(model, known.map((e) => featurizer.featurize(e.text)), labelIndices(known.map((e) => e.intent), intents));
  } else if (calibration === 'holdout') {
    temperature = holdoutTemperature(inputs, labels, featurizer.dims, intents.length, learner, seed);
  }
  return new SparseIntentClassifier(intents, featurizer, model, temperature, options.oosThreshold ?? 0);
}

/** Learner options with defaults filled in and the seed threaded through. */
export function resolveLearner(learner: Partial<EnsembleOptions> | undefined, seed: number): EnsembleOptions {
  const resolved: EnsembleOptions = { ...DEFAULT_ENSEMBLE_OPTIONS, ...learner };
  resolved.logistic = { ...DEFAULT_ENSEMBLE_OPTIONS.logistic, seed, ...learner?.logistic };
  return resolved;
}

/** Rebuilds a classifier from `toJSON()` output (after `JSON.parse`). */
export function loadIntentClassifier(json: unknown): IntentClassifier {
  const data = json as Partial<IntentClassifierJson> | null;
  if (!data || data.format !== FORMAT || data.version !== 2 || !data.featurizer || !data.model || !Array.isArray(data.intents)) {
    throw new Error(`loadIntentClassifier: not a ${FORMAT} v2 model`);
  }
  const featurizer = TextFeaturizer.fromJSON(data.featurizer);
  const model = ensembleFromJson(data.model);
  if (model.linear.dims !== featurizer.dims || model.linear.classes !== data.intents.length) throw new Error('loadIntentClassifier: model shape mismatch');
  return new SparseIntentClassifier(data.intents, featurizer, model, data.temperature ?? 1, data.oosThreshold ?? 0);
}
