/**
 * The learned combiner: a logistic regression over a dozen per-message signals (the
 * rule-based cues, the text model's logit, message length) that gives one calibrated P(upset).
 * It is trained by train.ts on out-of-fold model scores, so it learns how far to trust
 * the model on messages the model has not seen, not on the ones it memorised.
 */
import type { MessageCues } from './cues.ts';
import { logistic } from './normalize.ts';

/** Inputs, in order; the names are stored with the weights so a stale model.json is caught on load. */
export const COMBINER_INPUTS = [
  'lexical', 'anger', 'anxiety', 'urgency', 'sarcasm', 'moneyMissing', 'regulatorThreat', 'repeatedAttempt', 'failure', 'thanked',
  'question', 'model', 'short', 'modelIfShort',
] as const;

/** Serialized combiner. */
export interface CombinerJson {
  inputs: string[];
  weights: number[];
  bias: number;
}

// Model logits are clipped and scaled to the range of the other inputs, so one confident
// n-gram cannot outweigh every cue, and the combiner's L2 penalty treats inputs alike.
const MODEL_CLIP = 8;
const MODEL_SCALE = 4;
const SHORT_WORDS = 4;

/** The combiner's input vector for one message. */
export function combinerInputs(cues: MessageCues, modelLogit: number): number[] {
  const flag = (b: boolean) => (b ? 1 : 0);
  const model = Math.max(-MODEL_CLIP, Math.min(MODEL_CLIP, modelLogit)) / MODEL_SCALE;
  // A few words give the text model few n-grams to go on, so its confidence means less there.
  const short = cues.words <= SHORT_WORDS ? 1 : 0;
  return [
    cues.lexical, cues.anger, cues.anxiety, cues.urgency, flag(cues.sarcasm), flag(cues.moneyMissing), flag(cues.regulatorThreat),
    flag(cues.repeatedAttempt), flag(cues.failure), flag(cues.thanked), flag(cues.question), model, short, short * model,
  ];
}

/** P(upset) from the combiner. */
export function combine(combiner: CombinerJson, inputs: readonly number[]): number {
  let z = combiner.bias;
  for (let i = 0; i < inputs.length; i++) z += (combiner.weights[i] ?? 0) * inputs[i]!;
  return logistic(z);
}

/** Checks that shipped weights were trained for the inputs this code computes. */
export function assertCombinerInputs(combiner: CombinerJson): void {
  if (combiner.inputs.join() !== COMBINER_INPUTS.join()) {
    throw new Error('upset combiner: model.json was trained for other inputs; rerun train.ts');
  }
}
