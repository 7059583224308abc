/** Word (or, for scripts without spaces, character-pair) set of a message, lower-cased. */
function shingles(text: string): Set<string> {
  const normal = text.toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').trim();
  const words = normal.split(/\s+/).filter(Boolean);
  if (words.length >= 3) return new Set(words);
  const chars = [...normal.replace(/\s+/g, '')];
  return new Set(chars.slice(1).map((c, i) => chars[i]! + c));
}

/** True when the customer asks (nearly) the same thing again: Jaccard similarity ≥ 0.6 with an earlier message. */
export function isRepeatedQuestion(text: string, earlier: readonly string[]): boolean {
  const current = shingles(text);
  if (current.size < 2) return false;
  return earlier.some((previous) => {
    const other = shingles(previous);
    let shared = 0;
    for (const s of current) if (other.has(s)) shared++;
    return shared / (current.size + other.size - shared) >= 0.6;
  });
}
