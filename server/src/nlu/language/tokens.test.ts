import { describe, expect, it } from 'vitest';
import { messageWords } from './tokens.ts';

describe('messageWords', () => {
  it('strips tickers, cashtags, numbers, URLs and emoji', () => {
    expect(messageWords('AAPL kaufen geht nicht $tsla 3x https://x.com/a 👍').words).toEqual(['kaufen', 'geht', 'nicht']);
  });

  it('keeps the words of a message typed in capitals', () => {
    expect(messageWords('WHERE IS MY MONEY').words).toEqual(['where', 'is', 'my', 'money']);
  });

  it('drops words every language borrows from the content count', () => {
    expect(messageWords('ok thanks').content).toEqual([]);
    expect(messageWords('ok danke schön').content).toEqual(['schön']);
  });
});
