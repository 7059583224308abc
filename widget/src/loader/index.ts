/**
 * The script tag brokers paste. Dependency-free and tiny (budget: 0.5 KB gzip): it defines
 * `window.Parley(command, ...args)` with a queue, reads its settings from its own tag, and injects
 * the launcher module. The launcher replays the queue, so calls made before it loads are kept.
 *
 *   <script async src="https://chat.example.com/widget/parley.js" data-tenant="demo" data-locale="en"></script>
 */
import type { ParleyGlobal } from './contract.ts';

declare const __PARLEY_LAUNCHER__: string;

const w = window;
const d = document;
// `currentScript` is set for classic scripts, async ones included; the selector covers odd embeds.
const tag = (d.currentScript ?? d.querySelector('script[src*="parley.js"]')) as HTMLScriptElement | null;
// Keep a stub the page defined before us (and its queue), else define our own.
const parley: ParleyGlobal =
  w.Parley ??
  (w.Parley = function () {
    // eslint-disable-next-line prefer-rest-params
    (parley.q = parley.q ?? []).push(arguments);
  } as ParleyGlobal);

if (tag && !parley.c) {
  const data = tag.dataset;
  const src = tag.src;
  const base = src.slice(0, src.lastIndexOf('/') + 1);
  const nonce = data.nonce || tag.nonce;
  parley.c = {
    tenant: data.tenant ?? '',
    locale: data.locale,
    url: data.server ?? new URL(src).origin,
    base,
    nonce,
    attrs: { ...data },
  };
  const module = d.createElement('script');
  module.type = 'module';
  module.src = base + __PARLEY_LAUNCHER__;
  if (nonce) module.nonce = nonce;
  d.head.appendChild(module);
}
