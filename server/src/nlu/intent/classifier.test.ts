import { describe, expect, it } from 'vitest';
import { loadIntentClassifier, trainIntentClassifier } from './classifier.ts';
import { SYNTHETIC_INTENTS } from './fixtures.ts';
import { OUT_OF_SCOPE } from './types.ts';

const classifier = trainIntentClassifier(SYNTHETIC_INTENTS);

describe('trainIntentClassifier', () => {
  it.each([
    ['please help me withdraw my money', 'withdraw_money'],
    ['i would like to open an account', 'open_account'],
    ['forgot password', 'reset_password'],
    ['I need to speak with a human', 'talk_to_human'],
    ['ฉันอยากถอนเงินออก', 'withdraw_money'],
    ['ลืมรหัสผ่านของฉัน', 'reset_password'],
    ['口座を開設する方法', 'open_account'],
    ['パスワードを忘れた', 'reset_password'],
    ['我要提现', 'withdraw_money'],
    ['转人工客服', 'talk_to_human'],
  ])('%s → %s', (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it('lists its intents sorted', () => {
    expect(classifier.intents).toEqual(['open_account', 'reset_password', 'talk_to_human', 'withdraw_money']);
  });

  it('returns confidences in [0, 1], ranked from most to least likely', () => {
    for (const text of ['withdraw', '口座', 'zzz', '', '!!!']) {
      const p = classifier.classify(text);
      expect(p.ranked.length).toBeLessThanOrEqual(5);
      expect(p.ranked.length).toBe(4);
      for (const r of p.ranked) expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(p.ranked.reduce((s, r) => s + r.confidence, 0)).toBeCloseTo(1, 5);
      for (let i = 1; i < p.ranked.length; i++) expect(p.ranked[i - 1]!.confidence).toBeGreaterThanOrEqual(p.ranked[i]!.confidence);
      expect(p.confidence).toBe(p.ranked[0]!.confidence);
    }
  });

  it('gives identical predictions after a JSON round trip', () => {
    const restored = loadIntentClassifier(JSON.parse(JSON.stringify(classifier.toJSON())));
    for (const { text } of SYNTHETIC_INTENTS.slice(0, 20)) expect(restored.classify(text)).toEqual(classifier.classify(text));
    expect(restored.intents).toEqual(classifier.intents);
  });

  it('sends gibberish out of scope under a threshold, per call or stored in the model', () => {
    const gibberish = 'qxv blorf zzkt wumple';
    const known = 'how do i withdraw money';
    const raw = classifier.classify(gibberish, { oosThreshold: 0 });
    expect(raw.intent).not.toBe(OUT_OF_SCOPE);
    const threshold = (raw.confidence + classifier.classify(known).confidence) / 2;
    expect(raw.confidence).toBeLessThan(classifier.classify(known).confidence);
    expect(classifier.classify(gibberish, { oosThreshold: threshold }).intent).toBe(OUT_OF_SCOPE);
    expect(classifier.classify(known, { oosThreshold: threshold }).intent).toBe('withdraw_money');
    const strict = trainIntentClassifier(SYNTHETIC_INTENTS, { oosThreshold: threshold });
    expect(strict.classify(gibberish).intent).toBe(OUT_OF_SCOPE);
  });

  it('learns an explicit out-of-scope class and reports it as the answer', () => {
    const withOos = trainIntentClassifier([
      ...SYNTHETIC_INTENTS,
      ...['what is the weather', 'tell me a joke', 'who won the game', 'play some music', 'recipe for pasta'].map((text) => ({ text, intent: OUT_OF_SCOPE })),
    ]);
    expect(withOos.classify('tell me a funny joke').intent).toBe(OUT_OF_SCOPE);
    expect(withOos.classify('tell me a funny joke').ranked.map((r) => r.intent)).not.toContain(OUT_OF_SCOPE);
  });

  it('is deterministic for a seed', () => {
    const again = trainIntentClassifier(SYNTHETIC_INTENTS);
    expect(JSON.stringify(again.toJSON())).toBe(JSON.stringify(classifier.toJSON()));
  });

  it('rejects empty training data and foreign JSON', () => {
    expect(() => trainIntentClassifier([])).toThrow(/no examples/);
    expect(() => loadIntentClassifier({ format: 'other' })).toThrow(/not a parley-intent-classifier/);
  });
});
