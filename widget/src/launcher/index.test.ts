import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { loadMessages } from '../i18n/locales.ts';
import { HOST_TAG } from './host.ts';

// This broker has no tenant config (the server answers 404), so only the page's settings apply.
beforeAll(() => vi.stubGlobal('fetch', () => Promise.resolve(new Response(null, { status: 404 }))));
afterAll(() => {
  document.querySelector(HOST_TAG)?.remove();
  vi.unstubAllGlobals();
});

it('switches lang, dir and the button label together, once the new language has loaded', async () => {
  const [en, ar] = await Promise.all([loadMessages('en'), loadMessages('ar')]);
  // What the loader leaves behind for the launcher chunk.
  window.Parley = Object.assign(() => undefined, { c: { tenant: 'demo', locale: 'en', url: 'https://chat.example', base: 'https://chat.example/widget/' } });
  await import('./index.ts');
  const host = document.querySelector<HTMLElement>(HOST_TAG)!;
  const launcher = () => host.shadowRoot!.querySelector('button.launcher');
  await vi.waitFor(() => expect(launcher()?.getAttribute('aria-label')).toBe(en.launcher.open));
  const button = launcher()!;
  const shown = () => [host.lang, host.dir, button.getAttribute('aria-label')];

  const switched = window.Parley!('setLocale', 'ar');
  // Anything that redraws the button while Arabic is still loading (here a theme change, on a live
  // page the tenant's defaults arriving) keeps it wholly English.
  window.Parley!('setTheme', { brandColor: '#0b5cff' });
  expect(shown()).toEqual(['en', 'ltr', en.launcher.open]);

  await switched;
  expect(shown()).toEqual(['ar', 'rtl', ar.launcher.open]);
});
