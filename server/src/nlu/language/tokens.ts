// Turning a raw chat message into the words that actually say something about its language.

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu;
// Tickers, pairs and acronyms (AAPL, $TSLA, EURUSD, 2FA, KYC, ETFs); only stripped when the
// message also has lower-case letters, so a message typed in capitals keeps its words.
const UPPER_TOKEN = /(?<![\p{L}\p{N}])\$?[A-Z0-9][A-Z0-9.]*[A-Z][A-Z0-9]*s?(?![\p{L}\p{N}])/gu;
const CASHTAG = /\$[A-Za-z]{1,6}\b/gu;
// Amounts and codes such as 3x, 500usd, 10k: the letters glued to digits are units, not words.
const WITH_DIGIT = /(?<![\p{L}\p{N}])[A-Za-z\p{N}]*\p{N}[A-Za-z\p{N}]*(?![\p{L}\p{N}])/gu;
const NOT_LETTER = /[^\p{L}\p{M}'’]+/gu;

// Words customers type in any language; alone they tell nothing about which one.
const UNIVERSAL_WORDS = new Set(
  ('ok okay okey oke okk k kk yes no yep nope hi hello hey hallo helo hola yo thanks thank thx ty tks pls plz please ' +
    'bye lol haha hahaha hmm hm ah oh wow sorry sry np fine good great cool nice test hello? merci gracias danke ' +
    'obrigado obrigada bonjour ciao salut admin support help')
    .split(' '),
);

/** The cleaned text handed to the n-gram model, and its lower-cased words. */
export interface MessageWords {
  /** Text without URLs, e-mails, tickers, digits, emoji and punctuation. */
  text: string;
  /** Lower-cased words of `text`. */
  words: string[];
  /** Words left after dropping greetings and thanks that every language borrows. */
  content: string[];
}

/** Split a chat message into the words that carry language evidence. */
export function messageWords(message: string): MessageWords {
  let text = message.replace(URL_OR_EMAIL, ' ').replace(CASHTAG, ' ').replace(WITH_DIGIT, ' ');
  if (/\p{Ll}/u.test(text)) text = text.replace(UPPER_TOKEN, ' ');
  text = text.replace(NOT_LETTER, ' ').trim();
  const words = text ? text.toLowerCase().split(' ') : [];
  const content = words.filter((word) => !UNIVERSAL_WORDS.has(word.replace(/['’]/g, '')));
  return { text, words, content };
}
