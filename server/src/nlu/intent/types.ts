/** Public types of the intent classifier. */

/** One labelled utterance. */
export interface IntentExample {
  text: string;
  intent: string;
  /** BCP 47 language tag, when known. */
  lang?: string;
}

/** An intent with its calibrated probability. */
export interface RankedIntent {
  intent: string;
  confidence: number;
}

/** Result of classifying one message. */
export interface IntentPrediction {
  /** Best intent, or {@link OUT_OF_SCOPE} when the confidence is below the threshold. */
  intent: string;
  /** Calibrated probability of the best in-scope intent, in [0, 1]. */
  confidence: number;
  /** Top 5 in-scope intents, most likely first. */
  ranked: RankedIntent[];
}

/** Per-call options. */
export interface ClassifyOptions {
  /** Confidence below which the answer is {@link OUT_OF_SCOPE}; overrides the model default (per tenant). */
  oosThreshold?: number;
}

/** A trained classifier that answers synchronously. */
export interface IntentClassifier {
  classify(text: string, options?: ClassifyOptions): IntentPrediction;
  readonly intents: readonly string[];
  toJSON(): unknown;
}

/** Label returned for messages the model does not recognise (also the label read from CLINC150 `oos`). */
export const OUT_OF_SCOPE = 'out_of_scope';
