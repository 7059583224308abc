import { describe, expect, it } from 'vitest';
import { fitFeaturizer, TextFeaturizer } from './features.ts';
import { squaredNorm } from './sparse.ts';
import { normalizeText, wordTokens } from './tokenize.ts';

const corpus = ['I lost my card', 'my card has not arrived', 'where is my new card', 'บัตรของฉันหาย', '我的卡丢了'];

describe('tokenize', () => {
  it('folds case, width and digits', () => {
    expect(normalizeText('Card ＡＢＣ 2024')).toBe('card abc 0000');
  });

  it('splits scripts written without spaces into words', () => {
    expect(wordTokens('ฉันต้องการโอนเงิน').length).toBeGreaterThan(1);
    expect(wordTokens('我想取消我的订单').length).toBeGreaterThan(1);
    expect(wordTokens("i can't log-in!")).toEqual(['i', "can't", 'log', 'in']);
  });
});

describe('fitFeaturizer', () => {
  const featurizer = fitFeaturizer(corpus, { minDf: 1 });

  it('produces unit-length vectors with unique columns', () => {
    const x = featurizer.featurize('I lost my card');
    expect(squaredNorm(x.values)).toBeCloseTo(1, 5);
    expect(new Set(x.indices).size).toBe(x.indices.length);
    for (const column of x.indices) expect(column).toBeLessThan(featurizer.dims);
  });

  it('gives an empty vector for text with no known feature', () => {
    expect(featurizer.featurize('').indices.length).toBe(0);
    expect(featurizer.featurize('🙂').indices.length).toBe(0);
  });

  it('weights rare features above common ones (IDF)', () => {
    const x = featurizer.featurize('card lost');
    const only = (text: string) => fitFeaturizer(corpus, { minDf: 1, charNgrams: [0, 0], wordNgrams: [1, 1] }).featurize(text);
    const v = only('card lost');
    expect(v.values.length).toBe(2);
    // "lost" occurs once, "card" three times: lost gets the larger weight.
    const [first, second] = [...v.values];
    expect(Math.max(first!, second!)).toBeGreaterThan(Math.min(first!, second!));
    expect(x.indices.length).toBeGreaterThan(2);
  });

  it('drops features below minDf', () => {
    expect(fitFeaturizer(corpus, { minDf: 2 }).dims).toBeLessThan(featurizer.dims);
  });

  it('adds skip-pairs only when asked', () => {
    expect(fitFeaturizer(corpus, { minDf: 1, skipWindow: 3 }).dims).toBeGreaterThan(featurizer.dims);
  });

  it('round-trips through JSON', () => {
    const restored = TextFeaturizer.fromJSON(JSON.parse(JSON.stringify(featurizer.toJSON())));
    for (const text of [...corpus, 'unseen words here']) expect(restored.featurize(text)).toEqual(featurizer.featurize(text));
  });
});
