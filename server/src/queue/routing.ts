import type { AgentProfile } from '@parley/sdk/protocol';
import type { SkillRule } from '../agents/config.ts';

/** Primary language subtag, so `pt-BR` customers match `pt` agents and `zh-Hant` matches `zh-Hant` or `zh`. */
function speaks(agent: AgentProfile, language: string): boolean {
  const primary = language.split('-')[0]!.toLowerCase();
  return agent.languages.some((l) => l.toLowerCase() === language.toLowerCase() || l.toLowerCase() === primary);
}

/**
 * The skill a conversation needs: the first rule naming its handoff reason, else the first rule naming
 * one of the topics the bot answered before the handoff (`topics` newest first, so the latest topic wins
 * among rules that tie). Null when no rule applies and anyone will do.
 */
export function neededSkill(rules: readonly SkillRule[], reason: string | null, topics: readonly string[]): string | null {
  const byReason = reason === null ? undefined : rules.find((rule) => rule.reasons.includes(reason));
  if (byReason) return byReason.skill;
  for (const topic of topics) {
    const byTopic = rules.find((rule) => rule.intents.includes(topic));
    if (byTopic) return byTopic.skill;
  }
  return null;
}

/**
 * Whom a waiting conversation is routed to, in the order a supervisor would pick: an online agent who
 * speaks the customer's language and has the needed skill, else one who speaks the language (being
 * understood matters more than expertise), else one with the skill, else anyone online. Within that
 * group, the one with the fewest conversations, then by id. Undefined when nobody is online.
 */
export function routeTo(
  need: { language: string; skill: string | null },
  online: readonly AgentProfile[],
  load: ReadonlyMap<string, number>,
): AgentProfile | undefined {
  const skilled = (a: AgentProfile) => need.skill !== null && a.skills.includes(need.skill);
  const speakers = online.filter((a) => speaks(a, need.language));
  const groups = [speakers.filter(skilled), speakers, online.filter(skilled), online];
  const pool = groups.find((group) => group.length > 0) ?? [];
  return [...pool].sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || a.id.localeCompare(b.id))[0];
}
