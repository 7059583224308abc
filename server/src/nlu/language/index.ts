/**
 * Language identification for short chat messages: decisive scripts first, then an n-gram model
 * (eld) for Latin script, corrected by small lexicons (romanised Hindi, Malay vs Indonesian), the
 * tenant's enabled languages and the conversation's current language.
 */
export { REPLY_LANGUAGES, toReplyLanguage, type ReplyLanguage } from './languages.ts';
export {
  createLanguageIdentifier,
  DEFAULT_TUNING,
  type IdentifierOptions,
  type LanguageGuess,
  type LanguageIdentifier,
  type LanguagePrior,
  type LatinTuning,
} from './identifier.ts';
