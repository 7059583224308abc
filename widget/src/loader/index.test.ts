import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Replaced at build time by the launcher's hashed file name.
(globalThis as { __PARLEY_LAUNCHER__?: string }).__PARLEY_LAUNCHER__ = 'assets/launcher-abc123.js';

function scriptTag(attributes: Record<string, string>): HTMLScriptElement {
  const tag = document.createElement('script');
  // Not `src`: the test environment would fetch it. The loader only reads the attributes.
  for (const [name, value] of Object.entries(attributes)) tag.setAttribute(name, value);
  Object.defineProperty(tag, 'src', { value: attributes['data-src'] });
  document.body.append(tag);
  return tag;
}

async function runLoader(tag: HTMLScriptElement) {
  vi.spyOn(document, 'currentScript', 'get').mockReturnValue(tag);
  vi.resetModules();
  await import('./index.ts');
}

beforeEach(() => {
  delete window.Parley;
  document.head.querySelectorAll('script').forEach((s) => s.remove());
});
afterEach(() => vi.restoreAllMocks());

const injected = () => document.head.querySelector<HTMLScriptElement>('script[type="module"]');

describe('loader', () => {
  it('reads its settings from its own tag and injects the launcher module next to itself', async () => {
    await runLoader(scriptTag({ 'data-src': 'https://chat.example.com/widget/parley.js', 'data-tenant': 'demo', 'data-locale': 'th' }));
    expect(window.Parley?.c).toMatchObject({
      tenant: 'demo',
      locale: 'th',
      url: 'https://chat.example.com',
      base: 'https://chat.example.com/widget/',
    });
    expect(window.Parley?.c?.nonce).toBeFalsy();
    expect(injected()?.getAttribute('src')).toBe('https://chat.example.com/widget/assets/launcher-abc123.js');
    expect(injected()?.nonce).toBeFalsy();
  });

  it('queues calls made before the launcher loads', async () => {
    await runLoader(scriptTag({ 'data-src': 'https://chat.example.com/widget/parley.js', 'data-tenant': 'demo' }));
    window.Parley?.('open');
    window.Parley?.('locale', 'de');
    expect(window.Parley?.q?.map((call) => Array.from(call))).toEqual([['open'], ['locale', 'de']]);
  });

  it('keeps a stub the page defined first, with its queue', async () => {
    const stub = function (...args: unknown[]) {
      (stub.q = stub.q ?? []).push(args);
    } as NonNullable<Window['Parley']>;
    window.Parley = stub;
    stub('identify', 'token-1');
    await runLoader(scriptTag({ 'data-src': 'https://chat.example.com/widget/parley.js', 'data-tenant': 'demo' }));
    expect(window.Parley).toBe(stub);
    expect(stub.q).toEqual([['identify', 'token-1']]);
    expect(injected()).not.toBeNull();
  });

  it('passes the CSP nonce to the module script', async () => {
    await runLoader(scriptTag({ 'data-src': 'https://cdn.example/parley.js', 'data-tenant': 'demo', 'data-nonce': 'r4nd0m' }));
    expect(injected()?.nonce).toBe('r4nd0m');
  });

  it('loads the launcher only once when the tag appears twice', async () => {
    const tag = scriptTag({ 'data-src': 'https://chat.example.com/widget/parley.js', 'data-tenant': 'demo' });
    await runLoader(tag);
    await runLoader(tag);
    expect(document.head.querySelectorAll('script[type="module"]')).toHaveLength(1);
  });
});
