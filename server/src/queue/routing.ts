import type { AgentProfile } from '@parley/sdk/protocol';

/** Primary language subtag, so `pt-BR` customers match `pt` agents and `zh-Hant` matches `zh-Hant` or `zh`. */
function speaks(agent: AgentProfile, language: string): boolean {
  const primary = language.split('-')[0]!.toLowerCase();
  return agent.languages.some((l) => l.toLowerCase() === language.toLowerCase() || l.toLowerCase() === primary);
}

/**
 * Whom a waiting conversation is routed to: an online agent who speaks the customer's language when
 * there is one, else any online agent; among them the one with the fewest conversations, then by id.
 * Undefined when nobody is online.
 */
export function routeTo(language: string, online: readonly AgentProfile[], load: ReadonlyMap<string, number>): AgentProfile | undefined {
  const speakers = online.filter((a) => speaks(a, language));
  const pool = speakers.length > 0 ? speakers : online;
  return [...pool].sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || a.id.localeCompare(b.id))[0];
}
