import type { ServerMessage } from '@parley/sdk/protocol';

/** Bot replies that mean "I did not understand" (their `meta.intent`). */
export const FALLBACK_INTENTS: ReadonlySet<string> = new Set(['clarify', 'out_of_scope']);

/** Bot turns in a row, most recent first, that did not understand the customer. */
export function botFallbacksInARow(history: readonly ServerMessage[]): number {
  let count = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const m = history[i]!;
    if (m.author.kind === 'customer') continue;
    if (m.author.kind !== 'bot' || !FALLBACK_INTENTS.has(m.meta?.intent ?? '')) break;
    count++;
  }
  return count;
}
