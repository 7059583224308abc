/**
 * Per-conversation frustration trajectory: an exponentially decaying average of
 * message frustration with a smoothed trend, plus sticky flags for the cues that
 * justify a fast handoff (regulator or legal threats, money missing, panic).
 * The state is plain JSON so the store can keep it between messages.
 */
import type { MessageSignals } from './message.ts';

/** Stored conversation state. */
export interface Trajectory {
  /** Decayed frustration level, 0..1. */
  level: number;
  /** Smoothed change of `level` per message (positive = getting worse). */
  trend: number;
  /** Customer messages seen. */
  turns: number;
  /** Decayed anxiety, 0..1. */
  anxiety: number;
  /** Messages that reported missing money. */
  moneyMissingTurns: number;
  /** Money is missing and the customer is upset about it (now or in a follow-up message). */
  moneyPanic: boolean;
  /** Consecutive messages that were at least mildly frustrated (a problem that does not go away). */
  upsetStreak: number;
  /** A regulator or legal threat was made at some point. */
  regulatorThreat: boolean;
  /** Frustration of the previous message alone (for "did not calm down"). */
  lastFrustration: number;
  /** The latest message stayed upset right after a very upset one (no thanks, no "ok"). */
  stayedUpset: boolean;
  /** The previous message reported something broken (for "still broken"). */
  lastFailure: boolean;
  /** Length in characters of the previous message (for "shorter and sharper"). */
  lastLength: number;
  /** Consecutive messages that re-ask an earlier question (the bot's answers did not help). */
  reasked: number;
}

/** What the pipeline knows about the conversation around the message. */
export interface ConversationSignals {
  botFallbacksInARow: number;
  repeatedQuestion: boolean;
}

/** Reasons a conversation should go to a person. */
export type HandoffReason = 'frustration' | 'rising_frustration' | 'regulator_threat' | 'money_missing' | 'anxiety';

/** Tuned default for {@link shouldHandOff}; tenants may pass their own. */
export const DEFAULT_HANDOFF_THRESHOLD = 0.55;

// Weight of the newest message in the average: one message can move the level at most halfway.
const NEW_WEIGHT = 0.5;
// A message that says "fourth time" carries frustration built before this chat, so it weighs more.
const HISTORY_WEIGHT = 0.8;
// A message at least this frustrated keeps an upset streak going.
const UPSET = 0.3;
// After missing money is reported, even a mildly unhappy follow-up ("I want an explanation") escalates.
const MONEY_FOLLOW_UP = 0.15;
// ...and so does pressing for it ("check it right now").
const MONEY_PRESSED = 0.4;
// One very upset message is not enough; a very upset one followed by another that is not calm is.
const STRONG = 0.8;
// Frustration of praise read as irony (as for sarcasm cues in message.ts).
const IRONY = 0.75;
const STAYED = 0.1;

/** Frustration of one message in its conversation, 0..1. */
export function messageFrustration(
  signals: MessageSignals,
  conversation: ConversationSignals,
  sharper: boolean,
  persisting = false,
): number {
  const own = Math.max(signals.negativity, signals.anger * 0.9, signals.anxiety * 0.8) + signals.urgency * 0.1;
  const context =
    Math.min(conversation.botFallbacksInARow, 3) * 0.12 + (conversation.repeatedQuestion ? 0.2 : 0) + (sharper ? 0.1 : 0) + (persisting ? 0.25 : 0);
  return Math.min(1, own + context);
}

