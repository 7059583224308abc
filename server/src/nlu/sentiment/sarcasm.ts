/**
 * Irony and polite fury: praise that cannot be meant ("Wonderful, a fourth email
 * asking for the same document. Truly impressive service."). Praise alone is calm;
 * praise next to repetition ("again", "as always"), a complaint, a failure or a count of attempts is not.
 */
import type { CompiledLexicon } from './lexicon/index.ts';
import { countMatches } from './normalize.ts';

// "4th time", "3 emails", "3回目", "第3次", "세 번째"-style counts of three or more attempts.
const ATTEMPT_COUNT =
  /(?<!\p{Nd})(?:[3-9]|\d{2,})\s*(?:st|nd|rd|th)?\s*(?:times?|emails?|calls?|requests?|tickets?|chats?|veces|vezes|mal|fois|回|次|번|ครั้ง|รอบ|kali|lan|बार|baar|مرات|通目|度目)/giu;
const ORDINAL_ATTEMPT =
  /第[三四五六七八九十3-9][次封遍回]|[三四五六七八九十3-9](?:回|通|度)目|(?:세|네|다섯)\s*번째|(?:ครั้ง|ฉบับ)ที่(?:สาม|สี่|ห้า|[3-9])|(?:lan|email|mail) thu (?:ba|tu|nam|[3-9])/u;

// Spelled-out ordinals before (or, in Indonesian, after) what was sent or tried: "fifth email", "troisieme mail",
// "quinta vez", "vierte Anfrage", "email kelima", "teesri baar", "رابع إيميل" (text is folded: no accents, lower case).
const ORDINAL_WORD_ATTEMPT = new RegExp(
  [
    String.raw`\b(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth) (?:time|e-?mail|mail|message|request|reminder|call|ticket|chat|attempt|try|letter)s?\b`,
    String.raw`\b(?:troisieme|quatrieme|cinquieme|sixieme|dixieme|enieme|nieme) (?:fois|e-?mail|mail|message|demande|relance|appel|courrier|tentative)s?\b`,
    String.raw`\b(?:tercer|tercera|cuart[oa]|quint[oa]|sext[oa]|decim[oa]|enesim[oa]) (?:vez|correo|e-?mail|mail|mensaje|solicitud|llamada|intento)\b`,
    String.raw`\b(?:terceir[oa]|quart[oa]|quint[oa]|sext[oa]|decim[oa]|enesim[oa]) (?:vez|e-?mail|mensagem|pedido|ligacao|tentativa|solicitacao)\b`,
    String.raw`\b(?:dritte|vierte|funfte|sechste|zehnte|zigste|x-te)[nrs]? (?:mal|e-?mail|mail|nachricht|anfrage|versuch|anruf)\b`,
    String.raw`\b(?:(?:kali|email|pesan|permintaan|chat) (?:ketiga|keempat|kelima|keenam|kesepuluh)|(?:ketiga|keempat|kelima|keenam|kesepuluh) (?:kali|email|pesan))\b`,
    String.raw`\b(?:teesri|tisri|chauthi|paanchvi|panchvi) (?:baar|bar|email|mail)\b|(?:तीसरी|चौथी|पांचवीं|पाँचवीं) (?:बार|ईमेल)`,
    String.raw`(?:ثالث|رابع|خامس|سادس|عاشر) (?:مرة|مره|إيميل|ايميل|رسالة|رساله|بريد|طلب)|(?:المرة|المره) (?:الثالثة|الرابعة|الخامسة|العاشرة)`,
  ].join('|'),
  'u',
);

/** Whether the folded text counts repeated attempts (three or more). */
export function countsAttempts(folded: string): boolean {
  ATTEMPT_COUNT.lastIndex = 0;
  return ATTEMPT_COUNT.test(folded) || ORDINAL_ATTEMPT.test(folded) || ORDINAL_WORD_ATTEMPT.test(folded);
}

/** Sarcasm cues in one folded message, given the language's compiled lexicon. */
export function detectSarcasm(folded: string, lexicon: CompiledLexicon): boolean {
  if (countMatches(lexicon.sarcasm, folded) > 0) return true;
  if (countMatches(lexicon.praise, folded) === 0) return false;
  const complaint =
    countMatches(lexicon.negative, folded) + countMatches(lexicon.anger, folded) + countMatches(lexicon.failure, folded);
  return complaint > 0 || countMatches(lexicon.repeat, folded) > 0 || countsAttempts(folded);
}
