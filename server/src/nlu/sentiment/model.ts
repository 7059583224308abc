/**
 * The trained half of message scoring: P(upset) from a TF-IDF (word + char n-gram)
 * logistic regression. Weights ship in model.json, built from
 * tests/fixtures/handoff/train.jsonl by `node --import tsx server/src/nlu/sentiment/train.ts`,
 * so the server starts without training and without reading test fixtures.
 */
import { TextFeaturizer, type FeaturizerJson } from '../ml/features.ts';
import { linearModelFromJson, type LinearModel, type LinearModelJson } from '../ml/linear.ts';
import { predictProbabilities } from '../ml/logistic.ts';
import shipped from './model.json' with { type: 'json' };

/** Serialized upset model: featurizer plus a two-class (calm = 0, upset = 1) linear model. */
export interface UpsetModelJson {
  featurizer: FeaturizerJson;
  model: LinearModelJson;
  /** Training-set size and date, for the README and for humans. */
  trainedOn: { examples: number; languages: string[] };
}

/** A loaded upset classifier. */
export interface UpsetModel {
  featurizer: TextFeaturizer;
  model: LinearModel;
}

/** Rebuild a classifier from its JSON form. */
export function loadUpsetModel(json: UpsetModelJson): UpsetModel {
  return { featurizer: TextFeaturizer.fromJSON(json.featurizer), model: linearModelFromJson(json.model) };
}

let defaultModel: UpsetModel | undefined;

/** Probability (0..1) that a message is from an upset customer, by the shipped or a given model. */
export function upsetProbability(text: string, model?: UpsetModel): number {
  const active = model ?? (defaultModel ??= loadUpsetModel(shipped as UpsetModelJson));
  const probabilities = predictProbabilities(active.model, active.featurizer.featurize(text));
  return probabilities[1] ?? 0;
}
