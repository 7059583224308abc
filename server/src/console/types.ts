import type { AgentClientToServerEvents, AgentProfile, AgentServerToClientEvents } from '@parley/sdk/protocol';
import type { Namespace, Socket } from 'socket.io';
import type { TenantConfig } from '../config/tenants.ts';

export interface AgentSocketData {
  tenant: TenantConfig;
  agent: AgentProfile;
  /** Session end (ms since the epoch); events after it are refused. */
  expiresAt: number;
}

export type AgentNamespace = Namespace<AgentClientToServerEvents, AgentServerToClientEvents, Record<string, never>, AgentSocketData>;
export type AgentSocket = Socket<AgentClientToServerEvents, AgentServerToClientEvents, Record<string, never>, AgentSocketData>;

/** Every signed-in agent of a tenant (queue updates, SLA alerts). */
export const agentsRoom = (tenant: string) => `agents:${tenant}`;
/** Agents who opened one conversation (its messages, notes, typing). */
export const watchRoom = (tenant: string, conversationId: string) => `watch:${tenant}:${conversationId}`;
