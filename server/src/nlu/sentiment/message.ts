/**
 * Single-message scoring: rule cues (cues.ts), the trained text model and the learned
 * combiner, folded into the signals the trajectory (and the message meta) consume.
 */
import { anyOf, clamp01, readCues, type MessageCues } from './cues.ts';
import { combinedUpset, upsetLogit } from './model.ts';
import { logistic, saturate } from './normalize.ts';

/** Signals with the names and meaning of the rule cues (cues.ts); threats and panic are confirmed by the combined score below. */
type SharedCues = 'anger' | 'anxiety' | 'urgency' | 'regulatorThreat' | 'moneyMissing' | 'sarcasm' | 'repeatedAttempt' | 'attemptsCounted' | 'failure' | 'repeatCue';

/** What one customer message says about the customer's state; numbers are 0..1 unless noted. */
export interface MessageSignals extends Pick<MessageCues, SharedCues> {
  negativity: number;
  /** Negativity from the words, typography and irony alone, without the combined score's voice. */
  complaint: number;
  /** Thanks, "ok", "got it", "works now", "I'll wait", an apology: the customer sounds settled. */
  positiveCue: boolean;
  /** Complaint or hostile words, counted attempts or a wait of days: more than a report of the problem. */
  grievance: boolean;
  /** Praise with no thanks, "ok" or fix: sincere on its own, ironic right after a complaint (see trajectory.ts). */
  praiseOnly: boolean;
  /** A plain question ("if my option goes to 0, do I owe money?"): asking, not demanding ("where is it??"). */
  asking: boolean;
  /** Text model's P(upset) alone, kept for diagnostics and baselines. */
  model: number;
  /** Combined P(upset): the learned weighing of the cues above and the text model. */
  upset: number;
  /** -1 (very negative) .. 1 (very positive), for the message meta. */
  sentiment: number;
}

// Below this combined P(upset) the combiner's verdict adds nothing on its own; above it, it counts as
// evidence in proportion, up to about a strong complaint word. One such message still moves the
// conversation's level only halfway, so the trajectory keeps needing a second one.
const UPSET_FLOOR = 0.7;
const UPSET_WEIGHT = 0.9;
// Panic words the combined score confirms: at P(upset) ≈ 1 one message reaches the anxiety handoff.
const PANIC_WEIGHT = 0.9;
// A bare regulator mention or a complaint-procedure question is a threat only from an upset customer.
const THREAT_UPSET = 0.7;

/** Score one customer message written in `lang` (a BCP 47 tag from the language stage). */
export function scoreMessage(text: string, lang: string): MessageSignals {
  const cues = readCues(text, lang);
  const empty = text.trim() === '';
  const logit = empty ? -Infinity : upsetLogit(text);
  const model = empty ? 0 : logistic(logit);
  const upset = empty ? 0 : combinedUpset(cues, logit);
  const { lexical, anger, typography: typo } = cues;
  // "Works now, my bad" overrules the trained scores' hunch; thanks with no complaint and no irony temper it
  // (praise that follows a complaint is read as irony by the trajectory, which knows the previous message).
  // So do an apology for one's tone ("sorry, I'm annoyed. where is X?") and a calm "ok, I'll wait".
  const calmed = cues.settled || cues.apologized || cues.patient ? 0 : cues.thanked ? 0.3 : 1;
  // A plain question ("worried about this drop, should I sell?") asks for information; "where is it??" insists.
  const plainQuestion = cues.question && typo.insistence === 0 && anger < 0.3;
  const anxiety = Math.max(cues.anxiety, cues.anxious && !plainQuestion ? upset * PANIC_WEIGHT * calmed : 0);

  // The text model alone strengthens lexical and typographic evidence it agrees with.
  const modelCue = clamp01((model - 0.4) / 0.5) * calmed;
  const evidence = Math.max(lexical, anger, anxiety, typo.insistence);
  const voice = clamp01((upset - UPSET_FLOOR) / (1 - UPSET_FLOOR)) * UPSET_WEIGHT * calmed;
  const worded = anyOf(lexical * 0.8, modelCue * 0.4, modelCue * evidence * 0.5, anger * 0.6, anxiety * 0.45, typo.insistence * 0.3);
  // Irony means the customer is past the point of plain complaint.
  const ironic = (x: number) => (cues.sarcasm ? Math.max(x, 0.75) : x);
  // The mood named in an apology ("sorry, bin genervt") is owned, not aimed at us.
  const complaint = ironic(cues.apologized ? worded * 0.3 : worded);
  const negativity = ironic(anyOf(cues.apologized ? worded * 0.3 : worded, voice));
  const positive = negativity < 0.3 ? saturate(cues.positiveCount, 0.8) : 0;

  return {
    negativity,
    complaint,
    anger,
    anxiety,
    urgency: cues.urgency,
    regulatorThreat: cues.regulatorThreat && (cues.threatFirm || upset >= THREAT_UPSET),
    moneyMissing: cues.moneyMissing,
    sarcasm: cues.sarcasm,
    repeatedAttempt: cues.repeatedAttempt,
    attemptsCounted: cues.attemptsCounted,
    failure: cues.failure,
    repeatCue: cues.repeatCue,
    positiveCue: cues.positiveCue || cues.apologized || cues.patient,
    grievance: cues.grievance,
    praiseOnly: cues.praiseOnly,
    asking: plainQuestion,
    model,
    upset,
    sentiment: Math.max(-1, Math.min(1, positive * 0.8 - negativity)),
  };
}
