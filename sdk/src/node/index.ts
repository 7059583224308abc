/**
 * `@parley/sdk/node`: helpers for a broker's back end (Node only: they use `node:crypto`).
 * @module
 */
export { identityHmac, signIdentityHmac, signIdentityJwt, type IdentityJwtOptions } from './identity.ts';
export { generateApiKey, hashApiKey } from './api-key.ts';
export { signWebhook } from '../webhooks/sign.ts';
export { verifyWebhook, WebhookVerificationError, type VerifyWebhookOptions } from '../webhooks/verify.ts';
