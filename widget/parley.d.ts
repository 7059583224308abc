/**
 * The global `window.Parley` on pages that embed parley.js, for brokers' TypeScript:
 *
 *   /// <reference types="@parley/widget" />
 *   Parley('boot', { simpleMode: true, theme: { brandColor: '#0b5cad' } });
 *   Parley('on', 'message', (message) => console.log(message.text));
 */
import type { ParleyApi } from './src/launcher/api.ts';

export type { BootOptions, IdentifyOptions, ParleyApi, ParleyCommands, ParleyEvents, Theme } from './src/launcher/api.ts';

declare global {
  // A `var` so both `Parley(...)` and `window.Parley(...)` type-check.
  // eslint-disable-next-line no-var
  var Parley: ParleyApi;
}
