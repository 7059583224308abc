/**
 * The page-facing `window.Parley(command, …args)` API, in the Intercom/Crisp convention. Types only:
 * `parley.d.ts` (shipped by @parley/widget) declares the global from these.
 */
import type { ServerMessage } from '@parley/sdk/protocol';
import type { Theme } from './theme.ts';

export type { Theme };

export interface BootOptions {
  /** UI language (BCP 47); pins it, so the conversation's language no longer switches the UI. */
  locale?: string;
  /** Start in simple mode unless the customer switched it off before. */
  simpleMode?: boolean;
  theme?: Theme;
  /** Signed token of the logged-in customer (see `identify`). */
  identityToken?: string;
  /** A short chime for replies while the panel is closed or the tab hidden. Off by default. */
  sound?: boolean;
}

export interface IdentifyOptions {
  /** The customer's preferred language, used when the page did not set one. */
  locale?: string;
}

export interface ParleyEvents {
  message: (message: ServerMessage) => void;
  open: () => void;
  close: () => void;
  /** Replies not seen yet (0 once the customer looks). */
  unread: (count: number) => void;
}

/** Every command, with its arguments. */
export interface ParleyCommands {
  boot(options?: BootOptions): void;
  identify(token: string, options?: IdentifyOptions): void;
  open(): Promise<void>;
  close(): Promise<void>;
  toggle(): Promise<void>;
  setLocale(locale: string): Promise<void>;
  setTheme(theme: Theme): void;
  setSimpleMode(simple: boolean): void;
  /** Returns a function that removes the listener. */
  on<E extends keyof ParleyEvents>(event: E, listener: ParleyEvents[E]): () => void;
  /** Clears the conversation from this browser (e.g. on logout) and closes the panel. */
  shutdown(): Promise<void>;
}

/** `window.Parley`: `Parley('open')`, `Parley('on', 'message', fn)`, … */
export type ParleyApi = <C extends keyof ParleyCommands>(command: C, ...args: Parameters<ParleyCommands[C]>) => ReturnType<ParleyCommands[C]>;
