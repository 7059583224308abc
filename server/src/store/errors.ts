/**
 * The conversation does not exist in this tenant. Thrown by writes; reads return `undefined` / `[]`.
 * Another tenant's conversation is reported the same way, so ids cannot be probed across tenants.
 */
export class ConversationNotFoundError extends Error {
  override readonly name = 'ConversationNotFoundError';
  constructor(
    readonly tenant: string,
    readonly conversationId: string,
  ) {
    super(`conversation ${conversationId} not found in tenant ${tenant}`);
  }
}
