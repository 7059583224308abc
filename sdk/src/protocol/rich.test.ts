import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ServerMessage } from './message.ts';
import { Card, isHttpUrl, LinkAction } from './rich.ts';

const fees = { kind: 'fees', rows: [{ product: 'US shares', fee: 'USD 0.99 per order' }] };

describe('rich message parts', () => {
  it.each([
    ['https://broker.example/fees', true],
    ['http://broker.example', true],
    ['javascript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['/relative/path', false],
    ['mailto:help@broker.example', false],
  ])('isHttpUrl(%s) is %s', (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });

  it('accepts link buttons with http(s) URLs only', () => {
    expect(LinkAction.safeParse({ kind: 'link', label: 'Price list', url: 'https://broker.example/fees' }).success).toBe(true);
    expect(LinkAction.safeParse({ kind: 'link', label: 'Click', url: 'javascript:alert(1)' }).success).toBe(false);
    expect(LinkAction.safeParse({ kind: 'link', label: '', url: 'https://broker.example' }).success).toBe(false);
  });

  it('accepts a fee table and refuses empty, oversized or unknown cards', () => {
    expect(Card.safeParse(fees).success).toBe(true);
    expect(Card.safeParse({ ...fees, url: 'https://broker.example/pricing' }).success).toBe(true);
    expect(Card.safeParse({ ...fees, rows: [] }).success).toBe(false);
    expect(Card.safeParse({ ...fees, rows: Array.from({ length: 21 }, () => fees.rows[0]) }).success).toBe(false);
    expect(Card.safeParse({ ...fees, url: 'javascript:void 0' }).success).toBe(false);
    expect(Card.safeParse({ kind: 'html', html: '<script>' }).success).toBe(false);
  });

  it('keeps the rich fields optional on a server message', () => {
    const base = { id: 'm1', conversationId: 'c1', seq: 1, author: { kind: 'bot' }, text: 'Our fees', at: '2026-01-05T10:00:00.000Z' };
    expect(ServerMessage.safeParse(base).success).toBe(true);
    const rich = ServerMessage.parse({ ...base, cards: [fees], actions: [{ kind: 'link', label: 'Price list', url: 'https://broker.example/fees' }] });
    expect(rich.cards?.[0]?.kind).toBe('fees');
    expect(ServerMessage.safeParse({ ...base, cards: [fees, fees, fees] }).success).toBe(false);
  });

  it('still converts to JSON Schema', () => {
    const schema = z.toJSONSchema(ServerMessage) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['actions', 'cards']));
  });
});
