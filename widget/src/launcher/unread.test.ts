import { describe, expect, it } from 'vitest';
import { preferences } from './preferences.ts';
import { createUnread } from './unread.ts';

describe('unread replies', () => {
  it('counts replies while the panel is closed, on the badge and in the title, and clears when seen', () => {
    document.title = 'Help Centre';
    const shown: number[] = [];
    let chimes = 0;
    const unread = createUnread({ show: (n) => shown.push(n), notify: () => (chimes += 1) });
    unread.arrived(true); // panel open and visible: seen already
    unread.arrived(false);
    unread.arrived(false);
    expect(shown).toEqual([1, 2]);
    expect(document.title).toBe('(2) Help Centre');
    expect(chimes).toBe(2);
    unread.seen();
    expect(shown).toEqual([1, 2, 0]);
    expect(document.title).toBe('Help Centre');
  });

  it('counts replies in an open panel while the tab is hidden', () => {
    const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden');
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      const shown: number[] = [];
      const unread = createUnread({ show: (n) => shown.push(n) });
      unread.arrived(true);
      expect(shown).toEqual([1]);
      unread.seen();
    } finally {
      delete (document as { hidden?: boolean }).hidden;
      if (hidden) expect(document.hidden).toBe(false);
    }
  });
});

describe('preferences', () => {
  it("remembers the customer's simple-mode choice over the broker's default, per tenant", () => {
    const a = preferences('acme');
    a.clear();
    expect(a.simple(true)).toBe(true);
    a.setSimple(false);
    expect(a.simple(true)).toBe(false);
    expect(preferences('other').simple(false)).toBe(false);
    a.clear();
    expect(a.simple(false)).toBe(false);
  });

  it('still works when storage is blocked', () => {
    const blocked = preferences('acme', () => {
      throw new Error('SecurityError');
    });
    blocked.setSimple(true);
    expect(blocked.simple(true)).toBe(true);
  });
});
