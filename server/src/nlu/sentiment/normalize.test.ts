import { describe, expect, it } from 'vitest';
import { compileTerms, countMatches, foldText, saturate } from './normalize.ts';

describe('foldText', () => {
  it('folds case, width and Latin accents but keeps other scripts', () => {
    expect(foldText('Não RECEBI ＡＢＣ')).toBe('nao recebi abc');
    expect(foldText('Tiền đâu')).toBe('tien dau');
    expect(foldText('がっかり')).toBe('がっかり');
    expect(foldText('पैसे')).toBe('पैसे');
  });
});

describe('compileTerms', () => {
  it('matches spaced-script terms on word edges only, with * for endings', () => {
    const pattern = compileTerms(['scam*', 'sue']);
    expect(countMatches(pattern, 'scammers, total scam')).toBe(2);
    expect(countMatches(pattern, 'i will sue')).toBe(1);
    expect(countMatches(pattern, 'pursue a career')).toBe(0);
  });

  it('matches unspaced scripts anywhere', () => {
    expect(countMatches(compileTerms(['詐欺']), 'これは詐欺でしょ')).toBe(1);
    expect(countMatches(compileTerms(['โกง']), 'ขี้โกงมาก')).toBe(1);
  });
});

describe('saturate', () => {
  it('grows with evidence and stays below 1', () => {
    expect(saturate(0)).toBe(0);
    expect(saturate(2)).toBeGreaterThan(saturate(1));
    expect(saturate(50)).toBeLessThanOrEqual(1);
  });
});
