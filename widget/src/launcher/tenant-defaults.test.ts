import { describe, expect, it, vi } from 'vitest';
import { fetchTenantDefaults, readTenantDisplay, themeLayers } from './tenant-defaults.ts';
import { accentPair, applyTheme, themeFromAttributes } from './theme.ts';

const TENANT_JSON = {
  name: 'Acme Brokers',
  theme: { brandColor: '#c2185b', position: 'left', offset: 32, zIndex: 1000, launcherLabel: 'Help', colorScheme: 'dark' },
  simpleMode: true,
};

const response = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('readTenantDisplay', () => {
  it('keeps every display field of the right type', () => {
    expect(readTenantDisplay(TENANT_JSON)).toEqual({ theme: TENANT_JSON.theme, simpleMode: true });
  });

  it('drops fields of the wrong type and rejects non-objects', () => {
    expect(readTenantDisplay({ theme: { brandColor: 5, position: 'top', offset: '3', colorScheme: 'sepia' }, simpleMode: 'yes' })).toEqual({ theme: {} });
    expect(readTenantDisplay(null)).toBeUndefined();
    expect(readTenantDisplay({ error: { code: 'unknown_tenant' } })).toBeUndefined();
  });
});

describe('fetchTenantDefaults', () => {
  it('asks the widget folder it was loaded from, without cookies', async () => {
    const fetchJson = vi.fn<typeof fetch>(async () => response(200, TENANT_JSON));
    const defaults = await fetchTenantDefaults('https://chat.example.com/widget/', 'acme', fetchJson);
    expect(fetchJson).toHaveBeenCalledWith('https://chat.example.com/widget/tenants/acme.json', { credentials: 'omit' });
    expect(defaults?.theme.brandColor).toBe('#c2185b');
  });

  it('falls back to built-in defaults on a 404 or a network error', async () => {
    await expect(fetchTenantDefaults('/widget/', 'nobody', async () => response(404, { error: { code: 'unknown_tenant' } }))).resolves.toBeUndefined();
    await expect(fetchTenantDefaults('/widget/', 'acme', () => Promise.reject(new TypeError('offline')))).resolves.toBeUndefined();
  });
});

describe('themeLayers', () => {
  const setup = () => {
    const host = document.createElement('div');
    return { host, layers: themeLayers((theme) => applyTheme(host, theme)) };
  };
  const accent = (host: HTMLElement) => host.style.getPropertyValue('--parley-accent');

  it("applies the tenant's brand colour when the page sets none", () => {
    const { host, layers } = setup();
    layers.page(themeFromAttributes({ tenant: 'acme' }));
    layers.tenant({ brandColor: '#c2185b', position: 'left' });
    expect(accent(host)).toBe(accentPair('#c2185b').accent);
    expect(host.dataset['position']).toBe('left');
  });

  it("keeps the page's data attribute over the tenant's colour, whichever arrives first", () => {
    const late = setup();
    late.layers.page(themeFromAttributes({ brandColor: '#00796b' }));
    late.layers.tenant({ brandColor: '#c2185b', position: 'left' });
    expect(accent(late.host)).toBe(accentPair('#00796b').accent);
    expect(late.host.dataset['position']).toBe('left'); // fields the page left out still come from the tenant

    const early = setup();
    early.layers.tenant({ brandColor: '#c2185b' });
    early.layers.page({ brandColor: '#00796b' });
    expect(accent(early.host)).toBe(accentPair('#00796b').accent);
  });
});
