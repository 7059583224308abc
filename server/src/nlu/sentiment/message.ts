/**
 * Single-message scoring: lexicon cues, typography, sarcasm and the trained model,
 * combined into the signals the trajectory (and the message meta) consume.
 */
import { lexiconFor } from './lexicon/index.ts';
import { upsetProbability } from './model.ts';
import { countMatches, foldText, saturate } from './normalize.ts';
import { looksLikeQuestion, mentionsRegulator } from './regulators.ts';
import { countsAttempts, detectSarcasm } from './sarcasm.ts';
import { readTypography } from './typography.ts';

/** What one customer message says about the customer's state; numbers are 0..1 unless noted. */
export interface MessageSignals {
  negativity: number;
  anger: number;
  anxiety: number;
  urgency: number;
  regulatorThreat: boolean;
  moneyMissing: boolean;
  sarcasm: boolean;
  /** The customer says this is not the first attempt ("fourth email", "again", "still"). */
  repeatedAttempt: boolean;
  /** Something is broken or refused ("can't log in", "rejected"). */
  failure: boolean;
  /** "Again", "still", "又", "まだ": with an earlier failure, the problem persists. */
  repeatCue: boolean;
  /** Thanks, "ok", "got it": the customer sounds settled. */
  positiveCue: boolean;
  /** Trained model's P(upset), kept for diagnostics and baselines. */
  model: number;
  /** -1 (very negative) .. 1 (very positive), for the message meta. */
  sentiment: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Noisy-OR: the chance that at least one independent cue is right. */
function anyOf(...cues: number[]): number {
  return 1 - cues.reduce((none, p) => none * (1 - clamp01(p)), 1);
}

/** Score one customer message written in `lang` (a BCP 47 tag from the language stage). */
export function scoreMessage(text: string, lang: string): MessageSignals {
  const lexicon = lexiconFor(lang);
  const folded = foldText(text);
  const n = (category: keyof typeof lexicon) => countMatches(lexicon[category], folded);
  const typo = readTypography(text);
  const model = text.trim() === '' ? 0 : upsetProbability(text);

  const negative = n('negative');
  const angry = n('anger');
  const sarcasm = detectSarcasm(folded, lexicon);
  const repeatCue = n('repeat') > 0;
  const failure = n('failure') > 0;
  const repeatedAttempt = countsAttempts(folded) || (repeatCue && (negative + angry > 0 || sarcasm));
  const moneyMissing = n('moneyGone') > 0 || (n('money') > 0 && n('missing') > 0);
  const complaintWords = negative + angry;
  // Naming a regulator is a threat with a complaint verb or a complaint, or as a statement
  // ("fix it or this goes to ASIC"); a question about regulation ("are you FCA regulated?") is not.
  const regulatorThreat =
    n('legal') > 0 ||
    (mentionsRegulator(text, folded) && (n('complain') > 0 || complaintWords > 0 || !looksLikeQuestion(folded)));

  const anger = anyOf(saturate(angry, 0.9) * 0.75, typo.shout * 0.6, typo.exclaim * 0.35, typo.angryEmoji * 0.7, typo.insistence * 0.2);
  const anxiety = anyOf(saturate(n('anxiety'), 1.2) * 0.85, moneyMissing ? 0.45 : 0, typo.distressEmoji * 0.6, typo.insistence * 0.25);
  const urgency = anyOf(saturate(n('urgency'), 0.9) * 0.75, typo.exclaim * 0.2, typo.stretched * 0.3);
  const evidenceCount =
    negative + 1.5 * angry + (failure ? 0.6 : 0) + (repeatedAttempt ? 2 : 0) + (moneyMissing ? 1 : 0) + (regulatorThreat ? 2 : 0);
  const lexical = saturate(evidenceCount, 0.55);
  // The model (trained on a few hundred messages) cannot convict alone: on its own it stays below
  // any handoff level, but it strengthens lexical and typographic evidence it agrees with.
  const positiveCues = n('positive') + n('praise');
  // Thanks or praise with no complaint word and no irony overrule the model's hunch.
  const thanked = positiveCues > 0 && lexical === 0 && !sarcasm;
  const modelCue = clamp01((model - 0.4) / 0.5) * (thanked ? 0.3 : 1);
  const evidence = Math.max(lexical, anger, anxiety, typo.insistence);
  const combined = anyOf(lexical * 0.8, modelCue * 0.4, modelCue * evidence * 0.5, anger * 0.6, anxiety * 0.45, typo.insistence * 0.3);
  // Irony means the customer is past the point of plain complaint.
  const negativity = sarcasm ? Math.max(combined, 0.75) : combined;
  const positive = negativity < 0.3 ? saturate(positiveCues, 0.8) : 0;

  return {
    negativity,
    anger,
    anxiety,
    urgency,
    regulatorThreat,
    moneyMissing,
    sarcasm,
    repeatedAttempt,
    failure,
    repeatCue,
    positiveCue: positiveCues > 0,
    model,
    sentiment: Math.max(-1, Math.min(1, positive * 0.8 - negativity)),
  };
}
