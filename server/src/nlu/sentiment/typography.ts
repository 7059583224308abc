/**
 * How a message is typed, independent of language: shouting in capitals, "!!!",
 * "??" (NFKC folds full-width ！？ into ASCII), stretched letters and emoji.
 */

/** Typographic cues, each 0..1. */
export interface TypographySignals {
  /** Share of cased letters in all-caps words, when there are enough of them to be a shout. */
  shout: number;
  /** Exclamation marks, with runs ("!!!") counting most. */
  exclaim: number;
  /** Repeated question marks ("??", "?!", "؟؟"). */
  insistence: number;
  /** Angry emoji and emoticons (😡 💢 ㅡㅡ). */
  angryEmoji: number;
  /** Crying, scared or begging emoji (😭 😱 🙏 ㅠㅠ). */
  distressEmoji: number;
  /** Letters stretched for emphasis ("whyyyy", "pleaseeee"). */
  stretched: number;
}

const ANGRY = /[😡🤬😠😤💢🖕👿]|ㅡㅡ|-_-|>:\(|\(怒\)|（怒）/gu;
const DISTRESS = /[😭😢😰😱😨😩😫🙏🆘]|ㅠㅠ|ㅜㅜ|T_T|;_;|:'\(/gu;

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].length;
}

function shoutScore(text: string): number {
  let capsLetters = 0;
  let casedLetters = 0;
  for (const word of text.match(/[\p{Lu}\p{Ll}]+/gu) ?? []) {
    const upper = [...word].filter((ch) => ch !== ch.toLowerCase()).length;
    casedLetters += word.length;
    // Three or more capitals in a row: "WHERE", not "I" or the "A" opening a sentence.
    if (upper === word.length && word.length >= 3) capsLetters += word.length;
  }
  // A lone ticker or regulator ("TSLA", "FINRA") is not a shout; a run of capital words is.
  if (capsLetters < 10) return 0;
  return Math.min(1, capsLetters / casedLetters / 0.6);
}

/** Read the typographic cues of a raw (unfolded) message. */
export function readTypography(raw: string): TypographySignals {
  const text = raw.normalize('NFKC').replace(/؟/g, '?');
  const bangs = (text.match(/!/g) ?? []).length;
  const longestBangRun = Math.max(0, ...(text.match(/!+/g) ?? []).map((run) => run.length));
  const insistentRuns = (text.match(/\?{2,}|[?!]*\?![?!]*|!\?/g) ?? []).length;
  return {
    shout: shoutScore(text),
    exclaim: longestBangRun >= 3 ? 1 : Math.min(1, bangs * 0.3),
    insistence: Math.min(1, insistentRuns * 0.6),
    angryEmoji: Math.min(1, count(ANGRY, text) * 0.6),
    distressEmoji: Math.min(1, count(DISTRESS, text) * 0.5),
    stretched: /(\p{L})\1{3,}/u.test(text) && !/(\p{Nd})\1{3,}/u.test(text) ? 0.5 : 0,
  };
}
