import { describe, expect, it, vi } from 'vitest';
import type { ParleyGlobal } from '../loader/contract.ts';
import { installCommands } from './commands.ts';

/** The Intercom-style stub brokers may paste before the script tag. */
function pageStub(): ParleyGlobal {
  const stub = function (...args: unknown[]) {
    (stub.q = stub.q ?? []).push(args);
  } as ParleyGlobal;
  return stub;
}

describe('installCommands', () => {
  it('replays calls queued before load, in order, then runs new ones at once', () => {
    const target = { Parley: pageStub() };
    target.Parley('locale', 'de');
    target.Parley('open');
    target.Parley.c = { tenant: 'demo', locale: 'en', url: 'https://chat.example', base: 'https://chat.example/widget/' };
    const calls: string[] = [];
    const api = installCommands(target, { open: () => calls.push('open'), locale: (l: string) => calls.push(`locale:${l}`), close: () => calls.push('close') });
    expect(calls).toEqual(['locale:de', 'open']);
    expect(target.Parley).toBe(api);
    expect(api.c?.tenant).toBe('demo');
    api('close');
    expect(calls).toEqual(['locale:de', 'open', 'close']);
  });

  it('returns what a command returns and warns about unknown ones', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const api = installCommands({}, { on: () => 'unsubscribe' });
    expect(api('on', 'message', () => undefined)).toBe('unsubscribe');
    expect(api('launch-rockets')).toBeUndefined();
    expect(warn).toHaveBeenCalledWith('Parley: unknown command "launch-rockets"');
    warn.mockRestore();
  });
});
