/// <reference types="node" />
import { createHmac } from 'node:crypto';

/**
 * The `parley-signature` header for a body: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`.
 * The server signs with it; exported so receivers can build signed requests in their own tests.
 *
 * @example
 * const header = signWebhook(rawBody, 'whsec_test', 1_700_000_000);
 */
export function signWebhook(rawBody: string, secret: string, timestampSeconds: number): string {
  return `t=${timestampSeconds},v1=${webhookHmac(rawBody, secret, timestampSeconds)}`;
}

export function webhookHmac(rawBody: string, secret: string, timestampSeconds: number): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.${rawBody}`).digest('hex');
}