/** Fold one customer message into the conversation's trajectory. */
export function updateTrajectory(
  previous: Trajectory | undefined,
  signals: MessageSignals,
  conversation: ConversationSignals,
  text: string,
): Trajectory {
  const length = [...text.trim()].length;
  const prev = previous ?? {
    level: 0, trend: 0, turns: 0, anxiety: 0, moneyMissingTurns: 0, moneyPanic: false, upsetStreak: 0, regulatorThreat: false,
    lastFrustration: 0, stayedUpset: false, lastFailure: false, lastLength: length, reasked: 0,
  };
  const sharper = prev.turns > 0 && length < prev.lastLength * 0.6 && (signals.negativity > 0.3 || signals.anger > 0.3);
  // "Still can't log in" after "can't log in": the bot has not solved it.
  const persisting = prev.lastFailure && (signals.failure || signals.repeatCue);
  // "Really top notch stuff guys" right after a complaint is irony, not a change of heart.
  const ironic = signals.praiseOnly && prev.lastFrustration >= UPSET;
  const own = messageFrustration(signals, conversation, sharper, persisting);
  const frustration = ironic ? Math.max(own, IRONY) : own;
  const weight = signals.attemptsCounted || signals.sarcasm || ironic ? HISTORY_WEIGHT : NEW_WEIGHT;
  const level = (1 - weight) * prev.level + weight * frustration;
  const delta = level - prev.level;
  return {
    level,
    trend: prev.turns === 0 ? 0 : 0.5 * prev.trend + 0.5 * delta,
    turns: prev.turns + 1,
    anxiety: (1 - NEW_WEIGHT) * prev.anxiety + NEW_WEIGHT * signals.anxiety,
    moneyMissingTurns: prev.moneyMissingTurns + (signals.moneyMissing ? 1 : 0),
    moneyPanic:
      prev.moneyPanic ||
      (signals.moneyMissing &&
        // A first calm "not arrived yet" gets one answer (processing times); complaints, panic or days of waiting do not wait.
        (signals.anxiety >= 0.55 || signals.anger >= 0.4 || signals.urgency >= 0.5 || (signals.complaint >= 0.65 && !signals.asking && signals.grievance))) ||
      (prev.moneyMissingTurns > 0 && (frustration >= MONEY_FOLLOW_UP || signals.urgency >= MONEY_PRESSED)),
    upsetStreak: frustration >= UPSET ? prev.upsetStreak + 1 : 0,
    regulatorThreat: prev.regulatorThreat || signals.regulatorThreat,
    lastFrustration: frustration,
    stayedUpset:
      prev.turns > 0 && !signals.positiveCue && signals.sentiment <= 0 && prev.lastFrustration >= STRONG && frustration >= STAYED,
    lastFailure: signals.failure || persisting,
    lastLength: length,
    reasked: conversation.repeatedQuestion ? prev.reasked + 1 : 0,
  };
}

/**
 * Decide whether the conversation should go to a person. Threats hand off at once;
 * missing money within two messages (at once with panic); otherwise the decayed level (or a clear rise)
 * must cross the tenant's threshold, so one blunt message is not enough.
 */
export function shouldHandOff(
  t: Trajectory,
  threshold = DEFAULT_HANDOFF_THRESHOLD,
): { handoff: boolean; reason?: HandoffReason } {
  if (t.regulatorThreat) return { handoff: true, reason: 'regulator_threat' };
  if (t.moneyMissingTurns >= 2 || (t.moneyMissingTurns >= 1 && t.moneyPanic)) return { handoff: true, reason: 'money_missing' };
  // Panic ("I'm panicking", "please help") escalates within two messages when the conversation is already tense.
  if (t.anxiety >= 0.45 || (t.anxiety >= 0.3 && t.level >= threshold - 0.25)) return { handoff: true, reason: 'anxiety' };
  if (t.level >= threshold || t.stayedUpset) return { handoff: true, reason: 'frustration' };
  // Worsening: a clear rise near the line, or three upset messages in a row (the problem is not going away).
  const rising = t.turns >= 3 && t.trend >= 0.1 && t.level >= threshold - 0.15;
  const persistent = t.upsetStreak >= 3 && t.level >= threshold - 0.2;
  // The same question a third time, no longer calmly: two answers did not help.
  const askedAgain = t.reasked >= 2 && t.lastFrustration >= UPSET;
  if (rising || persistent || askedAgain) return { handoff: true, reason: 'rising_frustration' };
  return { handoff: false };
}
