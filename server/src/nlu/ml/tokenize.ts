/**
 * Text normalisation and word segmentation shared by every text model.
 * `Intl.Segmenter` uses ICU dictionaries, so Thai, Japanese and Chinese
 * (written without spaces) still split into words.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** NFKC, lower case, and digits folded to `0` so amounts and dates share features. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\p{Nd}/gu, '0');
}

/** Word-like segments of already normalised text (punctuation and spaces dropped). */
export function wordTokens(normalized: string): string[] {
  const words: string[] = [];
  for (const part of segmenter.segment(normalized)) {
    if (part.isWordLike) words.push(part.segment);
  }
  return words;
}
