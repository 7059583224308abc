import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import {
  CustomerMessage,
  Hello,
  MAX_TEXT_CHARS,
  ProtocolError,
  isProtocolError,
  SendAck,
  ServerMessage,
  clientEvents,
  serverEvents,
  type ClientToServerEvents,
  type ConversationState,
  type ServerToClientEvents,
} from './index.ts';

describe('CustomerMessage', () => {
  it.each([
    [{ clientId: 'abcdefgh', text: 'hi' }, true],
    [{ clientId: 'abcdefgh', text: '  trimmed  ' }, true],
    [{ clientId: 'abcdefgh', text: 'x'.repeat(MAX_TEXT_CHARS) }, true],
    [{ clientId: 'abcdefgh', text: 'x'.repeat(MAX_TEXT_CHARS + 1) }, false],
    [{ clientId: 'abcdefgh', text: '   ' }, false],
    [{ clientId: 'short', text: 'hi' }, false],
    [{ clientId: 'has spaces in it', text: 'hi' }, false],
    [{ clientId: 'abcdefgh', text: 1 }, false],
    [{ text: 'hi' }, false],
    [null, false],
  ])('%j → %s', (input, ok) => expect(CustomerMessage.safeParse(input).success).toBe(ok));

  it('trims the text', () => {
    expect(CustomerMessage.parse({ clientId: 'abcdefgh', text: '  hi ' }).text).toBe('hi');
  });
});

describe('Hello', () => {
  it.each([
    [{ protocol: 1, locale: 'en' }, true],
    [{ protocol: 1, locale: 'zh-Hant', visitorToken: 't' }, true],
    [{ protocol: 1, locale: 'not a locale' }, false],
    [{ protocol: 1.5, locale: 'en' }, false],
    [{ locale: 'en' }, false],
  ])('%j → %s', (input, ok) => expect(Hello.safeParse(input).success).toBe(ok));
});

describe('ProtocolError', () => {
  it('is one union discriminated by code, with the extra fields each code needs', () => {
    expect(ProtocolError.safeParse({ code: 'rate_limited', message: 'slow', retryAfterMs: 500 }).success).toBe(true);
    expect(ProtocolError.safeParse({ code: 'rate_limited', message: 'slow' }).success).toBe(false);
    expect(ProtocolError.safeParse({ code: 'no_such_code', message: 'x' }).success).toBe(false);
  });
});

describe('SendAck', () => {
  it('is either the stored message reference or an error', () => {
    expect(SendAck.safeParse({ ok: true, id: 'm', conversationId: 'c', seq: 3, duplicate: false }).success).toBe(true);
    expect(SendAck.safeParse({ ok: false, error: { code: 'internal', message: 'x' } }).success).toBe(true);
    expect(SendAck.safeParse({ ok: true, id: 'm' }).success).toBe(false);
  });
});

describe('event maps', () => {
  it('cover every event with a schema', () => {
    expect(Object.keys(clientEvents).sort()).toEqual(['conversation:handoff', 'conversation:offline-message', 'conversation:rate', 'conversation:sync', 'message:send', 'session:hello', 'typing']);
    expect(Object.keys(serverEvents).sort()).toEqual(['conversation:rating-requested', 'conversation:state', 'message', 'protocol:error', 'queue:status', 'typing']);
  });

  it('type socket.io handlers from the schemas', () => {
    expectTypeOf<Parameters<ClientToServerEvents['message:send']>[0]>().toEqualTypeOf<z.input<typeof CustomerMessage>>();
    expectTypeOf<Parameters<Parameters<ClientToServerEvents['message:send']>[1]>[0]>().toEqualTypeOf<SendAck>();
    expectTypeOf<Parameters<ServerToClientEvents['message']>[0]>().toEqualTypeOf<ServerMessage>();
    expectTypeOf<Parameters<ClientToServerEvents['typing']>>().toEqualTypeOf<[payload: { typing: boolean }]>();
    expectTypeOf<ServerMessage['author']['kind']>().toEqualTypeOf<'customer' | 'bot' | 'agent' | 'system'>();
    expectTypeOf<ConversationState>().toEqualTypeOf<'bot' | 'queued' | 'agent' | 'closed'>();
  });
});

describe('JSON Schema', () => {
  it('can be generated from the same schemas for documentation', () => {
    const schema = z.toJSONSchema(ServerMessage) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['id', 'seq', 'author', 'text', 'meta']));
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'conversationId', 'seq', 'author', 'text', 'at']));
  });
});

describe('isProtocolError', () => {
  it('agrees with the schema on every code', () => {
    for (const option of ProtocolError.def.options) {
      const code = option.shape.code.def.values[0] as string;
      expect(isProtocolError({ code, message: 'm' }), code).toBe(true);
    }
    expect(isProtocolError({ code: 'nope', message: 'm' })).toBe(false);
    expect(isProtocolError({ code: 'internal' })).toBe(false);
    expect(isProtocolError(null)).toBe(false);
  });
});
