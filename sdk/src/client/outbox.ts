import { readJson, type ClientStorage } from './storage.ts';

/** A message the customer wrote that the server has not acknowledged yet. */
export interface PendingMessage {
  clientId: string;
  text: string;
  /** ISO time the customer pressed send. */
  createdAt: string;
}

function isPendingList(value: unknown): value is PendingMessage[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'object' && item !== null && typeof item.clientId === 'string' && typeof item.text === 'string')
  );
}

/**
 * Messages waiting for their acknowledgement, kept in storage so that a reload, a crash or
 * going offline never loses what the customer typed. Re-sending is safe: the server
 * de-duplicates on `clientId`.
 */
export class Outbox {
  #items: PendingMessage[];

  constructor(
    private readonly storage: ClientStorage,
    private readonly key: string,
  ) {
    this.#items = readJson(storage, key, isPendingList) ?? [];
  }

  get items(): readonly PendingMessage[] {
    return this.#items;
  }

  add(item: PendingMessage): void {
    this.#items = [...this.#items, item];
    this.#save();
  }

  remove(clientId: string): void {
    this.#items = this.#items.filter((item) => item.clientId !== clientId);
    this.#save();
  }

  clear(): void {
    this.#items = [];
    this.storage.removeItem(this.key);
  }

  #save(): void {
    try {
      this.storage.setItem(this.key, JSON.stringify(this.#items));
    } catch {
      // Storage full or blocked: the message stays in memory and is still sent.
    }
  }
}

/** A random id the server accepts as a `clientId` (URL-safe, 22 characters). */
export function newClientId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const byte of bytes) out += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[byte & 63];
  return out + Date.now().toString(36).slice(-6);
}
