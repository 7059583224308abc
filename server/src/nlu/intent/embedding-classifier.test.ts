import { Embeddings } from '@langchain/core/embeddings';
import { FakeEmbeddings, SyntheticEmbeddings } from '@langchain/core/utils/testing';
import { describe, expect, it } from 'vitest';
import { loadEmbeddingIntentClassifier, trainEmbeddingIntentClassifier } from './embedding-classifier.ts';
import { SYNTHETIC_INTENTS } from './fixtures.ts';

/** A transparent stand-in for a sentence encoder: one dimension per keyword. */
class KeywordEmbeddings extends Embeddings {
  static readonly KEYWORDS = ['withdraw', 'money', 'open', 'account', 'password', 'human', 'person', 'agent'];
  constructor() {
    super({});
  }
  async embedDocuments(texts: string[]): Promise<number[][]> {
    return Promise.all(texts.map((t) => this.embedQuery(t)));
  }
  async embedQuery(text: string): Promise<number[]> {
    // A small constant keeps vectors of texts without keywords non-zero.
    return [...KeywordEmbeddings.KEYWORDS.map((k) => (text.toLowerCase().includes(k) ? 1 : 0)), 0.01];
  }
}

const english = SYNTHETIC_INTENTS.filter((e) => /^[a-z ]+$/.test(e.text));

describe('trainEmbeddingIntentClassifier', () => {
  it('learns from embeddings alone (replace mode)', async () => {
    const classifier = await trainEmbeddingIntentClassifier(english, { embeddings: new KeywordEmbeddings(), mode: 'replace' });
    expect((await classifier.classify('my password please')).intent).toBe('reset_password');
    expect((await classifier.classify('an agent now')).intent).toBe('talk_to_human');
  });

  it('keeps the n-gram features when concatenated with FakeEmbeddings', async () => {
    const classifier = await trainEmbeddingIntentClassifier(SYNTHETIC_INTENTS, { embeddings: new FakeEmbeddings() });
    expect((await classifier.classify('我要提现')).intent).toBe('withdraw_money');
    expect((await classifier.classify('i forgot my password')).intent).toBe('reset_password');
    const p = await classifier.classify('something else entirely');
    expect(p.confidence).toBeGreaterThanOrEqual(0);
    expect(p.confidence).toBeLessThanOrEqual(1);
  });

  it('round-trips through JSON with SyntheticEmbeddings', async () => {
    const embeddings = new SyntheticEmbeddings({ vectorSize: 16 });
    const classifier = await trainEmbeddingIntentClassifier(english, { embeddings });
    const restored = loadEmbeddingIntentClassifier(JSON.parse(JSON.stringify(classifier.toJSON())), embeddings);
    for (const { text } of english.slice(0, 10)) expect(await restored.classify(text)).toEqual(await classifier.classify(text));
  });

  it('rejects embeddings of uneven size', async () => {
    const uneven = new KeywordEmbeddings();
    uneven.embedDocuments = async (texts) => texts.map((_, i) => (i === 0 ? [1, 2] : [1]));
    await expect(trainEmbeddingIntentClassifier(english, { embeddings: uneven })).rejects.toThrow(/one size/);
  });
});
