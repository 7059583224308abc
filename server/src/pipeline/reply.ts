import type { Card, QuickReply, ServerMessage } from '@parley/sdk/protocol';
import type { Stage } from './compose.ts';
import type { Decision, MessageContext } from './context.ts';
import { answerOverrides } from '../config/catalog-overrides.ts';
import { handOff } from '../handoff/hand-off.ts';
import { CATALOG_INTENTS } from '../nlu/catalog/intents.ts';
import { cardsFor } from '../replies/cards.ts';

const COMPLIANCE = new Set(CATALOG_INTENTS.filter((d) => d.compliance).map((d) => d.id));

/** Handoff reasons after which the customer hears calm acknowledgement first, never cheerfulness. */
const ANXIOUS_REASONS = new Set(['anxiety', 'money_missing', 'frustration', 'rising_frustration', 'regulator_threat']);

/** Stage 7: writes the bot's answer in the customer's language, stores it, then sends it to every tab. */
export const reply: Stage<MessageContext> = async (ctx, next) => {
  const decision = ctx.decision;
  if (!decision || decision.kind === 'silent') return next();
  const { store, emitter, replies } = ctx.deps;
  const { tenant, conversation } = ctx;
  const composed = await rephrase(ctx, decision, compose(ctx, decision));
  if (decision.kind === 'handoff') {
    const lang = composed.meta?.language ?? conversation.locale;
    const preface = composed.text ? [composed.text] : [];
    const { message } = await handOff({ store, emitter, replies, tenant, conversation, reason: decision.reason, lang, preface, meta: composed.meta ?? {} });
    ctx.replies.push(message);
    return next();
  }
  const { cards, ...stored } = composed;
  const result = await store.appendMessage({ tenant: tenant.id, conversationId: conversation.id, author: { kind: 'bot', name: tenant.name }, ...stored });
  // Cards are rebuilt from the tenant config rather than stored: the store keeps text and quick replies.
  const message = cards ? { ...result.message, cards } : result.message;
  emitter.emit(tenant.id, conversation.id, 'message', message);
  ctx.replies.push(message);
  await next();
};

/** Lets the optional chat model reword a plain answer; compliance answers are always the catalog's own words. */
async function rephrase(ctx: MessageContext, decision: Exclude<Decision, { kind: 'silent' }>, composed: Composed): Promise<Composed> {
  const writer = ctx.deps.answerWriter;
  if (!writer || decision.kind !== 'answer' || COMPLIANCE.has(decision.intent) || !ctx.message) return composed;
  const text = await writer.write({ lang: composed.meta?.language ?? ctx.conversation.locale, question: ctx.message.text, reference: composed.text, broker: ctx.tenant.name });
  return text ? { ...composed, text, meta: { ...composed.meta, generated: true } } : composed;
}

type Composed = Pick<ServerMessage, 'text' | 'quickReplies' | 'meta' | 'cards'> & { text: string };

function compose(ctx: MessageContext, decision: Exclude<Decision, { kind: 'silent' }>): Composed {
  const book = ctx.deps.replies;
  const lang = ctx.language?.reply ?? ctx.conversation.locale;
  const vars = { broker: ctx.tenant.name, language: displayName(lang) };
  const parts: string[] = [];
  const quickReplies: QuickReply[] = [];
  const person = () => {
    const label = book.system(lang, 'talk_to_person_label');
    quickReplies.push({ label, text: label });
  };
  if (ctx.language && ctx.language.reliable && !ctx.language.supported) parts.push(book.system(lang, 'unsupported_language', vars));
  const anxious = ctx.sentiment?.handoff && ANXIOUS_REASONS.has(ctx.sentiment.reason ?? '');
  if (anxious) parts.push(book.system(lang, 'anxious_ack', vars));
  let intent: string;
  let cards: Card[] = [];
  switch (decision.kind) {
    case 'answer':
      intent = decision.intent;
      parts.push(
        book.answer(lang, decision.intent, vars, answerOverrides(ctx.tenant.catalog, lang)) ??
          book.answer('en', decision.intent, vars, answerOverrides(ctx.tenant.catalog, 'en')) ??
          book.system(lang, 'out_of_scope', vars),
      );
      if (COMPLIANCE.has(decision.intent)) person();
      cards = cardsFor(ctx.tenant, decision.intent, lang);
      break;
    case 'ask':
      intent = 'clarify';
      parts.push(book.system(lang, decision.offerPerson ? 'clarify_offer_person' : 'clarify', vars));
      for (const s of decision.suggestions) quickReplies.push({ label: book.label(lang, s), text: book.label(lang, s) });
      if (decision.offerPerson) person();
      break;
    case 'out_of_scope':
      intent = 'out_of_scope';
      parts.push(book.system(lang, decision.offerPerson ? 'clarify_offer_person' : 'out_of_scope', vars));
      if (decision.offerPerson) person();
      break;
    case 'handoff':
      // hand-off.ts adds the "a person is coming" message after anything said here.
      intent = 'handoff';
      break;
  }
  return {
    text: parts.join('\n\n'),
    ...(quickReplies.length > 0 ? { quickReplies } : {}),
    ...(cards.length > 0 ? { cards } : {}),
    meta: {
      language: lang,
      intent,
      ...(ctx.intent ? { confidence: round(ctx.intent.confidence) } : {}),
      ...(ctx.sentiment ? { sentiment: round(ctx.sentiment.sentiment) } : {}),
    },
  };
}

function displayName(lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
