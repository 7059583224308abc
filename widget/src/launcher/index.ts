/**
 * First chunk after the loader: the shadow-DOM host and the launcher button, in plain DOM (no Preact)
 * to keep every page view small. The panel chunk is imported on intent (pointer, focus, touch) and
 * opened on click. Runs `window.Parley` commands, replaying those queued before it loaded.
 */
import type { ServerMessage } from '@parley/sdk/protocol';
import { isRtl, loadMessages, locales, type Messages } from '../i18n/locales.ts';
import { followConversation, negotiateLocale } from '../i18n/negotiate.ts';
import type { LoaderConfig } from '../loader/contract.ts';
import type { PanelHandle } from '../panel/mount.tsx';
import type { BootOptions, IdentifyOptions, ParleyCommands, Theme } from './api.ts';
import { installCommands } from './commands.ts';
import { adoptCss, createHost } from './host.ts';
import css from './launcher.css?inline';
import { preferences } from './preferences.ts';
import { fetchTenantDefaults, themeLayers } from './tenant-defaults.ts';
import { applyTheme, themeFromAttributes } from './theme.ts';
import { chime, createUnread } from './unread.ts';

const ICONS =
  '<svg class="bubble" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>' +
  '<svg class="x" viewBox="0 0 24 24" aria-hidden="true"><path d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z"/></svg>';

type Listener = (...args: unknown[]) => void;

