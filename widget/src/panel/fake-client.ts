/** A stand-in for the SDK client in component tests: the same surface, driven by the test. */
import type { ClientSnapshot } from '@parley/sdk/client';
import type { ServerMessage } from '@parley/sdk/protocol';
import type { ChatClient } from '../connection/connection.ts';
import { createI18n } from '../i18n/index.ts';
import { loadMessages, locales } from '../i18n/locales.ts';
import type { Translate } from './types.ts';

type Listener = (value: never) => void;

export class FakeClient implements ChatClient {
  #snapshot: ClientSnapshot = { status: 'connecting', messages: [], pending: [], typing: false };
  readonly #listeners = { change: new Set<Listener>(), message: new Set<Listener>(), error: new Set<Listener>() };
  readonly sent: string[] = [];
  readonly typing: boolean[] = [];

  snapshot(): ClientSnapshot {
    return this.#snapshot;
  }

  on: ChatClient['on'] = (event, listener) => {
    this.#listeners[event].add(listener as Listener);
    return () => this.#listeners[event].delete(listener as Listener);
  };

  send: ChatClient['send'] = (text) => {
    this.sent.push(text);
    return new Promise(() => undefined); // acknowledged by the test through `update`, if at all
  };

  setTyping(typing: boolean): void {
    this.typing.push(typing);
  }

  /** How often the customer asked for a person; the state moves to 'queued' like the server's ack. */
  personRequests = 0;
  requestPerson: ChatClient['requestPerson'] = () => {
    this.personRequests += 1;
    this.update({ state: 'queued' });
    return Promise.resolve('queued');
  };

  /** Offline messages and ratings the panel sent; each resolves (or rejects) as `reply` says. */
  readonly offlineMessages: { text: string; contact: string | undefined }[] = [];
  readonly ratings: { score: number; comment: string | undefined }[] = [];
  reply: 'ok' | 'error' = 'ok';
  sendOfflineMessage: ChatClient['sendOfflineMessage'] = (text, contact) => {
    this.offlineMessages.push({ text, contact });
    return this.reply === 'ok' ? Promise.resolve({ ok: true, seq: 7 }) : Promise.reject(new Error('refused'));
  };
  rate: ChatClient['rate'] = (score, comment) => {
    this.ratings.push({ score, comment });
    return this.reply === 'ok' ? Promise.resolve({ ok: true, duplicate: false }) : Promise.reject(new Error('refused'));
  };

  /** Applies a change as the real client would and notifies listeners. */
  update(patch: Partial<ClientSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const listener of this.#listeners.change) (listener as (s: ClientSnapshot) => void)(this.#snapshot);
  }
}

let seq = 0;
/** A stored message with sensible defaults. */
export function message(patch: Partial<ServerMessage> & Pick<ServerMessage, 'text'>): ServerMessage {
  seq += 1;
  return { id: `m${seq}`, conversationId: 'c1', seq, author: { kind: 'bot' }, at: '2026-01-05T10:00:00.000Z', ...patch };
}

/** The real translator with a shipped locale. */
export async function translator(locale = 'en'): Promise<Translate> {
  const i18n = await createI18n({ locale, supported: locales, load: loadMessages });
  return (key, options) => i18n.t(key, options);
}
