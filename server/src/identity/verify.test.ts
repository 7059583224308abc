import { describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { signIdentityHmac, signIdentityJwt } from '@parley/sdk/node';
import { TenantConfig } from '../config/tenants.ts';
import { identityVerifier } from './verify.ts';

const secret = 'tenant-identity-secret-0123456789abcdef';
const at = new Date('2026-03-01T12:00:00Z');
const tenant = (identity?: object) =>
  TenantConfig.parse({ id: 'acme', name: 'Acme', allowedOrigins: ['*'], ...(identity ? { identity } : {}) });
const verifier = (identity: object = { secret }, now = () => at) => identityVerifier(tenant(identity), { now })!;

describe('identityVerifier', () => {
  it('is absent when the tenant has not enabled verified identity', () => {
    expect(identityVerifier(tenant())).toBeUndefined();
  });

  it('accepts an HMAC token signed with the tenant secret', async () => {
    expect(await verifier()(signIdentityHmac(secret, 'C-1'))).toEqual({ ok: true, identity: { customerId: 'C-1', method: 'hmac' } });
  });

  it('accepts a fresh JWT and carries its name', async () => {
    const token = await signIdentityJwt(secret, { tenant: 'acme', customerId: 'C-2', name: 'Ada', now: () => at });
    expect(await verifier()(token)).toEqual({ ok: true, identity: { customerId: 'C-2', name: 'Ada', method: 'jwt' } });
  });

  it.each([
    ['an HMAC token for another customer id', () => signIdentityHmac(secret, 'C-1').replace('h1:C-1:', 'h1:C-2:'), 'does not match'],
    ['an HMAC token with another secret', () => signIdentityHmac('x'.repeat(40), 'C-1'), 'does not match'],
    ['a malformed HMAC token', () => 'h1:C-1:zz', 'Malformed'],
    ['an expired JWT', () => signIdentityJwt(secret, { tenant: 'acme', customerId: 'C-2', now: () => new Date(at.getTime() - 600_000) }), 'expired'],
    ['a JWT for another tenant', () => signIdentityJwt(secret, { tenant: 'other', customerId: 'C-2', now: () => at }), 'not valid'],
    ['a JWT with another secret', () => signIdentityJwt('y'.repeat(40), { tenant: 'acme', customerId: 'C-2', now: () => at }), 'not valid'],
    ['garbage', () => 'not-a-token', 'not valid'],
  ])('refuses %s', async (_name, make, message) => {
    const check = await verifier()(await make());
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.message).toContain(message);
  });

  it('refuses a JWT living longer than the tenant allows', async () => {
    const token = await signIdentityJwt(secret, { tenant: 'acme', customerId: 'C-2', expiresInSeconds: 7200, now: () => at });
    expect((await verifier({ secret, maxJwtLifetimeSeconds: 3600 })(token)).ok).toBe(false);
  });

  it('refuses a JWT signed with "none" or another algorithm', async () => {
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'C-9', aud: 'parley:acme', iat: at.getTime() / 1000, exp: at.getTime() / 1000 + 60 })).toString('base64url')}.`;
    expect((await verifier()(unsigned)).ok).toBe(false);
    const hs512 = await new SignJWT({}).setProtectedHeader({ alg: 'HS512' }).setSubject('C-9').setAudience('parley:acme').setIssuedAt(at.getTime() / 1000).setExpirationTime(at.getTime() / 1000 + 60).sign(new TextEncoder().encode(secret));
    expect((await verifier()(hs512)).ok).toBe(false);
  });

  it('refuses HMAC tokens when the tenant accepts only JWTs', async () => {
    expect((await verifier({ secret, allowHmac: false })(signIdentityHmac(secret, 'C-1'))).ok).toBe(false);
  });

  it('reads the secret from the environment', async () => {
    const verify = identityVerifier(tenant({ secret: { env: 'ACME_IDENTITY_SECRET' } }), { env: { ACME_IDENTITY_SECRET: secret } })!;
    expect((await verify(signIdentityHmac(secret, 'C-1'))).ok).toBe(true);
    expect(() => identityVerifier(tenant({ secret: { env: 'MISSING_SECRET' } }), { env: {} })).toThrow('MISSING_SECRET');
  });
});
