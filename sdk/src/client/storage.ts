/** Where the client keeps the visitor token and the outbox: `localStorage` in browsers, memory elsewhere. */
export interface ClientStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A storage that forgets everything when the process ends. */
export function memoryStorage(): ClientStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** `localStorage` when it exists and works (it throws in some privacy modes), else memory. */
export function defaultStorage(): ClientStorage {
  try {
    const storage = (globalThis as { localStorage?: ClientStorage }).localStorage;
    if (storage) {
      storage.setItem('parley:probe', '1');
      storage.removeItem('parley:probe');
      return storage;
    }
  } catch {
    // fall through to memory
  }
  return memoryStorage();
}

/** Reads a JSON value, treating anything unreadable as absent. */
export function readJson<T>(storage: ClientStorage, key: string, isValid: (value: unknown) => value is T): T | undefined {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
