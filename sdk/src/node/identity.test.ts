import { createHmac } from 'node:crypto';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { signIdentityHmac, signIdentityJwt } from './identity.ts';

const secret = 'identity-secret-of-at-least-32-characters';

describe('signIdentityHmac', () => {
  it('is h1:<id>:<hex HMAC-SHA256 of the id>, so any language can produce it', () => {
    const expected = createHmac('sha256', secret).update('C-1042').digest('hex');
    expect(signIdentityHmac(secret, 'C-1042')).toBe(`h1:C-1042:${expected}`);
  });

  it('refuses ids the protocol does not allow', () => {
    expect(() => signIdentityHmac(secret, 'has space')).toThrow();
    expect(() => signIdentityHmac(secret, '')).toThrow();
  });
});

describe('signIdentityJwt', () => {
  it('signs HS256 with subject, tenant audience and a short expiry', async () => {
    const at = new Date('2026-03-01T12:00:00Z');
    const token = await signIdentityJwt(secret, { tenant: 'acme', customerId: 'C-7', name: 'Ada', expiresInSeconds: 120, now: () => at });
    expect(decodeProtectedHeader(token).alg).toBe('HS256');
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { audience: 'parley:acme', currentDate: at });
    expect(payload).toMatchObject({ sub: 'C-7', name: 'Ada', iat: at.getTime() / 1000, exp: at.getTime() / 1000 + 120 });
    await expect(jwtVerify(token, new TextEncoder().encode(secret), { currentDate: new Date(at.getTime() + 121_000) })).rejects.toThrow();
  });
});
