import type { Stage } from './compose.ts';
import type { MessageContext } from './context.ts';
import { botFallbacksInARow } from './history.ts';

/**
 * How much sooner frustration hands off for the broker's valued customers: the tenant threshold is
 * multiplied by this (lower = sooner).
 */
export const TIER_THRESHOLD_FACTOR: Readonly<Record<string, number>> = { vip: 0.7, high_net_worth: 0.85 };

/** Stage 4: how the customer feels, over the whole conversation, not just this message. */
export const sentiment: Stage<MessageContext> = async (ctx, next) => {
  const { conversation } = ctx;
  const view = await ctx.deps.customers?.get({ tenant: ctx.tenant.id, visitorId: conversation.visitorId }).catch(() => undefined);
  ctx.tier = view?.tier ?? 'standard';
  const threshold = ctx.tenant.frustrationThreshold * (TIER_THRESHOLD_FACTOR[ctx.tier] ?? 1);
  const previousTexts = ctx.history.filter((m) => m.author.kind === 'customer').map((m) => m.text);
  ctx.sentiment = ctx.deps.understanding.scoreSentiment({
    text: ctx.message?.text ?? '',
    lang: ctx.language?.lang ?? ctx.conversation.locale,
    previousTexts,
    botFallbacksInARow: botFallbacksInARow(ctx.history),
    threshold,
  });
  await next();
};
