/**
 * The trained half of message scoring: P(upset) from a TF-IDF (word + char n-gram)
 * logistic regression, and the combiner that weighs it against the rule-based cues.
 * Weights ship in model.json, built from tests/fixtures/handoff/train.jsonl by
 * `node --import tsx server/src/nlu/sentiment/train.ts`, so the server starts without
 * training and without reading test fixtures.
 */
import { TextFeaturizer, type FeaturizerJson } from '../ml/features.ts';
import { linearModelFromJson, linearScores, type LinearModel, type LinearModelJson } from '../ml/linear.ts';
import { assertCombinerInputs, combine, combinerInputs, type CombinerJson } from './combiner.ts';
import type { MessageCues } from './cues.ts';
import { logistic } from './normalize.ts';
import shipped from './model.json' with { type: 'json' };

/** Serialized upset model: featurizer, a two-class (calm = 0, upset = 1) linear model and the combiner. */
export interface UpsetModelJson {
  featurizer: FeaturizerJson;
  model: LinearModelJson;
  combiner: CombinerJson;
  /** Training-set size, languages and content hash (see `summarizeTrainingSet` in train.ts). */
  trainedOn: { examples: number; languages: string[]; fingerprint: string };
}

/** A loaded upset classifier. */
export interface UpsetModel {
  featurizer: TextFeaturizer;
  model: LinearModel;
  combiner: CombinerJson;
}

/** Rebuild a classifier from its JSON form. */
export function loadUpsetModel(json: UpsetModelJson): UpsetModel {
  assertCombinerInputs(json.combiner);
  return { featurizer: TextFeaturizer.fromJSON(json.featurizer), model: linearModelFromJson(json.model), combiner: json.combiner };
}

let defaultModel: UpsetModel | undefined;
const active = (model?: UpsetModel) => model ?? (defaultModel ??= loadUpsetModel(shipped as UpsetModelJson));

/** The text model's log-odds that a message is from an upset customer. */
export function upsetLogit(text: string, model?: UpsetModel): number {
  const { featurizer, model: linear } = active(model);
  const scores = linearScores(linear, featurizer.featurize(text));
  return scores[1]! - scores[0]!;
}

/** Probability (0..1) that a message is from an upset customer, by the text model alone. */
export function upsetProbability(text: string, model?: UpsetModel): number {
  return logistic(upsetLogit(text, model));
}

/** P(upset) from the combiner, given the message's cues and the text model's logit. */
export function combinedUpset(cues: MessageCues, logit: number, model?: UpsetModel): number {
  return combine(active(model).combiner, combinerInputs(cues, logit));
}
