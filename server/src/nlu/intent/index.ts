/** Intent classification: training, loading, data set readers, evaluation and CLI. */
export type { ClassifyOptions, IntentClassifier, IntentExample, IntentPrediction, RankedIntent } from './types.ts';
export { OUT_OF_SCOPE } from './types.ts';
export { INTENT_FEATURE_DEFAULTS, loadIntentClassifier, trainIntentClassifier, type IntentClassifierJson, type TrainIntentOptions } from './classifier.ts';
export {
  loadEmbeddingIntentClassifier,
  trainEmbeddingIntentClassifier,
  type AsyncIntentClassifier,
  type EmbeddingTrainOptions,
} from './embedding-classifier.ts';
export { readBanking77Csv, readClinc150, readJsonl, type Clinc150Splits } from './datasets.ts';
export { chooseOosThreshold, evaluate, type EvaluationReport } from './evaluate.ts';
export type { Confusion } from './metrics.ts';
export { formatReport, runNluCli } from './cli.ts';
