// Compiled by `tsc -p tests` only: pages using the shipped declaration get typed commands.
/// <reference path="../../widget/parley.d.ts" />
import type { ServerMessage } from '@parley/sdk/protocol';

export function typedCalls(): void {
  Parley('boot', { simpleMode: true, theme: { brandColor: '#0b5cad', position: 'left' }, sound: false });
  Parley('identify', 'signed-token', { locale: 'th' });
  void Parley('setLocale', 'de');
  const off: () => void = Parley('on', 'message', (message: ServerMessage) => message.text);
  off();
  void Parley('shutdown');
  // @ts-expect-error unknown commands are refused
  Parley('explode');
  // @ts-expect-error a theme's position is left or right
  Parley('setTheme', { position: 'top' });
}
