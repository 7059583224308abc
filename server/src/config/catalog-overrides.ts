import * as z from 'zod';
import { Locale } from '@parley/sdk/protocol';

const IntentId = z.string().regex(/^[a-z][a-z0-9_]{1,62}$/);
const Utterances = z.array(z.string().trim().min(1).max(500)).max(500);
const Answer = z.string().trim().min(1).max(4000);

/**
 * A broker's changes to the shipped intent catalog, read from the tenant config at start
 * (restart to apply). Answers override the shipped ones per language; extra intents and utterances
 * are trained into this tenant's models only.
 *
 * @example
 * { "answers": { "en": { "fees_commissions": "US shares cost $0.99 per order." } },
 *   "intents": [{ "id": "crypto_wallet", "utterances": { "en": ["how do I move bitcoin to my wallet", …] },
 *                 "answers": { "en": "Crypto transfers are not available yet." } }] }
 */
export const CatalogOverrides = z.object({
  answers: z.record(Locale, z.record(IntentId, Answer)).default({}),
  utterances: z.record(Locale, z.record(IntentId, Utterances)).default({}),
  intents: z
    .array(z.object({ id: IntentId, utterances: z.record(Locale, Utterances.min(5)), answers: z.record(Locale, Answer) }))
    .max(200)
    .default([]),
});
export type CatalogOverrides = z.infer<typeof CatalogOverrides>;

/** The tenant's extra training examples for one language (added utterances and new intents). */
export function extraExamples(overrides: CatalogOverrides | undefined, lang: string): { text: string; intent: string }[] {
  if (!overrides) return [];
  const added = Object.entries(overrides.utterances[lang] ?? {}).flatMap(([intent, texts]) => texts.map((text) => ({ text, intent })));
  const fresh = overrides.intents.flatMap((i) => (i.utterances[lang] ?? []).map((text) => ({ text, intent: i.id })));
  return [...added, ...fresh];
}

/** The tenant's answers for one language: overrides of shipped intents plus answers of new intents. */
export function answerOverrides(overrides: CatalogOverrides | undefined, lang: string): Record<string, string> {
  if (!overrides) return {};
  const fresh = Object.fromEntries(overrides.intents.flatMap((i) => (i.answers[lang] ? [[i.id, i.answers[lang]]] : [])));
  return { ...fresh, ...overrides.answers[lang] };
}
