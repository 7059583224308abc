import { describe, expect, expectTypeOf, it } from 'vitest';
import { AgentReply, AgentSignIn, QueueStatus, RateRequest, TransferRequest, agentClientEvents, agentServerEvents, type AgentClientToServerEvents } from './index.ts';

const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('customer side of human support', () => {
  it('accepts CSAT 1–5 with an optional comment and nothing else', () => {
    expect([1, 3, 5].map((score) => accepts(RateRequest, { score }))).toEqual([true, true, true]);
    expect(accepts(RateRequest, { score: 4, comment: 'fast' })).toBe(true);
    expect([0, 6, 2.5, '5'].map((score) => accepts(RateRequest, { score }))).toEqual([false, false, false, false]);
    expect(accepts(RateRequest, { score: 4, comment: 'x'.repeat(1001) })).toBe(false);
  });
  it('allows an unknown wait (null) but never a negative one', () => {
    const status = { conversationId: 'c', caseNumber: 'AB12CD34', position: 1, agentsOnline: 0, withinBusinessHours: true, offline: true };
    expect(accepts(QueueStatus, { ...status, estimatedWaitMinutes: null })).toBe(true);
    expect(accepts(QueueStatus, { ...status, estimatedWaitMinutes: -1 })).toBe(false);
    expect(accepts(QueueStatus, { ...status, position: 0, estimatedWaitMinutes: 3 })).toBe(false);
  });
});

describe('agent namespace', () => {
  it('validates sign-in, replies and transfers', () => {
    expect(accepts(AgentSignIn, { tenant: 'demo', username: 'alex', password: 'pw' })).toBe(true);
    expect(accepts(AgentSignIn, { tenant: 'Not A Slug', username: 'alex', password: 'pw' })).toBe(false);
    expect(accepts(AgentReply, { conversationId: 'c1', clientId: 'abcdefgh', text: '  hi  ' })).toBe(true);
    expect(accepts(AgentReply, { conversationId: 'c1', clientId: 'abcdefgh', text: '   ' })).toBe(false);
    expect(accepts(TransferRequest, { conversationId: 'c1', toAgentId: '../admin' })).toBe(false);
  });
  it('acknowledges every agent event except typing, typed from the schemas', () => {
    const unacked = Object.entries(agentClientEvents).filter(([, e]) => e.ack === undefined).map(([name]) => name);
    expect(unacked).toEqual(['agent:typing']);
    expect(Object.keys(agentServerEvents)).toContain('sla:breach');
    expectTypeOf<Parameters<AgentClientToServerEvents['agent:typing']>>().toEqualTypeOf<[payload: { conversationId: string; typing: boolean }]>();
  });
});
