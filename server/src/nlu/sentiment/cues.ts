/**
 * What a message says before any trained model reads it: lexicon cues for its language,
 * typography, sarcasm and attempt counts, folded into a few 0..1 signals. The trained
 * combiner (combiner.ts) and the hand-weighted scoring in message.ts both start from here.
 */
import { normalizeText, wordTokens } from '../ml/tokenize.ts';
import { lexiconFor } from './lexicon/index.ts';
import { countMatches, foldText, saturate } from './normalize.ts';
import { looksLikeQuestion, mentionsRegulator } from './regulators.ts';
import { countsAttempts, detectSarcasm } from './sarcasm.ts';
import { readTypography, type TypographySignals } from './typography.ts';

// A wait of days or weeks ("3 days", "a week", "5日前", "三天", "일주일"): past the usual processing time.
const LONG_DELAY = new RegExp(
  [
    String.raw`(?<!\p{Nd})(?:[2-9٢-٩]|\p{Nd}{2,})\s*(?:days?|dias|jours|tagen?|hari|ngay|din|weeks?|semanas?|semaines?|wochen|minggu|tuan|दिन|हफ्ते|วัน|สัปดาห์|日前|日間|日経|日も|天|일째|일 동안|일이 지|일 지|أيام|ايام|أسابيع|اسابيع)`,
    String.raw`[两兩三四五六七八九十几幾]\s*(?:天|个星期|個星期|周|週|日前|日間)`,
    String.raw`(?<![\p{L}\p{M}\p{N}])(?:for days|a week|(?:two|three|four|five|several|few) days|(?:dos|tres|varios|dois|deux|trois|plusieurs|zwei|drei|mehrere|dua|tiga|beberapa|hai|ba|may) (?:dias|jours|tage|hari|ngay)|for weeks|una semana|uma semana|une semaine|eine woche|seminggu|mot tuan|ek hafte|ek hafta)(?![\p{L}\p{M}\p{N}])`,
    String.raw`一周|一個禮拜|一个礼拜|一週間|일주일|며칠|หลายวัน|อาทิตย์นึง|أسبوع|اسبوع|يومين|एक हफ्ते|कई दिन`,
  ].join('|'),
  'u',
);

// Chinese questions without a question mark: 要不要, 是不是, 有没有, 會不會, and tags (…是吧, …对吧).
const CHINESE_QUESTION = /(\p{Script=Han})[不没沒]\1|(?:是吧|对吧|對吧)\s*$/u;

/** Rule-based reading of one message; numbers are 0..1. */
export interface MessageCues {
  /** Complaint evidence from words (displeasure, hostility, failures, repetition, missing money, threats). */
  lexical: number;
  anger: number;
  anxiety: number;
  urgency: number;
  regulatorThreat: boolean;
  /** The threat stands on its own words; otherwise it needs an upset customer behind it. */
  threatFirm: boolean;
  moneyMissing: boolean;
  sarcasm: boolean;
  /** The customer says this is not the first attempt ("fourth email", "again", "still"). */
  repeatedAttempt: boolean;
  /** Attempts are counted ("fourth email", "3回目"): frustration built before this chat. */
  attemptsCounted: boolean;
  /** Something is broken or refused ("can't log in", "rejected"). */
  failure: boolean;
  /** "Again", "still", "又", "まだ": with an earlier failure, the problem persists. */
  repeatCue: boolean;
  /** Thanks, "ok", "got it" or "works now" (not praise, which irony borrows): the customer may be settling. */
  positiveCue: boolean;
  /** Thanks or "ok" with no complaint word and no irony: the customer sounds settled. */
  thanked: boolean;
  /** Praise with no thanks, "ok" or fix ("really top notch stuff guys"): sincere alone, ironic after a complaint. */
  praiseOnly: boolean;
  /** The customer says the problem went away or was their own ("works now", "found it, my bad"), with no complaint. */
  settled: boolean;
  /** Complaint or hostile words, counted attempts or a wait of days: more than a report of the problem. */
  grievance: boolean;
  /** An apology for the customer's own tone with nothing hostile, ironic or repeated after it. */
  apologized: boolean;
  /** Calm acceptance of a wait or an explanation ("ok, I'll wait"), with no complaint or pressure. */
  patient: boolean;
  /** Anxiety words or distress emoji (a panic cue the combined score can confirm). */
  anxious: boolean;
  /** Phrased as a question ("are you regulated by the FCA?"). */
  question: boolean;
  /** Words in the message (Intl.Segmenter words, so unspaced scripts count too). */
  words: number;
  /** Number of thanks and praise terms (for the sentiment shown in the message meta). */
  positiveCount: number;
  typography: TypographySignals;
}

