/// <reference types="node" />
import { timingSafeEqual } from 'node:crypto';
import { WEBHOOK_HEADERS, WEBHOOK_TOLERANCE_SECONDS, WebhookEvent } from '../protocol/webhook.ts';
import { webhookHmac } from './sign.ts';

export type WebhookVerificationFailure = 'missing_signature' | 'malformed_signature' | 'timestamp_out_of_tolerance' | 'signature_mismatch' | 'invalid_body';

/** Why a webhook request was refused; answer it with 400 and do nothing else. */
export class WebhookVerificationError extends Error {
  constructor(
    readonly reason: WebhookVerificationFailure,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

export interface VerifyWebhookOptions {
  /** Oldest signature accepted, in seconds (default 300): older ones are replays. */
  toleranceSeconds?: number;
  /** Clock, for tests. */
  now?: () => Date;
}

type Headers = Record<string, string | string[] | undefined> | { get(name: string): string | null };

/**
 * Checks a webhook's signature and age, then parses its body. Pass the raw body exactly as received
 * (before any JSON parsing) and the request headers (Node's `req.headers` or a fetch `Headers`).
 *
 * @example
 * import { verifyWebhook } from '@parley/sdk/webhooks';
 * app.post('/parley', express.raw({ type: 'application/json' }), (req, res) => {
 *   const event = verifyWebhook(req.body.toString('utf8'), req.headers, process.env.PARLEY_WEBHOOK_SECRET!);
 *   if (event.type === 'handoff.requested') notifyDesk(event.data.conversationId);
 *   res.sendStatus(204);
 * });
 * @throws {WebhookVerificationError} when the signature is missing, forged, tampered with or too old.
 */
export function verifyWebhook(rawBody: string, headers: Headers, secret: string, options: VerifyWebhookOptions = {}): WebhookEvent {
  const header = readHeader(headers, WEBHOOK_HEADERS.signature);
  if (!header) throw new WebhookVerificationError('missing_signature', `No ${WEBHOOK_HEADERS.signature} header`);
  const parts = header.split(',').map((p) => p.trim().split('=', 2) as [string, string | undefined]);
  const timestamp = Number(parts.find(([k]) => k === 't')?.[1]);
  const signatures = parts.filter(([k, v]) => k === 'v1' && v !== undefined).map(([, v]) => v!);
  if (!Number.isInteger(timestamp) || signatures.length === 0) throw new WebhookVerificationError('malformed_signature', 'Malformed signature header');
  const now = Math.floor((options.now?.() ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS)) {
    throw new WebhookVerificationError('timestamp_out_of_tolerance', 'The signature is too old (or from the future)');
  }
  const expected = Buffer.from(webhookHmac(rawBody, secret, timestamp));
  const matches = signatures.some((s) => {
    const given = Buffer.from(s);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new WebhookVerificationError('signature_mismatch', 'The signature does not match the body');
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new WebhookVerificationError('invalid_body', 'The body is not JSON');
  }
  const event = WebhookEvent.safeParse(json);
  if (!event.success) throw new WebhookVerificationError('invalid_body', 'The body is not a Parley webhook event');
  return event.data;
}

function readHeader(headers: Headers, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}
