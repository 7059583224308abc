import { describe, expect, it } from 'vitest';
import { readTypography } from './typography.ts';

describe('readTypography', () => {
  it('reads shouting, bangs and insistence', () => {
    const loud = readTypography('WHERE IS MY MONEY!!! ANSWER ME??');
    expect(loud.shout).toBeGreaterThan(0.8);
    expect(loud.exclaim).toBe(1);
    expect(loud.insistence).toBeGreaterThan(0);
  });

  it('stays quiet on calm text, tickers and Arabic/CJK without marks', () => {
    for (const text of ['how do I buy AAPL', 'كيف أودع', '入金方法を教えて']) {
      const t = readTypography(text);
      expect(t.shout + t.exclaim + t.insistence).toBe(0);
    }
  });

  it('counts Arabic and full-width question marks', () => {
    expect(readTypography('وين فلوسي؟؟').insistence).toBeGreaterThan(0);
    expect(readTypography('お金はどこ？？').insistence).toBeGreaterThan(0);
  });

  it('notices emoji', () => {
    expect(readTypography('again 😡').angryEmoji).toBeGreaterThan(0);
    expect(readTypography('please 🙏😭').distressEmoji).toBeGreaterThan(0);
  });
});
