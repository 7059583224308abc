/**
 * Evaluation of an intent classifier on labelled examples, following the
 * CLINC150 protocol when out-of-scope examples are present: an in-scope
 * message rejected as out of scope counts as wrong.
 */
import { expectedCalibrationError } from '../ml/calibration.ts';
import { macroF1, quantile, worstConfusions, type Confusion } from './metrics.ts';
import { OUT_OF_SCOPE, type IntentClassifier, type IntentExample } from './types.ts';

/** What {@link evaluate} measures. */
export interface EvaluationReport {
  examples: number;
  /** Share of all examples labelled correctly (out-of-scope ones included). */
  accuracy: number;
  /** Accuracy over in-scope examples only. */
  inScopeAccuracy: number;
  macroF1: number;
  /** Share of out-of-scope examples flagged as such; absent when there are none. */
  oosRecall?: number;
  /** Expected calibration error of the top in-scope confidence (15 bins, in-scope examples). */
  ece: number;
  /** The 10 most frequent mistakes. */
  confusions: Confusion[];
  /** Per-message classification time in milliseconds. */
  latency: { p50Ms: number; p99Ms: number };
}

/** Classifies every example and reports accuracy, macro-F1, OOS recall, calibration and latency. */
export function evaluate(classifier: IntentClassifier, examples: readonly IntentExample[], options: { oosThreshold?: number } = {}): EvaluationReport {
  const truth: string[] = [];
  const predicted: string[] = [];
  const timings: number[] = [];
  const confidences: number[] = [];
  const topCorrect: boolean[] = [];
  let inScope = 0;
  let inScopeHits = 0;
  let oos = 0;
  let oosHits = 0;
  const call = options.oosThreshold === undefined ? {} : { oosThreshold: options.oosThreshold };
  for (const example of examples) {
    const started = performance.now();
    const prediction = classifier.classify(example.text, call);
    timings.push(performance.now() - started);
    truth.push(example.intent);
    predicted.push(prediction.intent);
    if (example.intent === OUT_OF_SCOPE) {
      oos++;
      if (prediction.intent === OUT_OF_SCOPE) oosHits++;
    } else {
      inScope++;
      if (prediction.intent === example.intent) inScopeHits++;
      confidences.push(prediction.confidence);
      topCorrect.push(prediction.ranked[0]?.intent === example.intent);
    }
  }
  const hits = truth.filter((t, i) => t === predicted[i]).length;
  return {
    examples: examples.length,
    accuracy: examples.length ? hits / examples.length : 0,
    inScopeAccuracy: inScope ? inScopeHits / inScope : 0,
    macroF1: macroF1(truth, predicted),
    ...(oos > 0 ? { oosRecall: oosHits / oos } : {}),
    ece: expectedCalibrationError(confidences, topCorrect),
    confusions: worstConfusions(truth, predicted),
    latency: { p50Ms: quantile(timings, 0.5), p99Ms: quantile(timings, 0.99) },
  };
}

/**
 * Out-of-scope threshold chosen on validation data: the highest threshold
 * (so the most out-of-scope messages caught) that costs at most
 * `maxInScopeLoss` of in-scope accuracy compared with no threshold at all.
 * A budget rather than a balanced score, because a wrongly rejected customer
 * question costs more than a stray off-topic one answered by the fallback.
 */
export function chooseOosThreshold(
  classifier: IntentClassifier,
  validation: readonly IntentExample[],
  options: { maxInScopeLoss?: number } = {},
): number {
  const budget = options.maxInScopeLoss ?? 0.01;
  const inScope = validation
    .filter((e) => e.intent !== OUT_OF_SCOPE)
    .map((e) => {
      const p = classifier.classify(e.text, { oosThreshold: 0 });
      return { confidence: p.confidence, correct: p.intent === e.intent };
    });
  if (inScope.length === 0) return 0;
  const accuracyAt = (threshold: number) => inScope.filter((e) => e.correct && e.confidence >= threshold).length / inScope.length;
  const floor = accuracyAt(0) - budget;
  let best = 0;
  for (let step = 1; step <= 200; step++) {
    const threshold = step / 200;
    if (accuracyAt(threshold) >= floor - 1e-12) best = threshold;
  }
  return best;
}
