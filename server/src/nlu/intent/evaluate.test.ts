import { describe, expect, it } from 'vitest';
import { chooseOosThreshold, evaluate } from './evaluate.ts';
import { macroF1, quantile, worstConfusions } from './metrics.ts';
import { OUT_OF_SCOPE, type IntentClassifier, type IntentPrediction } from './types.ts';

/** A stand-in classifier reading its answer from the text: "intent@confidence". */
const stub: IntentClassifier = {
  intents: ['a', 'b'],
  classify(text, options = {}): IntentPrediction {
    const [intent = '', raw = '1'] = text.split('@');
    const confidence = Number(raw);
    const ranked = [{ intent, confidence }];
    return { intent: confidence < (options.oosThreshold ?? 0) ? OUT_OF_SCOPE : intent, confidence, ranked };
  },
  toJSON: () => ({}),
};

describe('metrics', () => {
  it('computes macro-F1 over all labels', () => {
    // a: P=1, R=0.5 → F1 2/3; b: P=0.5, R=1 → 2/3.
    expect(macroF1(['a', 'a', 'b'], ['a', 'b', 'b'])).toBeCloseTo(2 / 3, 9);
  });

  it('takes nearest-rank quantiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(values, 0.5)).toBe(50);
    expect(quantile(values, 0.99)).toBe(99);
    expect(quantile([], 0.5)).toBe(0);
  });

  it('lists the most frequent confusions first', () => {
    expect(worstConfusions(['a', 'a', 'a', 'b'], ['b', 'b', 'a', 'c'])).toEqual([
      { expected: 'a', predicted: 'b', count: 2 },
      { expected: 'b', predicted: 'c', count: 1 },
    ]);
  });
});

describe('evaluate', () => {
  const examples = [
    { text: 'a@0.9', intent: 'a' },
    { text: 'b@0.8', intent: 'a' },
    { text: 'b@0.7', intent: 'b' },
    { text: 'a@0.2', intent: OUT_OF_SCOPE },
  ];

  it('reports accuracy, OOS recall, confusions and latency', () => {
    const report = evaluate(stub, examples, { oosThreshold: 0.5 });
    expect(report.accuracy).toBe(3 / 4);
    expect(report.inScopeAccuracy).toBe(2 / 3);
    expect(report.oosRecall).toBe(1);
    expect(report.confusions).toEqual([{ expected: 'a', predicted: 'b', count: 1 }]);
    expect(report.latency.p99Ms).toBeGreaterThanOrEqual(report.latency.p50Ms);
  });

  it('omits OOS recall when there are no out-of-scope examples', () => {
    expect(evaluate(stub, examples.slice(0, 3)).oosRecall).toBeUndefined();
  });

  it('chooses the highest threshold within the in-scope accuracy budget', () => {
    const validation = [
      ...Array.from({ length: 98 }, () => ({ text: 'a@0.9', intent: 'a' })),
      { text: 'b@0.6', intent: 'b' },
      { text: 'b@0.3', intent: 'b' },
      { text: 'a@0.2', intent: OUT_OF_SCOPE },
    ];
    // Rejecting the 0.3 answer costs 1% of in-scope accuracy: allowed; the 0.6 one too: not.
    expect(chooseOosThreshold(stub, validation, { maxInScopeLoss: 0.01 })).toBe(0.6);
    expect(chooseOosThreshold(stub, validation, { maxInScopeLoss: 0.02 })).toBe(0.9);
    expect(chooseOosThreshold(stub, validation, { maxInScopeLoss: 0 })).toBe(0.3);
    expect(chooseOosThreshold(stub, [])).toBe(0);
  });
});
