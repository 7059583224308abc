import * as z from 'zod';
import { AgentId, CannedResponse, Locale } from '@parley/sdk/protocol';

/** A person who answers customers. The password is stored only as a bcrypt hash (`server/src/agents/hash-password.ts`). */
export const AgentAccount = z.object({
  id: AgentId,
  name: z.string().min(1).max(120),
  username: z.string().min(1).max(120),
  passwordHash: z.string().regex(/^\$2[aby]\$\d{2}\$.{53}$/, 'a bcrypt hash'),
  languages: z.array(Locale).min(1),
  skills: z.array(z.string()).default([]),
});
export type AgentAccount = z.infer<typeof AgentAccount>;

/** Per customer tier: how soon a person must first answer, and how far ahead in the queue. */
export const TierSla = z.object({ firstResponseMinutes: z.number().positive().max(24 * 60), priority: z.int() });
export type TierSla = z.infer<typeof TierSla>;

export const DEFAULT_SLA: Record<string, TierSla> = {
  standard: { firstResponseMinutes: 15, priority: 0 },
  high_net_worth: { firstResponseMinutes: 10, priority: 50 },
  vip: { firstResponseMinutes: 5, priority: 100 },
};

/** Opening hours in one time zone; `days` uses 0 = Sunday … 6 = Saturday, times `HH:MM`. */
export const BusinessHours = z.object({
  timeZone: z.string().refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'an IANA time zone'),
  days: z.array(
    z.object({ day: z.int().min(0).max(6), open: z.string().regex(/^\d{2}:\d{2}$/), close: z.string().regex(/^\d{2}:\d{2}$/) }),
  ),
});
export type BusinessHours = z.infer<typeof BusinessHours>;

/** A known customer for the built-in customer-context provider (until verified identity lands). */
export const DemoCustomer = z.object({
  visitorId: z.uuid(),
  tier: z.string().default('standard'),
  name: z.string().optional(),
  accountId: z.string().optional(),
  accountState: z.string().optional(),
  country: z.string().optional(),
});

/**
 * Which skill a conversation needs: the first rule whose handoff reasons include the conversation's reason,
 * or whose intents include a topic the bot answered just before the handoff. Reasons and intents are the
 * catalog's ids (`nlu/catalog/intents.ts`, `nlu/sentiment/trajectory.ts`).
 */
export const SkillRule = z.object({
  skill: z.string().min(1).max(60),
  reasons: z.array(z.string()).default([]),
  intents: z.array(z.string()).default([]),
});
export type SkillRule = z.infer<typeof SkillRule>;

/** Advice needs a licensed person; money that has not arrived needs someone who can trace payments. */
export const DEFAULT_SKILL_RULES: SkillRule[] = [
  { skill: 'licensed', reasons: [], intents: ['investment_advice'] },
  { skill: 'payments', reasons: ['money_missing'], intents: ['withdrawal_delayed', 'deposit_not_credited', 'withdrawal_how', 'transfer_out'] },
  { skill: 'trading', reasons: [], intents: ['order_rejected', 'order_pending', 'order_partially_filled', 'margin_call'] },
  { skill: 'accounts', reasons: [], intents: ['account_locked', 'login_problem', 'two_factor', 'password_reset'] },
];

/** Tenant settings for human support; spread into `TenantConfig`. All optional with safe defaults. */
export const humanSupportFields = {
  agents: z.array(AgentAccount).default([]),
  /** Merged over `DEFAULT_SLA`. */
  sla: z.record(z.string(), TierSla).default({}),
  /** Absent: always open (someone may still be offline). */
  businessHours: BusinessHours.optional(),
  /** Used for the wait estimate until real handling times are known. */
  expectedHandleMinutes: z.number().positive().default(6),
  /** Replaces `DEFAULT_SKILL_RULES` when set; `[]` turns skill routing off. */
  skillRules: z.array(SkillRule).default(() => DEFAULT_SKILL_RULES.map((rule) => ({ ...rule }))),
  agentSessionMinutes: z.int().positive().max(7 * 24 * 60).default(8 * 60),
  cannedResponses: z.record(z.string(), z.array(CannedResponse)).default({}),
  demoCustomers: z.array(DemoCustomer).default([]),
};
