import { CATALOG_INTENTS } from '../nlu/catalog/intents.ts';
import { OUT_OF_SCOPE } from '../nlu/intent/index.ts';
import type { Stage } from './compose.ts';
import type { MessageContext } from './context.ts';
import { botFallbacksInARow } from './history.ts';

/** The bot failed to understand this many turns in a row: a person takes over. */
export const HANDOFF_AFTER_FALLBACKS = 2;

const definitions = new Map(CATALOG_INTENTS.map((d) => [d.id, d]));

/** Stage 6: answer, ask, or hand off. When in doubt between answering and a person, a person. */
export const policy: Stage<MessageContext> = async (ctx, next) => {
  ctx.decision = decide(ctx);
  await next();
};

function decide(ctx: MessageContext): NonNullable<MessageContext['decision']> {
  if (ctx.conversation.state !== 'bot') return { kind: 'silent' };
  const intent = ctx.intent;
  const threshold = ctx.tenant.intentThreshold;
  const fallbacks = botFallbacksInARow(ctx.history);
  const offTopic = intent?.intent === OUT_OF_SCOPE;
  const confident = intent !== undefined && !offTopic && intent.confidence >= threshold;
  const definition = confident ? definitions.get(intent.intent) : undefined;

  if (definition?.handoff) return { kind: 'handoff', reason: definition.id === 'complaint' ? 'complaint' : 'asked_for_person' };
  if (ctx.sentiment?.handoff) return { kind: 'handoff', reason: ctx.sentiment.reason ?? 'frustration' };
  if (confident && intent) return { kind: 'answer', intent: intent.intent };
  if (fallbacks >= HANDOFF_AFTER_FALLBACKS) return { kind: 'handoff', reason: 'not_understood' };
  const offerPerson = fallbacks >= 1;
  const suggestions = (intent?.ranked ?? [])
    .filter((r) => r.intent !== OUT_OF_SCOPE && r.confidence >= ctx.tenant.outOfScopeThreshold && !definitions.get(r.intent)?.smalltalk)
    .slice(0, 3)
    .map((r) => r.intent);
  return suggestions.length > 0 && !offTopic ? { kind: 'ask', suggestions, offerPerson } : { kind: 'out_of_scope', offerPerson };
}
