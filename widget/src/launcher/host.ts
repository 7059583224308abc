/**
 * The widget's box on the host page: a custom element with an open shadow root. Styles go in through
 * constructable stylesheets, which a strict CSP (no 'unsafe-inline') allows and page CSS cannot reach.
 */

/** Tag name of the host element; not a `div`, so page rules on `div` never match it. */
export const HOST_TAG = 'parley-chat';

/** Adds CSS text to a shadow root as a constructed sheet (with a `<style>` fallback for old browsers). */
export function adoptCss(root: ShadowRoot, css: string): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}

/** Creates (or finds, if the launcher ran twice) the host element and its shadow root. */
export function createHost(css: string, doc: Document = document): { host: HTMLElement; root: ShadowRoot; fresh: boolean } {
  const existing = doc.querySelector<HTMLElement>(HOST_TAG);
  if (existing?.shadowRoot) return { host: existing, root: existing.shadowRoot, fresh: false };
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  adoptCss(root, css);
  (doc.body ?? doc.documentElement).appendChild(host);
  return { host, root, fresh: true };
}
