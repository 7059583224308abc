import type { Stage } from './compose.ts';

/** Where to put a stage: before or after the stage of that name (`validate`, `persist`, … `reply`, or your own). */
export type StagePosition = { before: string } | { after: string };

/**
 * A copy of `stages` with `stage` inserted at a named position. Stages are named by their function
 * name, so a broker's own named stage can be a position for the next one.
 *
 * @example
 * const stages = insertStage(STAGES, { after: 'intent' }, async function tagVip(ctx, next) {
 *   if (ctx.intent?.intent === 'withdrawal') ctx.deps.log.info('withdrawal question');
 *   await next();
 * });
 * @throws {Error} naming the known stages when the position names none of them.
 */
export function insertStage<C>(stages: readonly Stage<C>[], position: StagePosition, stage: Stage<C>): Stage<C>[] {
  const name = 'before' in position ? position.before : position.after;
  const index = stages.findIndex((s) => s.name === name);
  if (index < 0) throw new Error(`No pipeline stage "${name}"; stages are: ${stages.map((s) => s.name || '(anonymous)').join(', ')}`);
  const at = 'before' in position ? index : index + 1;
  return [...stages.slice(0, at), stage, ...stages.slice(at)];
}
