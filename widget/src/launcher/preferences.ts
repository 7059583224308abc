/**
 * The customer's own widget settings, remembered per tenant in localStorage: for now whether simple
 * mode is on. Their choice wins over the broker's default.
 */
export interface Preferences {
  /** The remembered choice, or the broker's default when the customer never chose. */
  simple(fallback: boolean): boolean;
  setSimple(simple: boolean): void;
  clear(): void;
}

export function preferences(tenant: string, storage: () => Storage = () => localStorage): Preferences {
  const key = `parley:${tenant}:simple`;
  const read = () => {
    try {
      return storage().getItem(key);
    } catch {
      return null; // storage blocked (privacy settings, sandboxed iframe)
    }
  };
  const write = (value: string | null) => {
    try {
      if (value === null) storage().removeItem(key);
      else storage().setItem(key, value);
    } catch {
      // not remembered; the setting still applies to this page view
    }
  };
  return {
    simple: (fallback) => {
      const stored = read();
      return stored === null ? fallback : stored === '1';
    },
    setSimple: (simple) => write(simple ? '1' : '0'),
    clear: () => write(null),
  };
}
