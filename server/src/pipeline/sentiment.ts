import type { Stage } from './compose.ts';
import type { MessageContext } from './context.ts';
import { botFallbacksInARow } from './history.ts';

/** Stage 4: how the customer feels, over the whole conversation, not just this message. */
export const sentiment: Stage<MessageContext> = async (ctx, next) => {
  const previousTexts = ctx.history.filter((m) => m.author.kind === 'customer').map((m) => m.text);
  ctx.sentiment = ctx.deps.understanding.scoreSentiment({
    text: ctx.message?.text ?? '',
    lang: ctx.language?.lang ?? ctx.conversation.locale,
    previousTexts,
    botFallbacksInARow: botFallbacksInARow(ctx.history),
  });
  await next();
};
