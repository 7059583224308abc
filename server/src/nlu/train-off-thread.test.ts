import { describe, expect, it } from 'vitest';
import { loadIntentClassifier, trainIntentClassifier } from './intent/index.ts';
import { trainOffThread } from './train-off-thread.ts';

const examples = ['how do I withdraw', 'withdraw money to my bank', 'take my cash out', 'send funds to my account']
  .map((text) => ({ text, intent: 'withdraw' }))
  .concat(['what are the fees', 'how much is the commission', 'trading costs please', 'price per trade'].map((text) => ({ text, intent: 'fees' })));

describe('trainOffThread', () => {
  it('trains in a worker the same model as on the main thread', async () => {
    const offThread = loadIntentClassifier(JSON.parse(await trainOffThread(examples)));
    const inline = trainIntentClassifier(examples);
    for (const text of ['withdraw to bank', 'commission for a trade']) expect(offThread.classify(text)).toEqual(inline.classify(text));
  });
});
