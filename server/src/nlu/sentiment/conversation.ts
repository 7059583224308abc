/**
 * Conversation-level cues the pipeline can compute from history: the same question
 * asked again (the bot did not help) and messages getting shorter and sharper.
 */
import { foldText } from './normalize.ts';

function charTrigrams(text: string): Set<string> {
  const padded = ` ${foldText(text).replace(/[\p{P}\p{S}\s]+/gu, ' ').trim()} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Jaccard overlap of character trigrams: script-agnostic, typo-tolerant. */
export function similarity(a: string, b: string): number {
  const x = charTrigrams(a);
  const y = charTrigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Whether `text` re-asks one of the customer's earlier messages (ignoring short fillers). */
export function isRepeatedQuestion(text: string, earlier: readonly string[], minOverlap = 0.45): boolean {
  if ([...text.trim()].length < 6) return false;
  return earlier.some((previous) => [...previous.trim()].length >= 6 && similarity(text, previous) >= minOverlap);
}
