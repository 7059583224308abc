import { describe, expect, it } from 'vitest';
import { compose, type Stage } from './compose.ts';

describe('compose', () => {
  it('runs stages in order and unwinds in reverse', async () => {
    const seen: string[] = [];
    const stage = (name: string): Stage<string[]> => async (ctx, next) => {
      ctx.push(`>${name}`);
      await next();
      ctx.push(`<${name}`);
    };
    await compose([stage('a'), stage('b')])(seen);
    expect(seen).toEqual(['>a', '>b', '<b', '<a']);
  });

  it('stops when a stage does not call next', async () => {
    const seen: string[] = [];
    await compose<string[]>([async (ctx) => void ctx.push('stop'), async (ctx) => void ctx.push('never')])(seen);
    expect(seen).toEqual(['stop']);
  });

  it('refuses next() called twice', async () => {
    const twice: Stage<unknown> = async (_ctx, next) => {
      await next();
      await next();
    };
    await expect(compose([twice])({})).rejects.toThrow(/more than once/);
  });
});
