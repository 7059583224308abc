/**
 * What the pipeline needs from natural-language understanding, as one port. `main.ts` builds the
 * offline implementation (nlu/offline.ts); tests may build it with small data.
 */
export interface LanguageResult {
  /** BCP 47 tag; one of the reply languages when `supported`. */
  lang: string;
  confidence: number;
  /** False when the text was too short or ambiguous: keep the conversation's language. */
  reliable: boolean;
  supported: boolean;
}

export interface IntentResult {
  intent: string;
  confidence: number;
  ranked: { intent: string; confidence: number }[];
}

export interface SentimentResult {
  /** -1 … 1, for message meta. */
  sentiment: number;
  handoff: boolean;
  reason?: string;
  /** JSON-serialisable per-conversation state, carried from message to message. */
  trajectory: unknown;
}

export interface Understanding {
  /** Prepares what the first messages in these languages will need (e.g. trains models in the background). */
  warm?(langs: readonly string[]): void;
  identifyLanguage(text: string, prior: { conversation?: string; locale?: string }, enabled: readonly string[]): LanguageResult;
  scoreSentiment(input: {
    text: string;
    lang: string;
    /** Earlier customer messages, oldest first. */
    previousTexts: readonly string[];
    botFallbacksInARow: number;
    threshold?: number;
  }): SentimentResult;
  /** `extra`: the tenant's own training examples for this language, trained into its model only. */
  classifyIntent(text: string, lang: string, extra?: readonly { text: string; intent: string }[]): Promise<IntentResult>;
}
