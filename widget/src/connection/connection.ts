import { ParleyClient } from '@parley/sdk/client';
import type { LoaderConfig } from '../loader/contract.ts';

/** The part of the SDK client the panel uses (tests pass a stand-in with the same shape). */
export type ChatClient = Pick<ParleyClient, 'snapshot' | 'on' | 'send' | 'setTyping' | 'requestPerson' | 'sendOfflineMessage' | 'rate'>;

export interface ConnectOptions {
  config: LoaderConfig;
  locale: string;
  identityToken?: string | undefined;
  win?: Window;
}

/**
 * Creates the one SDK client for this page and connects it. The client reconnects by itself; here we
 * only close the socket when the page goes into the back/forward cache and reopen it when it returns.
 */
export function connect({ config, locale, identityToken, win = window }: ConnectOptions): ParleyClient {
  const client = new ParleyClient({ url: config.url, tenant: config.tenant, locale, ...(identityToken ? { identityToken } : {}) });
  // Failures show up in the snapshot (status, lastError), which the panel renders.
  const open = () => void client.connect().catch(() => undefined);
  win.addEventListener('pagehide', (event) => event.persisted && client.close());
  win.addEventListener('pageshow', (event) => event.persisted && open());
  open();
  return client;
}
