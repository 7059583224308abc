/**
 * Entry of the lazy panel chunk: loads the locale's strings, creates the SDK client and renders
 * the panel into the launcher's shadow root.
 */
import type { ServerMessage } from '@parley/sdk/protocol';
import { render } from 'preact';
import { connect } from '../connection/connection.ts';
import { createI18n, type I18nOptions } from '../i18n/index.ts';
import type { LoaderConfig } from '../loader/contract.ts';
import { Panel } from './Panel.tsx';
import css from './panel.css?inline';
import type { Translate } from './types.ts';
import { trackViewport } from './viewport.ts';

export interface MountOptions {
  /** Adds a stylesheet to the launcher's shadow root. */
  adopt: (css: string) => void;
  container: HTMLElement;
  config: LoaderConfig;
  /** Resolved locale plus the launcher's chunk loader. */
  i18n: I18nOptions;
  identityToken?: string | undefined;
  onClose: () => void;
  /** Relays widget events to `Parley('on', …)` listeners. */
  emit: (event: string, ...args: unknown[]) => void;
  simple: boolean;
  /** The customer switched simple mode (the launcher remembers it). */
  onSimpleChange: (simple: boolean) => void;
}

export interface PanelHandle {
  open(focus: boolean): void;
  close(): void;
  setLocale(locale: string): Promise<void>;
  setSimple(simple: boolean): void;
  /** Ends this browser's conversation: forgets the visitor and unsent messages, disconnects, unmounts. */
  shutdown(): void;
}

export async function mountPanel(options: MountOptions): Promise<PanelHandle> {
  const { adopt, container, config, i18n: i18nOptions, identityToken, onClose, emit, onSimpleChange } = options;
  const i18n = await createI18n(i18nOptions);
  adopt(css);
  const client = connect({ config, locale: i18n.language, identityToken });
  client.on('message', (message: ServerMessage) => emit('message', message));
  const stopViewport = trackViewport(container);
  let open = false;
  let focusOnOpen = false;
  let simple = options.simple;
  const draw = () => {
    const t: Translate = (key, options) => i18n.t(key, options);
    const dir = i18n.dir();
    render(
      <Panel
        client={client}
        t={t}
        lang={i18n.language}
        dir={dir}
        open={open}
        focusOnOpen={focusOnOpen}
        onClose={onClose}
        simple={simple}
        onSimpleChange={onSimpleChange}
      />,
      container,
    );
  };
  draw();
  return {
    open(focus) {
      open = true;
      focusOnOpen = focus;
      draw();
    },
    close() {
      open = false;
      draw();
    },
    async setLocale(next) {
      await i18n.changeLanguage(next);
      draw();
    },
    setSimple(next) {
      simple = next;
      draw();
    },
    shutdown() {
      client.forget();
      client.close();
      stopViewport();
      render(null, container);
    },
  };
}
