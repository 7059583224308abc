import { io, type Socket } from 'socket.io-client';
import { AGENT_NAMESPACE, type AgentClientToServerEvents, type AgentServerToClientEvents, type AgentSession, type ProtocolError } from '@parley/sdk/protocol';

export type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

const SESSION_KEY = 'parley:agent-session';

/** POST /agent/api/sign-in; the typed error on failure. */
export async function signIn(tenant: string, username: string, password: string): Promise<AgentSession> {
  const response = await fetch(new URL('api/sign-in', location.href), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant, username, password }),
  });
  const body = (await response.json()) as { ok: true; session: AgentSession } | { ok: false; error: ProtocolError };
  if (!body.ok) throw Object.assign(new Error(body.error.message), { data: body.error });
  return body.session;
}

/** The session survives a reload of this tab only, and only until it expires. */
export function storedSession(): AgentSession | undefined {
  const raw = sessionStorage.getItem(SESSION_KEY);
  if (!raw) return undefined;
  const session = JSON.parse(raw) as AgentSession;
  return Date.parse(session.expiresAt) > Date.now() ? session : undefined;
}

export function keepSession(session: AgentSession | undefined): void {
  if (session) sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(SESSION_KEY);
}

export function connectAgent(session: AgentSession): AgentSocket {
  return io(`${location.origin}${AGENT_NAMESPACE}`, { auth: { token: session.token }, transports: ['websocket', 'polling'] });
}

/** A client id for an agent reply: retrying with the same id never sends twice. */
export function newClientId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 24);
}
