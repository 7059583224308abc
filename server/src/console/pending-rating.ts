import type { Clock } from '../queue/clock.ts';
import type { Store } from '../store/store.ts';
import { REASONS } from './actions.ts';

/** A customer who comes back within a day is still asked to rate; later the memory of it has faded. */
export const RATING_WINDOW_MS = 24 * 60 * 60_000;

/**
 * The conversation a customer was asked to rate and has not yet: their latest closed conversation, when a
 * person closed it (only then was a rating requested) within the window. A reload after the close opens
 * a new conversation, so this is how the request survives it.
 */
export async function pendingRating(deps: { store: Store; clock: Clock }, tenant: string, visitorId: string): Promise<string | undefined> {
  const latest = await deps.store.latestClosed(tenant, visitorId);
  if (!latest || latest.rated || latest.reason !== REASONS.close) return undefined;
  return deps.clock.now() - latest.closedAt.getTime() <= RATING_WINDOW_MS ? latest.conversationId : undefined;
}
