/**
 * Broker theming on the host element: brand colour (with a text colour chosen for contrast), side,
 * distance from the corner, stacking order and light/dark. Set through CSS custom properties and
 * data attributes with CSSOM calls, which a strict CSP allows; the shadow CSS reads them.
 */

export interface Theme {
  /** `#rrggbb`. */
  brandColor?: string;
  position?: 'left' | 'right';
  /** Pixels from the page corner. */
  offset?: number;
  zIndex?: number;
  /** Visible text beside the launcher icon. */
  launcherLabel?: string;
  /** `auto` follows prefers-color-scheme. */
  colorScheme?: 'auto' | 'light' | 'dark';
}

const HEX = /^#[0-9a-f]{6}$/i;
const SIDES: readonly unknown[] = ['left', 'right'];
const SCHEMES: readonly unknown[] = ['auto', 'light', 'dark'];
/** The widget's dark text colour, also used on light brand colours. */
export const DARK_TEXT = '#1b1f24';

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * WCAG 2.1 contrast ratio of two `#rrggbb` colours (1 … 21).
 * @example contrastRatio('#ffffff', '#000000') // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * White or the dark text colour, whichever reads better on `background`.
 * @example textOn('#ffd400') // '#1b1f24'
 */
export function textOn(background: string): string {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, DARK_TEXT) ? '#ffffff' : DARK_TEXT;
}

/**
 * The brand colour and its text colour, both used where text sits on the brand colour (header,
 * launcher, the customer's bubbles). A mid-tone that reaches 4.5:1 with neither white nor dark text
 * is darkened just enough for white text to reach it.
 * @example accentPair('#e91e63') // { accent: '#d81b5c'-ish, text: '#ffffff' }
 */
export function accentPair(brand: string): { accent: string; text: string } {
  let accent = brand.toLowerCase();
  for (let step = 0; step < 20; step++) {
    const text = textOn(accent);
    if (contrastRatio(accent, text) >= 4.5) return { accent, text };
    const darker = [1, 3, 5].map((i) => Math.round(parseInt(accent.slice(i, i + 2), 16) * 0.95));
    accent = `#${darker.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  }
  return { accent, text: '#ffffff' };
}

/** Applies the valid parts of `theme` to the host; invalid values are ignored with a warning. */
export function applyTheme(host: HTMLElement, theme: Theme): void {
  const set = (name: string, value: string) => host.style.setProperty(name, value);
  if (theme.brandColor !== undefined) {
    if (HEX.test(theme.brandColor)) {
      const { accent, text } = accentPair(theme.brandColor);
      set('--parley-accent', accent);
      set('--parley-on-accent', text);
    } else console.warn('Parley: brandColor must look like #0b5cad');
  }
  if (theme.position && SIDES.includes(theme.position)) host.dataset['position'] = theme.position;
  if (typeof theme.offset === 'number' && theme.offset >= 0 && theme.offset <= 200) set('--parley-offset', `${theme.offset}px`);
  if (Number.isInteger(theme.zIndex)) set('--parley-z', String(theme.zIndex));
  if (theme.colorScheme && SCHEMES.includes(theme.colorScheme)) host.dataset['scheme'] = theme.colorScheme;
}

/**
 * The fields of an untrusted theme (tenant config, script-tag attributes) that have the right type;
 * `applyTheme` checks their values.
 */
export function readTheme(raw: Partial<Record<keyof Theme, unknown>>): Theme {
  const { brandColor, position, offset, zIndex, launcherLabel, colorScheme } = raw;
  const theme: Theme = {};
  if (typeof brandColor === 'string' && brandColor) theme.brandColor = brandColor;
  if (SIDES.includes(position)) theme.position = position as Theme['position'];
  if (typeof offset === 'number') theme.offset = offset;
  if (typeof zIndex === 'number') theme.zIndex = zIndex;
  if (typeof launcherLabel === 'string' && launcherLabel) theme.launcherLabel = launcherLabel;
  if (SCHEMES.includes(colorScheme)) theme.colorScheme = colorScheme as Theme['colorScheme'];
  return theme;
}

/** Reads a theme from the script tag's data attributes (`data-brand-color`, `data-position`, …). */
export function themeFromAttributes(attrs: Record<string, string | undefined>): Theme {
  const number = (value: string | undefined) => (value ? Number(value) : undefined);
  return readTheme({ ...attrs, offset: number(attrs['offset']), zIndex: number(attrs['zIndex']) });
}
