import { describe, expect, it } from 'vitest';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { chatModelAnswerWriter } from './answer-writer.ts';

const input = { lang: 'de', question: 'Was kostet eine US-Aktie?', reference: 'US-Aktien kosten 1 € pro Order.', broker: 'Northbridge' };

describe('chatModelAnswerWriter', () => {
  it("returns the model's reply", async () => {
    const writer = chatModelAnswerWriter(new FakeListChatModel({ responses: ['Eine US-Aktie kostet bei uns 1 € pro Order.'] }));
    expect(await writer.write(input)).toBe('Eine US-Aktie kostet bei uns 1 € pro Order.');
  });

  it('falls back (undefined) on an empty reply, an error or a timeout', async () => {
    expect(await chatModelAnswerWriter(new FakeListChatModel({ responses: ['   '] })).write(input)).toBeUndefined();
    const failing = new FakeListChatModel({ responses: ['x'] });
    failing.invoke = () => Promise.reject(new Error('model down'));
    expect(await chatModelAnswerWriter(failing).write(input)).toBeUndefined();
    // The fake model waits `sleep` ms before answering; the writer gives up first.
    const slow = new FakeListChatModel({ responses: ['late'], sleep: 200 });
    expect(await chatModelAnswerWriter(slow, { timeoutMs: 20 }).write(input)).toBeUndefined();
  });
});
