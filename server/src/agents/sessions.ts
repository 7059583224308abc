import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../queue/clock.ts';

/** A verified agent session. */
export interface AgentClaims {
  tenant: string;
  agentId: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

export interface AgentSessions {
  issue(tenant: string, agentId: string, ttlMinutes: number): { token: string; expiresAt: number };
  /** The claims, or undefined when the token is malformed, forged or expired. */
  verify(token: string): AgentClaims | undefined;
}

/**
 * Signed, expiring session tokens (`a1.<payload>.<hmac>`): every server process sharing the secret
 * accepts them, with no session table. The key is derived so it never equals the visitor-token key.
 */
export function agentSessions(secret: string, clock: Clock): AgentSessions {
  const key = createHmac('sha256', secret).update('parley:agent-session').digest();
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url');
  return {
    issue(tenant, agentId, ttlMinutes) {
      const expiresAt = clock.now() + ttlMinutes * 60_000;
      const payload = Buffer.from(JSON.stringify({ t: tenant, a: agentId, e: expiresAt })).toString('base64url');
      return { token: `a1.${payload}.${sign(payload)}`, expiresAt };
    },
    verify(token) {
      const [version, payload, signature] = token.split('.');
      if (version !== 'a1' || !payload || !signature) return undefined;
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { t?: unknown; a?: unknown; e?: unknown };
      if (typeof claims.t !== 'string' || typeof claims.a !== 'string' || typeof claims.e !== 'number') return undefined;
      return clock.now() < claims.e ? { tenant: claims.t, agentId: claims.a, expiresAt: claims.e } : undefined;
    },
  };
}
