import { describe, expect, it } from 'vitest';
import { compose, type Stage } from './compose.ts';
import { STAGES } from './index.ts';
import { insertStage } from './insert-stage.ts';

const named = (name: string, trace: string[]): Stage<unknown> =>
  Object.defineProperty(async (_ctx: unknown, next: () => Promise<void>) => {
    trace.push(name);
    await next();
  }, 'name', { value: name });

describe('insertStage', () => {
  it('names the shipped stages by their function names', () => {
    expect(STAGES.map((s) => s.name)).toEqual(expect.arrayContaining(['validate', 'persist', 'intent', 'policy', 'reply']));
  });

  it('inserts before or after a named stage, without changing the original list', async () => {
    const trace: string[] = [];
    const base = [named('a', trace), named('b', trace), named('c', trace)];
    const after = insertStage(base, { after: 'b' }, named('mine', trace));
    const before = insertStage(after, { before: 'a' }, named('first', trace));
    await compose(before)({});
    expect(trace).toEqual(['first', 'a', 'b', 'mine', 'c']);
    expect(base.map((s) => s.name)).toEqual(['a', 'b', 'c']);
  });

  it('refuses an unknown position, listing the stages there are', () => {
    expect(() => insertStage(STAGES, { after: 'nope' }, named('x', []) as never)).toThrow(/No pipeline stage "nope"; stages are: validate, persist/);
  });
});
