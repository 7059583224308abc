import { describe, expect, it } from 'vitest';
import { isRepeatedQuestion, similarity } from './conversation.ts';

describe('isRepeatedQuestion', () => {
  it('spots the same question asked again, despite case and punctuation', () => {
    expect(isRepeatedQuestion('WHERE IS MY WITHDRAWAL??', ['hi', 'where is my withdrawal'])).toBe(true);
    expect(isRepeatedQuestion('出金はいつ届きますか？', ['出金はいつ届きますか'])).toBe(true);
  });

  it('ignores different questions and short fillers', () => {
    expect(isRepeatedQuestion('what are the fees for ETFs', ['how do I reset my password'])).toBe(false);
    expect(isRepeatedQuestion('ok', ['ok'])).toBe(false);
  });

  it('measures overlap between 0 and 1', () => {
    expect(similarity('abc def', 'abc def')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
  });
});
