/** Turns class logits into an {@link IntentPrediction}: temperature, top 5, out-of-scope rule. */
import { softmaxInPlace } from '../ml/linear.ts';
import { OUT_OF_SCOPE, type IntentPrediction, type RankedIntent } from './types.ts';

const TOP_N = 5;

/**
 * Calibrated prediction from raw logits (consumed in place). The answer is
 * {@link OUT_OF_SCOPE} when a trained out-of-scope class wins, or when the best
 * in-scope probability is below `oosThreshold`.
 */
export function predictionFromLogits(
  logits: Float64Array,
  intents: readonly string[],
  temperature: number,
  oosThreshold: number,
): IntentPrediction {
  const probs = softmaxInPlace(logits, temperature);
  const ranked: RankedIntent[] = [];
  let oosProbability = 0;
  // Insertion into a short sorted list beats sorting every class.
  for (let k = 0; k < probs.length; k++) {
    const confidence = probs[k]!;
    if (intents[k] === OUT_OF_SCOPE) {
      oosProbability = confidence;
      continue;
    }
    if (ranked.length === TOP_N && confidence <= ranked[TOP_N - 1]!.confidence) continue;
    let at = ranked.length;
    while (at > 0 && ranked[at - 1]!.confidence < confidence) at--;
    ranked.splice(at, 0, { intent: intents[k]!, confidence });
    if (ranked.length > TOP_N) ranked.pop();
  }
  const best = ranked[0] ?? { intent: OUT_OF_SCOPE, confidence: 0 };
  const outOfScope = oosProbability > best.confidence || best.confidence < oosThreshold;
  return { intent: outOfScope ? OUT_OF_SCOPE : best.intent, confidence: best.confidence, ranked };
}
