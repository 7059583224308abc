import { afterEach, describe, expect, it } from 'vitest';
import { createHost, HOST_TAG } from './host.ts';

afterEach(() => document.querySelectorAll(HOST_TAG).forEach((el) => el.remove()));

describe('createHost', () => {
  it('adds one custom element with an open shadow root styled by a constructed sheet', () => {
    const { host, root, fresh } = createHost(':host { display: block !important }');
    expect(fresh).toBe(true);
    expect(host.tagName.toLowerCase()).toBe('parley-chat');
    expect(host.shadowRoot).toBe(root);
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(root.querySelector('style')).toBeNull(); // no inline <style>: fine under a strict CSP
  });

  it('reuses the existing host when the launcher runs twice', () => {
    const first = createHost('');
    const second = createHost('');
    expect(second.fresh).toBe(false);
    expect(second.host).toBe(first.host);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });
});
