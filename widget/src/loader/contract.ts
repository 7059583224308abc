/**
 * What the loader leaves on `window.Parley` for the launcher: the command queue (`q`, the same
 * field Intercom-style snippets fill) and the settings read from the script tag (`c`).
 */
export interface LoaderConfig {
  tenant: string;
  /** Requested locale (`data-locale`); when absent the launcher negotiates from the browser. */
  locale?: string | undefined;
  /** Server origin the widget connects to (the script's own origin unless `data-server` says otherwise). */
  url: string;
  /** Folder the loader was served from, ending in `/`. */
  base: string;
  nonce?: string | undefined;
  /** Every `data-*` attribute of the tag (`simpleMode`, `brandColor`, `position`, …). */
  attrs?: Record<string, string | undefined>;
}

export type Command = ArrayLike<unknown>;

export interface ParleyGlobal {
  (command: string, ...args: unknown[]): unknown;
  q?: Command[];
  c?: LoaderConfig;
}

declare global {
  interface Window {
    Parley?: ParleyGlobal;
  }
}
