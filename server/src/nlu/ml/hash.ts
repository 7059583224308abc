/**
 * FNV-1a hashing of feature strings. Models store 32-bit hashes instead of
 * the n-gram strings, which keeps serialized models compact.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Hash of `text.slice(start, end)` mixed with a namespace seed, without allocating the slice. */
export function hashRange(text: string, start: number, end: number, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

/** Hash of a whole string in a namespace. */
export function hashString(text: string, seed: number): number {
  return hashRange(text, 0, text.length, seed);
}
