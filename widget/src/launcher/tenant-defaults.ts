/**
 * The broker's defaults from the tenant config (`<base>tenants/<tenant>.json`, served by the widget's
 * own origin so a strict `connect-src 'self'` allows it), layered under the page's own settings:
 * script-tag attributes / JS API > tenant config > built-in defaults.
 */
import { readTheme, type Theme } from './theme.ts';

export interface TenantDefaults {
  theme: Theme;
  simpleMode?: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Keeps the fields of the right type and drops the rest (no zod in the launcher chunk); applyTheme
 * checks the values themselves.
 */
export function readTenantDisplay(json: unknown): TenantDefaults | undefined {
  if (!isRecord(json) || !isRecord(json['theme'])) return undefined;
  const theme = readTheme(json['theme']);
  return typeof json['simpleMode'] === 'boolean' ? { theme, simpleMode: json['simpleMode'] } : { theme };
}

/** Fetches the tenant's defaults once; any failure (offline, 404, bad JSON) means built-in defaults. */
export async function fetchTenantDefaults(base: string, tenant: string, fetchJson: typeof fetch = fetch): Promise<TenantDefaults | undefined> {
  try {
    const res = await fetchJson(`${base}tenants/${encodeURIComponent(tenant)}.json`, { credentials: 'omit' });
    return res.ok ? readTenantDisplay(await res.json()) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Applies themes so that what the page set always wins over the tenant's defaults, whichever
 * arrives first.
 */
export function themeLayers(apply: (theme: Theme) => void) {
  const fromPage: Theme = {};
  return {
    page(theme: Theme): void {
      Object.assign(fromPage, theme);
      apply(theme);
    },
    tenant(theme: Theme): void {
      apply({ ...theme, ...fromPage });
    },
  };
}
