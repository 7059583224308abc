export { ParleyClient, type ClientSnapshot, type ConnectionStatus, type ParleyClientOptions } from './client.ts';
export { ParleyError, isFatal, isRetryable } from './errors.ts';
export type { PendingMessage } from './outbox.ts';
export { memoryStorage, type ClientStorage } from './storage.ts';
