import type { Clock } from '../queue/clock.ts';
import type { Store } from '../store/store.ts';
import type { ParleySocket } from '../transport/types.ts';
import type { ConsoleHub } from './hub.ts';
import { pendingRating } from './pending-rating.ts';

export interface GreetDeps {
  store: Store;
  clock: Clock;
  hub: Pick<ConsoleHub, 'statusOf'>;
}

/**
 * After a hello (a first connection, a reconnect, a reload): tells this socket what the room's past
 * events would have told it, since those were sent while it was away. Where the conversation stands in
 * the queue, and a rating still owed for the previous conversation that a person closed.
 */
export async function greetCustomer(socket: ParleySocket, deps: GreetDeps): Promise<void> {
  const session = socket.data.session;
  if (!session) return;
  const tenant = socket.data.tenant.id;
  const conversation = await deps.store.getConversation(tenant, session.conversationId);
  if (!conversation) return;
  // A second hello may have moved the socket to another conversation meanwhile: say nothing stale.
  const current = () => socket.data.session?.conversationId === conversation.id;
  if (conversation.state === 'queued') {
    const status = await deps.hub.statusOf(tenant, conversation.id);
    if (status && current()) socket.emit('queue:status', status);
  }
  // Only a conversation that has just opened can follow a close; anyone further along has moved on.
  if (conversation.lastSeq === 0) {
    const owed = await pendingRating(deps, tenant, conversation.visitorId);
    if (owed && current()) socket.emit('conversation:rating-requested', { conversationId: owed });
  }
}
