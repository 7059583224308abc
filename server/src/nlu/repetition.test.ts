import { describe, expect, it } from 'vitest';
import { isRepeatedQuestion } from './repetition.ts';

describe('isRepeatedQuestion', () => {
  it('spots the same question asked again with small changes', () => {
    expect(isRepeatedQuestion('where is my withdrawal??', ['Where is my withdrawal?'])).toBe(true);
    expect(isRepeatedQuestion('我的提款在哪里', ['我的提款在哪里？'])).toBe(true);
  });

  it('does not confuse different questions or one-word replies', () => {
    expect(isRepeatedQuestion('how do I deposit by PIX', ['where is my withdrawal'])).toBe(false);
    expect(isRepeatedQuestion('ok', ['ok'])).toBe(false);
  });
});
