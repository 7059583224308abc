import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook } from './sign.ts';
import { verifyWebhook, WebhookVerificationError } from './verify.ts';

const secret = 'whsec_unit';
const at = new Date('2026-03-01T12:00:00Z');
const t = at.getTime() / 1000;
const body = JSON.stringify({
  id: 'evt_1',
  type: 'handoff.requested',
  tenant: 'acme',
  createdAt: at.toISOString(),
  data: { conversationId: 'c1', reason: 'asked_for_person' },
});
const now = () => at;

function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('verifyWebhook', () => {
  it('accepts a body signed with the documented formula and returns the typed event', () => {
    const hmac = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    const event = verifyWebhook(body, { 'parley-signature': `t=${t},v1=${hmac}` }, secret, { now });
    expect(event).toMatchObject({ type: 'handoff.requested', data: { conversationId: 'c1', reason: 'asked_for_person' } });
  });

  it('reads fetch-style Headers too', () => {
    const headers = new Headers({ 'parley-signature': signWebhook(body, secret, t) });
    expect(verifyWebhook(body, headers, secret, { now }).id).toBe('evt_1');
  });

  it('accepts any of several signatures (secret rotation)', () => {
    const header = `${signWebhook(body, 'old-secret', t)},v1=${signWebhook(body, secret, t).split('v1=')[1]}`;
    expect(verifyWebhook(body, { 'parley-signature': header }, secret, { now }).id).toBe('evt_1');
  });

  it.each([
    ['a tampered body', body.replace('c1', 'c2'), signWebhook(body, secret, t), 'signature_mismatch'],
    ['another secret', body, signWebhook(body, 'other', t), 'signature_mismatch'],
    ['an old signature (replay)', body, signWebhook(body, secret, t - 301), 'timestamp_out_of_tolerance'],
    ['a timestamp from the future', body, signWebhook(body, secret, t + 301), 'timestamp_out_of_tolerance'],
    ['no v1', body, `t=${t}`, 'malformed_signature'],
    ['garbage', body, 'nonsense', 'malformed_signature'],
  ])('refuses %s', (_name, raw, header, reason) => {
    expect(failure(() => verifyWebhook(raw, { 'parley-signature': header }, secret, { now }))).toBe(reason);
  });

  it('refuses a missing header and a signed body that is not a Parley event', () => {
    expect(failure(() => verifyWebhook(body, {}, secret, { now }))).toBe('missing_signature');
    const other = JSON.stringify({ hello: 'world' });
    expect(failure(() => verifyWebhook(other, { 'parley-signature': signWebhook(other, secret, t) }, secret, { now }))).toBe('invalid_body');
  });

  it('honours a custom tolerance', () => {
    const header = { 'parley-signature': signWebhook(body, secret, t - 60) };
    expect(failure(() => verifyWebhook(body, header, secret, { now, toleranceSeconds: 30 }))).toBe('timestamp_out_of_tolerance');
    expect(failure(() => verifyWebhook(body, header, secret, { now, toleranceSeconds: 90 }))).toBe('accepted');
  });
});