async function boot(config: LoaderConfig): Promise<void> {
  const { host, root, fresh } = createHost(css);
  if (!fresh) return;
  const attrs = config.attrs ?? {};
  // Started before the locale download so both arrive together; applied under the page's settings.
  const tenantDefaults = fetchTenantDefaults(config.base, config.tenant);
  const openKey = `parley:${config.tenant}:open`;
  const prefs = preferences(config.tenant);
  const listeners = new Map<string, Set<Listener>>();
  const emit = (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((fn) => fn(...args));
  // The page's explicit choice pins the language; otherwise the conversation may change it.
  let explicit = config.locale || undefined;
  let customerLocale: string | undefined;
  const browserLocales = () => (navigator.languages?.length ? navigator.languages : [navigator.language]);
  let locale = negotiateLocale({ explicit, browser: browserLocales() });
  let strings: Messages = await loadMessages(locale);
  let identityToken: string | undefined;
  // Whether the page chose simple mode itself (attribute or JS API); if not, the tenant's default applies.
  let simpleFromPage = 'simpleMode' in attrs;
  let simple = prefs.simple(simpleFromPage && attrs['simpleMode'] !== 'false');
  let sound = false;
  let launcherLabel: string | undefined;
  let isOpen = false;
  let panel: Promise<PanelHandle> | undefined;

  const container = document.createElement('div');
  container.id = 'parley-panel';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-controls', container.id);
  button.innerHTML = ICONS; // constant markup, no page or message data
  const labelText = document.createElement('span');
  labelText.className = 'label';
  button.append(labelText);
  root.append(container, button);

  const unread = createUnread({
    show: (count) => {
      // Drawn by CSS from the attribute: not text of the button, whose name already says the count.
      if (count > 0) button.dataset['unread'] = String(Math.min(count, 99));
      else delete button.dataset['unread'];
      label();
      emit('unread', count);
    },
    notify: () => sound && chime(),
  });

  function label(): void {
    host.dir = isRtl(locale) ? 'rtl' : 'ltr';
    host.lang = locale;
    labelText.textContent = launcherLabel ?? '';
    button.setAttribute('aria-expanded', String(isOpen));
    const name = isOpen ? strings.launcher.close : unread.count > 0 ? strings.launcher.unread.replace('{{count}}', String(unread.count)) : strings.launcher.open;
    // A visible label starts the accessible name (WCAG 2.5.3, label in name).
    button.setAttribute('aria-label', launcherLabel && !isOpen ? `${launcherLabel}, ${name}` : name);
  }

  const theme = themeLayers((next: Theme) => {
    applyTheme(host, next);
    if (next.launcherLabel !== undefined) launcherLabel = next.launcherLabel || undefined;
    label();
  });
  const setTheme = theme.page;
  setTheme(themeFromAttributes(attrs));

  // The locale last asked for: `locale` and `strings` change together once its chunk is in, so the
  // button never claims a language (lang, dir) it does not speak yet, and a slower earlier request
  // cannot overwrite a later one.
  let wanted = locale;
  async function switchLocale(next: string): Promise<void> {
    if (next === wanted) return;
    wanted = next;
    const loaded = await loadMessages(next);
    if (next !== wanted) return;
    locale = next;
    strings = loaded;
    label();
    await (await panel?.catch(() => undefined))?.setLocale(locale);
  }

  const onMessage = (message: ServerMessage) => {
    if (message.author.kind === 'customer') return;
    unread.arrived(isOpen);
    // The customer writes in another language than the UI's: follow them (unless the page pinned it).
    const next = message.author.kind === 'bot' ? followConversation(locale, message.meta?.language, explicit !== undefined) : undefined;
    if (next) void switchLocale(next);
  };

  const setSimple = (next: boolean) => {
    simple = next;
    void panel?.then((handle) => handle.setSimple(next), () => undefined);
  };

  const load = (): Promise<PanelHandle> =>
    (panel ??= import('../panel/mount.tsx')
      .then(({ mountPanel }) =>
        mountPanel({
          adopt: (sheet) => adoptCss(root, sheet),
          container,
          config,
          i18n: { locale, supported: locales, load: loadMessages },
          identityToken,
          onClose: () => void setOpen(false, true),
          emit: (event, ...args) => {
            if (event === 'message') onMessage(args[0] as ServerMessage);
            emit(event, ...args);
          },
          simple,
          onSimpleChange: (next) => {
            prefs.setSimple(next);
            setSimple(next);
          },
        }),
      )
      .catch((error: unknown) => {
        panel = undefined; // a failed download may succeed on the next intent
        throw error;
      }));

  async function setOpen(next: boolean, moveFocus: boolean): Promise<void> {
    if (next === isOpen) return;
    isOpen = next;
    if (next) unread.seen();
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
  document.addEventListener('visibilitychange', () => !document.hidden && isOpen && unread.seen());

  const setLocale = async (requested: string) => {
    explicit = requested;
    await switchLocale(negotiateLocale({ explicit, customer: customerLocale, browser: browserLocales() }));
  };
  const commands: ParleyCommands = {
    boot: (options: BootOptions = {}) => {
      if (options.theme) setTheme(options.theme);
      if (options.identityToken) identityToken = options.identityToken;
      if (options.sound !== undefined) sound = options.sound;
      if (options.simpleMode !== undefined) {
        simpleFromPage = true;
        setSimple(prefs.simple(options.simpleMode));
      }
      if (options.locale) void setLocale(options.locale);
    },
    /** Before the panel connects: the signed token, and the customer's language if the page set none. */
    identify: (token: string, options: IdentifyOptions = {}) => {
      identityToken = token;
      customerLocale = options.locale;
      if (!explicit && customerLocale) void switchLocale(negotiateLocale({ customer: customerLocale, browser: browserLocales() }));
    },
    open: () => setOpen(true, true),
    close: () => setOpen(false, false),
    toggle: () => setOpen(!isOpen, true),
    setLocale,
    setTheme,
    setSimpleMode: (next: boolean) => {
      simpleFromPage = true;
      setSimple(next);
    },
    on: (event, fn) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set.add(fn as Listener));
      return () => set.delete(fn as Listener);
    },
    shutdown: async () => {
      await setOpen(false, false);
      const handle = await panel?.catch(() => undefined);
      panel = undefined;
      handle?.shutdown();
      unread.seen();
      prefs.clear();
      identityToken = undefined;
    },
  };
  // `locale` is the command's name from before `setLocale`; kept for pages that use it.
  installCommands(window, { ...commands, locale: setLocale });
  void tenantDefaults.then((defaults) => {
    if (!defaults) return;
    theme.tenant(defaults.theme);
    if (!simpleFromPage && defaults.simpleMode !== undefined) setSimple(prefs.simple(defaults.simpleMode));
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
