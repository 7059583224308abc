import { describe, expect, it } from 'vitest';
import { isHttpUrl, linkDomain, parseInline, parseMarkdown } from './markdown.ts';

describe('parseInline', () => {
  it('reads bold, italics and links', () => {
    expect(parseInline('a **b** *c* _d_ [e](https://x.example/p)')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'b' }] },
      { kind: 'text', text: ' ' },
      { kind: 'em', children: [{ kind: 'text', text: 'c' }] },
      { kind: 'text', text: ' ' },
      { kind: 'em', children: [{ kind: 'text', text: 'd' }] },
      { kind: 'text', text: ' ' },
      { kind: 'link', url: 'https://x.example/p', children: [{ kind: 'text', text: 'e' }] },
    ]);
  });

  it('keeps a non-http link as its text only', () => {
    expect(parseInline('[click](javascript:alert(1))')).toEqual([{ kind: 'text', text: '[click](javascript:alert(1))' }]);
    expect(parseInline('[click](javascript:void)')).toEqual([{ kind: 'text', text: 'click' }]);
    expect(parseInline('[x](data:text/html,hi)')).toEqual([{ kind: 'text', text: 'x' }]);
  });

  it('leaves HTML, snake_case and lone stars as text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
    expect(parseInline('use account_id_here')).toEqual([{ kind: 'text', text: 'use account_id_here' }]);
    expect(parseInline('2 * 3 = 6')).toEqual([{ kind: 'text', text: '2 * 3 = 6' }]);
  });
});

describe('parseMarkdown', () => {
  it('groups lines into paragraphs and lists', () => {
    const blocks = parseMarkdown('Fees:\n- US shares\n- UK shares\n\n1. Open the app\n2. Tap Deposit\nThanks');
    expect(blocks.map((b) => b.kind)).toEqual(['p', 'ul', 'ol', 'p']);
    expect(blocks[1]).toEqual({ kind: 'ul', items: [[{ kind: 'text', text: 'US shares' }], [{ kind: 'text', text: 'UK shares' }]] });
  });
});

describe('links', () => {
  it('accepts http(s) only and shows the domain without www', () => {
    expect(isHttpUrl('https://a.example')).toBe(true);
    expect(isHttpUrl('ftp://a.example')).toBe(false);
    expect(linkDomain('https://www.broker.example/fees?x=1')).toBe('broker.example');
  });
});
