/**
 * First chunk after the loader: the shadow-DOM host and the launcher button, in plain DOM (no Preact)
 * to keep every page view small. The panel chunk is imported on intent (pointer, focus, touch) and
 * opened on click. Runs `window.Parley` commands, replaying those queued before it loaded.
 */
import { isRtl, loadMessages, locales, resolveLocale, type Messages } from '../i18n/locales.ts';
import type { LoaderConfig } from '../loader/contract.ts';
import type { PanelHandle } from '../panel/mount.tsx';
import { installCommands } from './commands.ts';
import { adoptCss, createHost } from './host.ts';
import css from './launcher.css?inline';

const ICONS =
  '<svg class="bubble" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>' +
  '<svg class="x" viewBox="0 0 24 24" aria-hidden="true"><path d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z"/></svg>';

type Listener = (...args: unknown[]) => void;

async function boot(config: LoaderConfig): Promise<void> {
  const { host, root, fresh } = createHost(css);
  if (!fresh) return;
  const openKey = `parley:${config.tenant}:open`;
  const listeners = new Map<string, Set<Listener>>();
  const emit = (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((fn) => fn(...args));
  let locale = resolveLocale(config.locale);
  let strings: Messages = await loadMessages(locale);
  let identityToken: string | undefined;
  let isOpen = false;
  let panel: Promise<PanelHandle> | undefined;

  const container = document.createElement('div');
  container.id = 'parley-panel';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-controls', container.id);
  button.innerHTML = ICONS;
  root.append(container, button);

  const label = () => {
    host.dir = isRtl(locale) ? 'rtl' : 'ltr';
    host.lang = locale;
    button.setAttribute('aria-expanded', String(isOpen));
    button.setAttribute('aria-label', isOpen ? strings.launcher.close : strings.launcher.open);
  };
  label();

  const load = (): Promise<PanelHandle> =>
    (panel ??= import('../panel/mount.tsx')
      .then(({ mountPanel }) =>
        mountPanel({ adopt: (sheet) => adoptCss(root, sheet), container, config, i18n: { locale, supported: locales, load: loadMessages }, identityToken, onClose: () => void setOpen(false, true), emit }),
      )
      .catch((error: unknown) => {
        panel = undefined; // a failed download may succeed on the next intent
        throw error;
      }));

  async function setOpen(next: boolean, moveFocus: boolean): Promise<void> {
    if (next === isOpen) return;
    isOpen = next;
    label();
    try {
      sessionStorage.setItem(openKey, next ? '1' : '');
    } catch {
      // storage blocked: the panel just starts closed after a reload
    }
    if (next) {
      const handle = await load().catch(() => undefined);
      if (!handle) {
        // The panel could not be downloaded (offline?): stay closed; the next click tries again.
        isOpen = false;
        label();
        return;
      }
      if (isOpen) handle.open(moveFocus);
    } else {
      (await panel?.catch(() => undefined))?.close();
      if (moveFocus) button.focus();
    }
    emit(next ? 'open' : 'close');
  }

  const intent = () => void load().catch(() => undefined);
  for (const type of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(type, intent, { once: true, passive: true });
  button.addEventListener('click', () => void setOpen(!isOpen, true));

  installCommands(window, {
    open: () => setOpen(true, true),
    close: () => setOpen(false, false),
    toggle: () => setOpen(!isOpen, true),
    /** `Parley('locale', 'de')` */
    locale: async (requested: string) => {
      locale = resolveLocale(requested);
      strings = await loadMessages(locale);
      label();
      await (await panel?.catch(() => undefined))?.setLocale(locale);
    },
    /** `Parley('identify', signedToken)`: before the panel connects. */
    identify: (token: string) => {
      identityToken = token;
    },
    /** `Parley('on', 'message' | 'open' | 'close', fn)`; returns an unsubscribe function. */
    on: (event: string, fn: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set.add(fn));
      return () => set.delete(fn);
    },
  });

  let restore = false;
  try {
    restore = sessionStorage.getItem(openKey) === '1';
  } catch {
    // ignore
  }
  // Reopened after a reload, without taking focus away from the page.
  if (restore) await setOpen(true, false);
}

const config = window.Parley?.c;
if (config) void boot(config);
else console.error('Parley: load the widget through parley.js');
