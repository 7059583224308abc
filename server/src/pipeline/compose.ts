/** A pipeline stage: does its one job on the context, then calls `next()` to hand over (or doesn't, to stop). */
export type Stage<C> = (ctx: C, next: () => Promise<void>) => Promise<void>;

/**
 * Runs stages in order, each able to stop the rest by not calling `next()`, in the style of hono's compose:
 * calling `next()` twice from one stage is a bug and throws.
 */
export function compose<C>(stages: readonly Stage<C>[]): (ctx: C) => Promise<void> {
  return (ctx) => {
    let last = -1;
    const dispatch = async (i: number): Promise<void> => {
      if (i <= last) throw new Error('next() called more than once by one pipeline stage');
      last = i;
      const stage = stages[i];
      if (stage) await stage(ctx, () => dispatch(i + 1));
    };
    return dispatch(0);
  };
}
