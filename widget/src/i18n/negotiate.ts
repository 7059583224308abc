/**
 * Which language the widget speaks. In order: what the page asked for (`data-locale`, `boot`,
 * `setLocale`), the identified customer's preference, the browser's languages; afterwards the
 * language the customer actually writes in may take over (see `followConversation`).
 */
import { matchLocale } from './locales.ts';

export interface LocaleSources {
  /** `data-locale`, `Parley('boot', { locale })` or `Parley('setLocale', …)`. */
  explicit?: string | undefined;
  /** The logged-in customer's language, from `Parley('identify', token, { locale })`. */
  customer?: string | undefined;
  /** `navigator.languages`, most preferred first. */
  browser: readonly string[];
}

/**
 * The first source that names a shipped locale, else English.
 * @example negotiateLocale({ browser: ['sw', 'fr-CA'] }) // 'fr'
 */
export function negotiateLocale({ explicit, customer, browser }: LocaleSources, available?: readonly string[]): string {
  for (const requested of [explicit, customer, ...browser]) {
    const match = requested ? matchLocale(requested, available) : undefined;
    if (match) return match;
  }
  return 'en';
}

/**
 * The locale to switch the UI to when a bot message arrives in `language` (its `meta.language`):
 * the shipped locale for it when that differs from the current one, else `undefined`. A locale the
 * page set explicitly is never overridden.
 * @example followConversation('en', 'th', false) // 'th'
 */
export function followConversation(current: string, language: string | undefined, pinned: boolean, available?: readonly string[]): string | undefined {
  if (pinned || !language) return undefined;
  const match = matchLocale(language, available);
  return match && match !== current ? match : undefined;
}
