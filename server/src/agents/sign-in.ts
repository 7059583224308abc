import bcrypt from 'bcryptjs';
import { AgentSignIn, type AgentProfile, type AgentSession, type ProtocolError } from '@parley/sdk/protocol';
import type { TenantConfig } from '../config/tenants.ts';
import { invalidPayload } from '../transport/errors.ts';
import type { AgentAccount } from './config.ts';
import type { AgentSessions } from './sessions.ts';

// Compared against when the user is unknown, so a wrong username costs as long as a wrong password.
const DUMMY_HASH = '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.QEWcJb1Qu8K9a2QfzO5ePp1dFXyS';

export function profileOf(agent: AgentAccount): AgentProfile {
  return { id: agent.id, name: agent.name, languages: agent.languages, skills: agent.skills };
}

/** Checks credentials from the tenant config and issues an expiring session. Every failure is the same `unauthorized`. */
export async function signIn(
  tenants: ReadonlyMap<string, TenantConfig>,
  sessions: AgentSessions,
  body: unknown,
): Promise<{ ok: true; session: AgentSession } | { ok: false; error: ProtocolError }> {
  const parsed = AgentSignIn.safeParse(body);
  if (!parsed.success) return { ok: false, error: invalidPayload(parsed.error) };
  const tenant = tenants.get(parsed.data.tenant);
  const agent = tenant?.agents.find((a) => a.username === parsed.data.username);
  const matches = await bcrypt.compare(parsed.data.password, agent?.passwordHash ?? DUMMY_HASH);
  if (!tenant || !agent || !matches) return { ok: false, error: { code: 'unauthorized', message: 'Wrong tenant, username or password' } };
  const { token, expiresAt } = sessions.issue(tenant.id, agent.id, tenant.agentSessionMinutes);
  return {
    ok: true,
    session: {
      token,
      expiresAt: new Date(expiresAt).toISOString(),
      agent: profileOf(agent),
      agents: tenant.agents.map(profileOf),
      canned: tenant.cannedResponses,
    },
  };
}
