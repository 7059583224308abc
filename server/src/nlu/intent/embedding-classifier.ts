/**
 * Optional dense back end: sentence embeddings from any @langchain/core
 * `Embeddings` implementation, used instead of (`replace`) or next to
 * (`concat`) the sparse n-gram features. Embedding calls are async, so this
 * classifier is too. Nothing here downloads weights; the caller brings the model.
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { fitFeaturizer, TextFeaturizer, type FeaturizerJson } from '../ml/features.ts';
import { appendDense, type SparseVector } from '../ml/sparse.ts';
import { INTENT_FEATURE_DEFAULTS, resolveLearner, type TrainIntentOptions } from './classifier.ts';
import { ensembleFromJson, ensembleLogits, ensembleToJson, fitEnsemble, holdoutTemperature, labelIndices, type EnsembleModel, type EnsembleModelJson } from './fit.ts';
import { predictionFromLogits } from './predict.ts';
import type { ClassifyOptions, IntentExample, IntentPrediction } from './types.ts';

/** An intent classifier whose `classify` awaits an embedding call. */
export interface AsyncIntentClassifier {
  classify(text: string, options?: ClassifyOptions): Promise<IntentPrediction>;
  readonly intents: readonly string[];
  toJSON(): unknown;
}

/** Options of {@link trainEmbeddingIntentClassifier}. */
export interface EmbeddingTrainOptions extends Omit<TrainIntentOptions, 'calibration'> {
  embeddings: EmbeddingsInterface;
  /** `replace`: embeddings only; `concat` (default): embeddings appended to the n-gram features. */
  mode?: 'replace' | 'concat';
  /** Weight of the (unit-length) embedding block against the (unit-length) sparse block. */
  embeddingWeight?: number;
  /** `holdout` (default) or `none`. */
  calibration?: 'holdout' | 'none';
}

const FORMAT = 'parley-embedding-intent-classifier';

interface EmbeddingClassifierJson {
  format: typeof FORMAT;
  version: 2;
  intents: string[];
  temperature: number;
  oosThreshold: number;
  embeddingWeight: number;
  featurizer: FeaturizerJson | null;
  model: EnsembleModelJson;
}

class EmbeddingIntentClassifier implements AsyncIntentClassifier {
  constructor(
    readonly intents: readonly string[],
    private readonly embeddings: EmbeddingsInterface,
    private readonly featurizer: TextFeaturizer | null,
    private readonly embeddingWeight: number,
    private readonly model: EnsembleModel,
    private readonly temperature: number,
    private readonly oosThreshold: number,
  ) {}

  async classify(text: string, options: ClassifyOptions = {}): Promise<IntentPrediction> {
    const [input] = encode([text], [await this.embeddings.embedQuery(text)], this.featurizer, this.embeddingWeight);
    const logits = ensembleLogits(this.model, input!);
    return predictionFromLogits(logits, this.intents, this.temperature, options.oosThreshold ?? this.oosThreshold);
  }

  toJSON(): EmbeddingClassifierJson {
    return {
      format: FORMAT,
      version: 2,
      intents: [...this.intents],
      temperature: this.temperature,
      oosThreshold: this.oosThreshold,
      embeddingWeight: this.embeddingWeight,
      featurizer: this.featurizer?.toJSON() ?? null,
      model: ensembleToJson(this.model),
    };
  }
}

function encode(texts: readonly string[], vectors: number[][], featurizer: TextFeaturizer | null, weight: number): SparseVector[] {
  const empty: SparseVector = { indices: new Int32Array(0), values: new Float32Array(0) };
  return texts.map((text, i) => appendDense(featurizer?.featurize(text) ?? empty, vectors[i] ?? [], featurizer?.dims ?? 0, weight));
}

/** Trains on embeddings (optionally with n-grams). Embeds all training texts in one `embedDocuments` call. */
export async function trainEmbeddingIntentClassifier(examples: IntentExample[], options: EmbeddingTrainOptions): Promise<AsyncIntentClassifier> {
  if (examples.length === 0) throw new Error('trainEmbeddingIntentClassifier: no examples');
  const seed = options.seed ?? 1;
  const learner = resolveLearner(options.learner, seed);
  const weight = options.embeddingWeight ?? 1;
  const texts = examples.map((e) => e.text);
  const featurizer = options.mode === 'replace' ? null : fitFeaturizer(texts, { ...INTENT_FEATURE_DEFAULTS, ...options.features });
  const vectors = await options.embeddings.embedDocuments(texts);
  const size = vectors[0]?.length ?? 0;
  if (size === 0 || vectors.some((v) => v.length !== size)) throw new Error('trainEmbeddingIntentClassifier: embeddings must be non-empty and of one size');
  const inputs = encode(texts, vectors, featurizer, weight);
  const intents = [...new Set(examples.map((e) => e.intent))].sort();
  const labels = labelIndices(examples.map((e) => e.intent), intents);
  const dims = (featurizer?.dims ?? 0) + size;
  const temperature = options.calibration === 'none' ? 1 : holdoutTemperature(inputs, labels, dims, intents.length, learner, seed);
  const model = fitEnsemble(inputs, labels, dims, intents.length, learner);
  return new EmbeddingIntentClassifier(intents, options.embeddings, featurizer, weight, model, temperature, options.oosThreshold ?? 0);
}

/** Rebuilds an embedding classifier; pass the same embeddings model it was trained with. */
export function loadEmbeddingIntentClassifier(json: unknown, embeddings: EmbeddingsInterface): AsyncIntentClassifier {
  const data = json as Partial<EmbeddingClassifierJson> | null;
  if (!data || data.format !== FORMAT || data.version !== 2 || !data.model || !Array.isArray(data.intents)) {
    throw new Error(`loadEmbeddingIntentClassifier: not a ${FORMAT} v2 model`);
  }
  const featurizer = data.featurizer ? TextFeaturizer.fromJSON(data.featurizer) : null;
  return new EmbeddingIntentClassifier(
    data.intents,
    embeddings,
    featurizer,
    data.embeddingWeight ?? 1,
    ensembleFromJson(data.model),
    data.temperature ?? 1,
    data.oosThreshold ?? 0,
  );
}
