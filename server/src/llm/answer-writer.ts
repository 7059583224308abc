import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Logger } from 'pino';

/** Rewrites a catalog answer into a reply to the customer's actual words. */
export interface AnswerWriter {
  /** The reply, or undefined to use the catalog answer as it is (no model, timeout, empty or failed). */
  write(input: { lang: string; question: string; reference: string; broker: string }): Promise<string | undefined>;
}

export interface AnswerWriterOptions {
  /** Longer than this and the customer gets the catalog answer instead: speed beats polish. */
  timeoutMs?: number;
  log?: Logger;
}

/**
 * Optional LLM answers through any @langchain/core chat model (hosted or local). The model only
 * rephrases the catalog's reference answer for this question, in the customer's language; it is told
 * to add no facts and no advice, and compliance-sensitive intents never reach it (see reply.ts).
 *
 * @example
 * const writer = chatModelAnswerWriter(new ChatOpenAI({ model: 'gpt-4o-mini' }));
 */
export function chatModelAnswerWriter(model: BaseChatModel, options: AnswerWriterOptions = {}): AnswerWriter {
  const timeoutMs = options.timeoutMs ?? 4000;
  return {
    async write({ lang, question, reference, broker }) {
      const messages = [
        new SystemMessage(
          `You answer customers of the broker ${broker} in the chat. Reply in the language with BCP 47 tag "${lang}". ` +
            'Use only the facts in the reference answer; add no numbers, promises or facts of your own. ' +
            'Never give investment advice or recommend any security. Keep it to three sentences, plain text.',
        ),
        new HumanMessage(`Customer: ${question}\n\nReference answer: ${reference}`),
      ];
      try {
        const signal = AbortSignal.timeout(timeoutMs);
        // Race as well as abort: not every model implementation honours the signal.
        const timedOut = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));
        const result = await Promise.race([model.invoke(messages, { signal }), timedOut]);
        const text = typeof result.content === 'string' ? result.content.trim() : '';
        return text.length > 0 ? text : undefined;
      } catch (err) {
        options.log?.warn({ err }, 'the chat model failed; answering from the catalog');
        return undefined;
      }
    },
  };
}
