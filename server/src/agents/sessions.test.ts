import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { TenantConfig } from '../config/tenants.ts';
import { manualClock } from '../queue/clock.ts';
import { agentSessions } from './sessions.ts';
import { signIn } from './sign-in.ts';

const tenant = TenantConfig.parse({
  id: 'acme',
  name: 'Acme',
  allowedOrigins: ['*'],
  agentSessionMinutes: 60,
  agents: [{ id: 'sam', name: 'Sam', username: 'sam', passwordHash: bcrypt.hashSync('correct horse', 4), languages: ['en'] }],
});
const tenants = new Map([[tenant.id, tenant]]);

describe('agent sign-in and sessions', () => {
  it('signs in with the right password and issues a token that expires', async () => {
    const clock = manualClock(0);
    const sessions = agentSessions('secret', clock);
    const result = await signIn(tenants, sessions, { tenant: 'acme', username: 'sam', password: 'correct horse' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.session.agent).toEqual({ id: 'sam', name: 'Sam', languages: ['en'], skills: [] });
    expect(sessions.verify(result.session.token)).toEqual({ tenant: 'acme', agentId: 'sam', expiresAt: 3_600_000 });
    clock.advance(3_600_000);
    expect(sessions.verify(result.session.token)).toBeUndefined();
  });

  it('answers every wrong credential with the same typed error', async () => {
    const sessions = agentSessions('secret', manualClock(0));
    for (const body of [
      { tenant: 'acme', username: 'sam', password: 'wrong' },
      { tenant: 'acme', username: 'nobody', password: 'correct horse' },
      { tenant: 'other', username: 'sam', password: 'correct horse' },
    ]) {
      expect(await signIn(tenants, sessions, body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(await signIn(tenants, sessions, { tenant: 'acme' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });

  it('refuses forged, tampered and other-secret tokens', () => {
    const clock = manualClock(0);
    const { token } = agentSessions('secret', clock).issue('acme', 'sam', 10);
    expect(agentSessions('other secret', clock).verify(token)).toBeUndefined();
    const [v, payload, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ t: 'acme', a: 'admin', e: 9e15 })).toString('base64url');
    expect(agentSessions('secret', clock).verify(`${v}.${forged}.${sig}`)).toBeUndefined();
    expect(agentSessions('secret', clock).verify(`${v}.${payload}`)).toBeUndefined();
    expect(agentSessions('secret', clock).verify('garbage')).toBeUndefined();
  });
});
