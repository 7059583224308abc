import { describe, expect, it } from 'vitest';
import { accentPair, applyTheme, contrastRatio, DARK_TEXT, textOn, themeFromAttributes } from './theme.ts';

describe('theme', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
    expect(contrastRatio('#0b57d0', '#ffffff')).toBeGreaterThan(4.5);
  });

  it.each(['#0b57d0', '#ffd400', '#00c853', '#1b1f24', '#e91e63', '#9e9e9e', '#ffffff', '#ff5722'])('reaches 4.5:1 for text on %s', (brand) => {
    const text = textOn(brand);
    const other = text === '#ffffff' ? DARK_TEXT : '#ffffff';
    expect(contrastRatio(brand, text)).toBeGreaterThanOrEqual(contrastRatio(brand, other));
    const pair = accentPair(brand);
    expect(contrastRatio(pair.accent, pair.text)).toBeGreaterThanOrEqual(4.5);
    // Kept as given whenever that already reads well.
    if (contrastRatio(brand, text) >= 4.5) expect(pair.accent).toBe(brand);
  });

  it('applies colours, side, offset, stacking and scheme to the host; ignores bad colours', () => {
    const host = document.createElement('div');
    applyTheme(host, { brandColor: '#ffd400', position: 'left', offset: 32, zIndex: 10, colorScheme: 'dark' });
    expect(host.style.getPropertyValue('--parley-accent')).toBe('#ffd400');
    expect(host.style.getPropertyValue('--parley-on-accent')).toBe(DARK_TEXT);
    expect(host.style.getPropertyValue('--parley-offset')).toBe('32px');
    expect(host.style.getPropertyValue('--parley-z')).toBe('10');
    expect(host.dataset['position']).toBe('left');
    expect(host.dataset['scheme']).toBe('dark');
    applyTheme(host, { brandColor: 'red;background:url(x)' });
    expect(host.style.getPropertyValue('--parley-accent')).toBe('#ffd400');
  });

  it('reads a theme from the script tag attributes', () => {
    expect(themeFromAttributes({ brandColor: '#112233', position: 'left', offset: '8', launcherLabel: 'Help', colorScheme: 'light', tenant: 'demo' })).toEqual({
      brandColor: '#112233',
      position: 'left',
      offset: 8,
      launcherLabel: 'Help',
      colorScheme: 'light',
    });
  });
});
