// Small word lists for what n-gram models get wrong on chat text: romanised Hindi (no package
// models it) and Malay vs Indonesian (eld knows only Malay, tinyld only Indonesian).

/** Words that, in Latin script, are almost only ever romanised Hindi/Urdu. */
const HINGLISH_STRONG = new Set(
  ('nahi nahin nhi nahii kya kyu kyun kyon kab kaise kaisa kaisi kahan kahaan kidhar mera meri mere ' +
    'mujhe mujhko maine humne hamara hamari tumhara aapka aapki aapke apna apni apne abhi bhi lekin ' +
    'paisa paise paisaa rupaye rupay rupee gaya gayi gaye hua hui hue raha rahi rahe rha rhi karna ' +
    'karni karne karu karun karo kiya kiye diya diye dena liya chahiye chahta chahti sakta sakti ' +
    'sakte wala wali wale bhai bhaiya yaar jaldi bahut bohot bahot thoda kuch kyunki matlab samajh ' +
    'samjhao samjha haan accha acha achha theek thik pehle baad kitna kitne kitni galat batao bataya ' +
    'lagta lagti lagega hoga hogi milega milegi mila kare karein chal chala jata jati jaata aaya aayi aaye ' +
    'baat karein kijiye dijiye kripya dhanyavad shukriya kal aaj yaha yahan wahan ' +
    'kaun kisko kuchh sahi ghanta mahina paisay bilkul zyada jyada daal dala dalo')
    .split(' '),
);
/** Short function words Hinglish uses constantly but which also occur in other Latin languages. */
const HINGLISH_WEAK = new Set('hai hain ho lena mili kam kal se ke ka ki ko me mein pe par na to de do hi tak aur ab ye yeh wo woh din baar'.split(' '));

const FINAL_COPULA = new Set(['hai', 'hain', 'tha', 'thi']);

/**
 * Share of words that look like romanised Hindi (0..1): strong words count 1, weak ones ½.
 * Zero unless at least one strong word is present, so "de" or "me" alone never makes Hindi.
 */
export function hinglishScore(words: readonly string[]): number {
  let strong = 0;
  let weak = 0;
  for (const word of words) {
    if (HINGLISH_STRONG.has(word)) strong++;
    else if (HINGLISH_WEAK.has(word)) weak++;
  }
  // Hindi is verb-final: a closing copula after English nouns ("pending hai") is strong evidence.
  const last = words[words.length - 1];
  if (last !== undefined && FINAL_COPULA.has(last) && weak > 0) [strong, weak] = [strong + 1, weak - 1];
  if (strong === 0 || words.length === 0) return 0;
  return Math.min(1, (strong + weak / 2) / words.length);
}

const MALAY_MARKERS = new Set(
  'tak nak boleh akaun wang macam sahaja awak dah sebab kerana betul sikit ni je ye laa kata laluan pengeluaran disahkan mahu encik'.split(' '),
);
const INDONESIAN_MARKERS = new Set(
  'tidak gak nggak ngga enggak bisa gimana udah uang akun dong banget kok aja kayaknya makasih kak hp rekening sampai pakai beneran telepon sih deh nih gue lu ribu masuk'.split(' '),
);

/** Malay when its markers outnumber Indonesian ones; Indonesian is the default for the shared core. */
export function malayOrIndonesian(words: readonly string[]): 'ms' | 'id' {
  let malay = 0;
  let indonesian = 0;
  for (const word of words) {
    if (MALAY_MARKERS.has(word)) malay++;
    if (INDONESIAN_MARKERS.has(word)) indonesian++;
  }
  return malay > indonesian ? 'ms' : 'id';
}

// English brokerage words customers drop into every language ("mein withdrawal ist pending").
const LOANWORDS = new Set(
  ('withdrawal withdraw deposit pending margin call stop loss order orders spread trading trade trader account login ' +
    'logout app update bank card chart charts leverage portfolio tax statement minimum reset phone password email ' +
    'bot error safe urgent dividend dividends fee fees crypto bitcoin payment transfer support verify verification ' +
    'upload download screenshot status balance profit refund cashback bonus ticket online offline link otp code')
    .split(' '),
);

/** The words without English brokerage loanwords, when at least two other words remain. */
export function withoutLoanwords(words: readonly string[]): readonly string[] {
  const kept = words.filter((word) => !LOANWORDS.has(word));
  return kept.length >= 2 && kept.length < words.length ? kept : words;
}
