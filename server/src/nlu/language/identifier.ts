import { REPLY_LANGUAGES, normaliseTag, toReplyLanguage } from './languages.ts';
import { hinglishScore, malayOrIndonesian, withoutLoanwords } from './lexicon.ts';
import { createEldModel, type ModelScores, type NgramModel } from './ngram-model.ts';
import { SCRIPT_LANGUAGE, dominantScript, type Script } from './script.ts';
import { arabicScriptLanguage, cyrillicLanguage, devanagariLanguage, hanLanguage } from './scripts-languages.ts';
import { messageWords, type MessageWords } from './tokens.ts';

/** Result of identifying one message. */
export interface LanguageGuess {
  /** BCP-47: one of REPLY_LANGUAGES when supported, else e.g. 'ru'. */
  lang: string;
  /** 0..1 */
  confidence: number;
  /** false => caller keeps the conversation language. */
  reliable: boolean;
  /** Whether the tenant answers in `lang`. */
  supported: boolean;
}

/** What the conversation already knows about its language. */
export interface LanguagePrior {
  conversation?: string;
  locale?: string;
}

/** Identifies the language of one chat message. */
export interface LanguageIdentifier {
  identify(text: string, prior?: LanguagePrior): LanguageGuess;
}

/** Knobs of the Latin-script decision; defaults were set on tests/fixtures/language/chat.jsonl. */
export interface LatinTuning {
  /** Fewer content words than this is "too short" to change the conversation's language. */
  minWords: number;
  /** Lead of the best language over the runner-up needed for a reliable answer. */
  minMargin: number;
  /** Subtracted from languages the tenant does not answer in, so near-ties go to ones it does. */
  offTenantPenalty: number;
  /** The conversation keeps its language while its score is this close to the best. */
  priorWindow: number;
  /** With exactly two content words, the lead needed to leave the conversation's language. */
  shortMargin: number;
  /** Hinglish word share from which romanised Hindi competes with the model's languages. */
  hinglishMin: number;
}

export const DEFAULT_TUNING: LatinTuning = { minWords: 3, minMargin: 0.02, offTenantPenalty: 0.08, priorWindow: 0.05, shortMargin: 0.2, hinglishMin: 0.25 };

/** Options for {@link createLanguageIdentifier}. */
export interface IdentifierOptions {
  /** Reply languages the tenant has switched on (default: all of REPLY_LANGUAGES). */
  enabled?: readonly string[];
  /** Override the Latin-script decision thresholds (benchmarks only). */
  tuning?: Partial<LatinTuning>;
  /** Inject a different n-gram model (tests and benchmarks). */
  model?: NgramModel;
}

const CJK: ReadonlySet<Script> = new Set(['han', 'kana', 'hangul']);

/**
 * Build an identifier once at server start (loads the n-gram database); identify() is then
 * synchronous and allocation-light.
 */
export function createLanguageIdentifier(options: IdentifierOptions = {}): LanguageIdentifier {
  const enabled = new Set((options.enabled ?? REPLY_LANGUAGES).map((tag) => toReplyLanguage(tag) ?? tag));
  const tuning = { ...DEFAULT_TUNING, ...options.tuning };
  const model = options.model ?? createEldModel();

  const guess = (lang: string, confidence: number, reliable: boolean): LanguageGuess => ({
    lang,
    confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
    reliable,
    supported: enabled.has(lang),
  });

  // With no prior and no evidence at all, the tenant's first language: never 'und', which a caller
  // could mistake for an unsupported language and answer with the "we don't speak …" message.
  const defaultLanguage = [...enabled][0] ?? 'en';

  /** Too little evidence: answer with what the conversation knows, flagged unreliable. */
  const fallBack = (known: string | undefined, best: string | undefined, confidence: number): LanguageGuess =>
    guess(known ?? best ?? defaultLanguage, known ? 0 : confidence, false);

  function identifyScript(script: Script, count: number, words: MessageWords, known: string | undefined): LanguageGuess {
    const reliable = count >= (CJK.has(script) ? 2 : 3);
    let lang = SCRIPT_LANGUAGE[script] ?? defaultLanguage;
    if (script === 'han') lang = hanLanguage(words.text, known);
    else if (script === 'arabic') lang = arabicScriptLanguage(words.text, known);
    else if (script === 'devanagari') lang = devanagariLanguage(words.text);
    else if (script === 'cyrillic') {
      const window = words.content.length < tuning.minWords ? 1 : tuning.priorWindow;
      lang = cyrillicLanguage(words.text, model.scores(words.text), known, window);
    }
    return reliable ? guess(lang, 0.95, true) : fallBack(known, lang, 0.5);
  }

  function latinCandidates(words: MessageWords): Array<[string, number]> {
    const raw: ModelScores = model.scores(withoutLoanwords(words.words).join(' '));
    const scored = new Map<string, number>();
    for (const [code, score] of raw) {
      let lang = code === 'pt' ? 'pt-BR' : code;
      if (code === 'ms') lang = malayOrIndonesian(words.words);
      scored.set(lang, Math.max(scored.get(lang) ?? 0, score));
    }
    const hinglish = hinglishScore(words.words);
    if (hinglish >= tuning.hinglishMin) scored.set('hi', Math.max(scored.get('hi') ?? 0, 0.5 + hinglish));
    for (const [lang, score] of scored) if (!enabled.has(lang)) scored.set(lang, score - tuning.offTenantPenalty);
    return [...scored].sort((a, b) => b[1] - a[1]);
  }

  function identifyLatin(words: MessageWords, known: string | undefined): LanguageGuess {
    const ranked = latinCandidates(words);
    const [top, second] = ranked;
    if (!top) return fallBack(known, undefined, 0);
    const margin = top[1] - (second?.[1] ?? 0);
    const confidence = Math.min(1, 0.5 + margin * 4) * Math.min(1, words.content.length / tuning.minWords);
    const enough = words.content.length >= tuning.minWords || (words.content.length === 2 && margin >= tuning.shortMargin);
    if (!enough || margin < tuning.minMargin) return fallBack(known, top[0], confidence);
    // A reliable answer still yields to the conversation's language when that one is nearly as good.
    const knownScore = known === undefined ? undefined : ranked.find(([lang]) => lang === known)?.[1];
    if (knownScore !== undefined && knownScore >= top[1] - tuning.priorWindow) return guess(known!, confidence, true);
    return guess(top[0], confidence, true);
  }

  return {
    identify(text, prior = {}) {
      const known =
        (prior.conversation ? normaliseTag(prior.conversation) : undefined) ?? (prior.locale ? toReplyLanguage(prior.locale) : undefined);
      const words = messageWords(text);
      const { script, count, latin } = dominantScript(words.text);
      if (script && (count >= 2 || latin === 0)) return identifyScript(script, count, words, known);
      if (words.content.length === 0) return fallBack(known, undefined, 0);
      return identifyLatin(words, known);
    },
  };
}
