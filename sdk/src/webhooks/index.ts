/**
 * `@parley/sdk/webhooks`: verify and parse the webhooks a Parley server sends (Node: uses `node:crypto`).
 * @module
 */
export { verifyWebhook, WebhookVerificationError, type VerifyWebhookOptions, type WebhookVerificationFailure } from './verify.ts';
export { signWebhook } from './sign.ts';
export { WEBHOOK_HEADERS, WEBHOOK_TOLERANCE_SECONDS, WebhookEvent, type WebhookEventType } from '../protocol/webhook.ts';
