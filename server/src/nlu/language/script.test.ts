import { describe, expect, it } from 'vitest';
import { dominantScript, scriptOf } from './script.ts';

describe('dominantScript', () => {
  it.each([
    ['ถอนเงิน', 'thai'], ['출금', 'hangul'], ['出金がまだ', 'kana'], ['提现', 'han'], ['سحب', 'arabic'],
    ['पैसा', 'devanagari'], ['вывод', 'cyrillic'], ['שלום', 'hebrew'], ['γεια', 'greek'],
  ])('%s → %s', (text, script) => {
    expect(dominantScript(text).script).toBe(script);
  });

  it('lets any kana make Han text Japanese', () => {
    expect(dominantScript('本人確認書類が必要')).toMatchObject({ script: 'kana', count: 9 });
  });

  it('counts Latin letters apart and ignores digits, punctuation and emoji', () => {
    expect(dominantScript('AAPL 123 👍 ok!')).toEqual({ script: undefined, count: 0, latin: 6 });
    expect(scriptOf('ệ'.codePointAt(0)!)).toBe('latin');
  });
});
