import { extraExamples } from '../config/catalog-overrides.ts';
import type { Stage } from './compose.ts';
import type { MessageContext } from './context.ts';

/** Stage 5: what the customer wants, with a calibrated confidence. */
export const intent: Stage<MessageContext> = async (ctx, next) => {
  const lang = ctx.language?.reply ?? ctx.conversation.locale;
  ctx.intent = await ctx.deps.understanding.classifyIntent(ctx.message?.text ?? '', lang, extraExamples(ctx.tenant.catalog, lang));
  await next();
};
