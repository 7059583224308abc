import type { ParleyGlobal } from '../loader/contract.ts';

export type CommandHandlers = Record<string, (...args: never[]) => unknown>;

/**
 * Swaps the loader's queueing `window.Parley` for one that runs commands, then replays what the page
 * queued before the widget loaded, in order. The loader's settings (`c`) stay readable.
 */
export function installCommands(target: { Parley?: ParleyGlobal }, handlers: CommandHandlers): ParleyGlobal {
  const previous = target.Parley;
  const run = ((name: string, ...args: unknown[]) => {
    const handler = handlers[name] as ((...args: unknown[]) => unknown) | undefined;
    if (handler) return handler(...args);
    console.warn(`Parley: unknown command "${name}"`);
    return undefined;
  }) as ParleyGlobal;
  run.c = previous?.c;
  target.Parley = run;
  for (const call of previous?.q ?? []) {
    const [name, ...args] = Array.from(call);
    if (typeof name === 'string') run(name, ...args);
  }
  return run;
}
