// The build's list of locale files (see `localeFiles` in widget/build.config.ts), read by locales.ts.
declare module 'virtual:parley/locales' {
  /** Every shipped locale code, e.g. `en`, `zh-Hant`. */
  export const codes: string[];
  /** Imports one locale's chunk; `code` must be one of `codes`. */
  export function importLocale(code: string): Promise<{ default: typeof import('./locales/en.json') }>;
}
