import type { Stage } from './compose.ts';
import type { MessageContext } from './context.ts';

/**
 * Stage 3: which language the customer writes in, and so which language we answer in.
 * Short or ambiguous messages keep the conversation's language; a confident switch is remembered.
 */
export const language: Stage<MessageContext> = async (ctx, next) => {
  const { tenant, conversation } = ctx;
  const text = ctx.message?.text ?? '';
  const guess = ctx.deps.understanding.identifyLanguage(text, { conversation: conversation.locale, locale: conversation.locale }, tenant.locales);
  const switches = guess.reliable && guess.supported && guess.lang !== conversation.locale && tenant.locales.includes(guess.lang);
  const reply = switches ? guess.lang : conversation.locale;
  if (switches) await ctx.deps.store.setLocale(tenant.id, conversation.id, reply);
  ctx.language = { ...guess, reply };
  await next();
};
