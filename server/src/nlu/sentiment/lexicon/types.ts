/**
 * One language's cue words. Terms are folded like the text (see foldText);
 * a trailing `*` matches any word ending. Lists are cues, not a dictionary:
 * the trained model and the conversation signals cover what they miss.
 */
export interface Lexicon {
  /** Displeasure of any strength ("useless", "ridiculous"). */
  negative: string[];
  /** Hostility: accusations, insults, swearing ("scam", "thieves"). */
  anger: string[];
  /** Worry and panic ("scared", "life savings"). */
  anxiety: string[];
  /** Time pressure ("asap", "right now"). */
  urgency: string[];
  /** Money objects ("withdrawal", "funds") and forced closes ("liquidated"); combined with `missing` below. */
  money: string[];
  /** Absence ("hasn't arrived", "disappeared") or surprise ("without warning"); combined with `money` above. */
  missing: string[];
  /** Money-missing on their own ("where is my money", "liquidated without warning"). */
  moneyGone: string[];
  /** Praise and thanks: calm on their own, sarcastic next to repetition or complaints. */
  praise: string[];
  /** Repetition ("again", "still", "fourth time"). */
  repeat: string[];
  /** Fixed ironic phrases ("thanks for nothing"). */
  sarcasm: string[];
  /** Complaint verbs that turn a regulator's name into a threat ("report", "complain"). */
  complain: string[];
  /** Legal action, a threat on its own ("lawyer", "sue"). */
  legal: string[];
  /** Something is broken or refused ("can't log in", "rejected"): mild alone, telling when it persists. */
  failure: string[];
  /** Calm and satisfied ("thanks, got it", "works now"). */
  positive: string[];
  /** The problem went away or was the customer's own ("works now", "found it", "my bad"): a calm-down, not a complaint. */
  resolved: string[];
  /** An apology for one's own tone ("sorry", "perdona"): the customer takes back the blunt message before. */
  apology: string[];
  /** Calm acceptance of a wait or an explanation ("ok, I'll wait", "I see"): the customer is not pressing. */
  patience: string[];
}
