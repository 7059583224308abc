import { compose, type Stage } from './compose.ts';
import type { MessageContext } from './context.ts';
import { intent } from './intent.ts';
import { language } from './language.ts';
import { persist } from './persist.ts';
import { policy } from './policy.ts';
import { reply } from './reply.ts';
import { sentiment } from './sentiment.ts';
import { validate } from './validate.ts';

/** The one order every customer message goes through. */
export const STAGES: readonly Stage<MessageContext>[] = [validate, persist, language, sentiment, intent, policy, reply];

const defaultPipeline = compose(STAGES);

/** Runs a customer message through every stage (or through the deps' own list, built with `insertStage`). */
export const runPipeline = (ctx: MessageContext): Promise<void> => (ctx.deps.pipeline ?? defaultPipeline)(ctx);

export { insertStage, type StagePosition } from './insert-stage.ts';

export type { MessageContext, PipelineDeps, Decision, ConversationEmitter } from './context.ts';