/** Read the lexicon, typography and sarcasm cues of one message written in `lang`. */
export function readCues(text: string, lang: string): MessageCues {
  const lexicon = lexiconFor(lang);
  const folded = foldText(text);
  const n = (category: keyof typeof lexicon) => countMatches(lexicon[category], folded);
  const typo = readTypography(text);

  const negative = n('negative');
  const angry = n('anger');
  const sarcasm = detectSarcasm(folded, lexicon);
  const repeatCue = n('repeat') > 0;
  const failure = n('failure') > 0;
  const attemptsCounted = countsAttempts(folded);
  const repeatedAttempt = attemptsCounted || (repeatCue && (negative + angry > 0 || sarcasm));
  const moneyMissing = n('moneyGone') > 0 || (n('money') > 0 && n('missing') > 0);
  const complaintWords = negative + angry;
  const question = looksLikeQuestion(folded) || CHINESE_QUESTION.test(folded.trim());
  // Naming a regulator is a threat with a complaint verb or a complaint, or as a statement
  // ("fix it or this goes to ASIC"); a question about regulation ("are you FCA regulated?") is not.
  const legal = n('legal') > 0;
  const regulator = mentionsRegulator(text, folded);
  const complainVerb = n('complain') > 0;
  const regulatorThreat = legal || (regulator && (complainVerb || complaintWords > 0 || !question));
  // Firm: a complaint word, or a complaint verb or legal term in a statement ("I'm reporting you to FINRA").
  // Otherwise ("how do I complain to the FCA?", "oh, so the FCA handles that") the upset score must confirm it.
  const threatFirm = complaintWords > 0 || (!question && (legal || (regulator && complainVerb)));

  const evidenceCount =
    negative + 1.5 * angry + (failure ? 0.6 : 0) + (repeatedAttempt ? 2 : 0) + (moneyMissing ? 1 : 0) + (regulatorThreat && threatFirm ? 2 : 0);
  const lexical = saturate(evidenceCount, 0.55);
  const positiveCount = n('positive') + n('praise');
  const settled =
    n('resolved') > 0 && complaintWords === 0 && !sarcasm && !repeatedAttempt && !moneyMissing && !regulatorThreat && !(failure && repeatCue);
  const anxiousWords = n('anxiety');
  const longDelay = LONG_DELAY.test(folded);
  const pressing = typo.insistence > 0 || typo.shout > 0 || typo.exclaim >= 0.6 || n('urgency') > 0;
  // "Sorry, I'm annoyed. Where do I ...": naming one's own mood while apologising for it is not a second complaint.
  const apologized =
    n('apology') > 0 && angry === 0 && negative <= 1 && !sarcasm && !attemptsCounted && !moneyMissing && !regulatorThreat && !pressing;
  const patient =
    n('patience') > 0 && complaintWords === 0 && !sarcasm && !repeatCue && !failure && !moneyMissing && !regulatorThreat && !pressing;
  return {
    lexical,
    anger: anyOf(saturate(angry, 0.9) * 0.75, typo.shout * 0.6, typo.exclaim * 0.35, typo.angryEmoji * 0.7, typo.insistence * 0.2),
    anxiety: anyOf(saturate(anxiousWords, 1.2) * 0.85, moneyMissing ? 0.45 : 0, typo.distressEmoji * 0.6, typo.insistence * 0.25),
    urgency: anyOf(saturate(n('urgency'), 0.9) * 0.75, typo.exclaim * 0.2, typo.stretched * 0.3),
    regulatorThreat,
    threatFirm,
    moneyMissing,
    sarcasm,
    repeatedAttempt,
    attemptsCounted,
    failure,
    repeatCue,
    // Praise is how irony is said ("really top notch stuff guys"), so only thanks, "ok" or a fix calm things down.
    positiveCue: (n('positive') > 0 && !sarcasm) || settled,
    thanked: n('positive') > 0 && lexical === 0 && !sarcasm,
    settled,
    praiseOnly: n('praise') > 0 && n('positive') === 0 && !settled,
    grievance: complaintWords > 0 || repeatedAttempt || longDelay || n('moneyGone') > 0,
    apologized,
    patient,
    anxious: anxiousWords > 0 || typo.distressEmoji > 0,
    question,
    positiveCount,
    words: wordTokens(normalizeText(text)).length,
    typography: typo,
  };
}

export const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Noisy-OR: the chance that at least one independent cue is right. */
export function anyOf(...cues: number[]): number {
  return 1 - cues.reduce((none, p) => none * (1 - clamp01(p)), 1);
}
