/** Generic text-classification building blocks (features, linear models, calibration). */
export { DEFAULT_FEATURE_OPTIONS, featurize, fitFeaturizer, TextFeaturizer, type FeatureOptions, type FeaturizerJson } from './features.ts';
export { normalizeText, wordTokens } from './tokenize.ts';
export { appendDense, normalizeInPlace, type SparseVector } from './sparse.ts';
export { linearModelFromJson, linearModelToJson, linearScores, softmaxInPlace, type LinearModel, type LinearModelJson } from './linear.ts';
export { DEFAULT_LOGISTIC_OPTIONS, predictProbabilities, trainLogisticRegression, type LogisticRegressionOptions } from './logistic.ts';
export { DEFAULT_MLP_OPTIONS, mlpFromJson, mlpScores, mlpToJson, trainMlp, type MlpModel, type MlpModelJson, type MlpOptions } from './mlp.ts';
export { DEFAULT_SVM_OPTIONS, trainLinearSvm, type LinearSvmOptions } from './svm.ts';
export { expectedCalibrationError, fitTemperature } from './calibration.ts';
export { seededRandom, shuffleInPlace } from './random.ts';
