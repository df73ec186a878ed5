// Semantic ("decision") tokens of Passerelle. Sizes are in em so a host's `html { font-size: 62.5% }` cannot
// shrink the widgets; the font family defaults to `inherit` so a widget blends with the host site.

export const TOKEN_PREFIX = '--passerelle-';

/** Default values. Every theme is a small set of overrides on top of these. */
export const baseTokens = {
  // Colours: text and surfaces
  'color-text': '#1d2433',
  'color-text-muted': '#4a5568',
  'color-background': '#ffffff',
  'color-surface': '#eef4f3',
  'color-border': '#6b7280',
  'color-border-subtle': '#c9d3d6',
  // Colours: action (buttons, links, selected controls)
  'color-action': '#0b6e69',
  'color-action-hover': '#085550',
  'color-on-action': '#ffffff',
  'color-focus': '#c2410c',
  // Colours: feedback. Each message colour is checked on the page background and on its own surface.
  'color-error': '#b42318',
  'color-error-surface': '#fdecea',
  'color-success': '#1b6b3a',
  'color-success-surface': '#e8f5ec',
  'color-warning': '#8a4b00',
  'color-warning-surface': '#fff4e0',
  'color-info': '#1d4f91',
  'color-info-surface': '#e8f0fb',
  'color-disabled-text': '#5a6472',
  'color-disabled-surface': '#eceff3',
  // Typography
  'font-family': 'inherit',
  'font-family-heading': 'inherit',
  // Floor of 16px: hosts with html { font-size: 62.5% } that forget a body size would shrink text to 10px.
  'font-size': 'max(1em, 16px)',
  'font-size-sm': '0.875em',
  'font-size-lg': '1.25em',
  'font-size-xl': '1.5em',
  'font-weight-normal': '400',
  'font-weight-bold': '700',
  'line-height': '1.5',
  'line-height-heading': '1.25',
  // Spacing scale
  'space-1': '0.25em',
  'space-2': '0.5em',
  'space-3': '0.75em',
  'space-4': '1em',
  'space-5': '1.5em',
  'space-6': '2em',
  // Inner space of the widget's own box: 0 when it shares the page's background; a theme whose background
  // differs from the host page (sombre) sets it, or text would touch the edge of the dark box.
  inset: '0',
  // Shapes
  radius: '0.375em',
  'radius-large': '0.75em',
  'border-width': '0.125em',
  // Focus ring: at least 2 CSS px thick and 3:1 against the background (WCAG 2.4.7 / 1.4.11).
  'focus-width': '0.1875em',
  'focus-offset': '0.125em',
  // Minimum pointer target: 44 px at 16 px text (WCAG 2.5.5), kept in em.
  'target-size': '2.75em',
  // Motion. Blocks also drop transitions under prefers-reduced-motion.
  'motion-duration': '150ms',
  'motion-easing': 'cubic-bezier(0.2, 0, 0, 1)',
} as const;

export type TokenName = keyof typeof baseTokens;
export type TokenValues = Record<TokenName, string>;

export const TOKEN_NAMES = Object.keys(baseTokens) as TokenName[];

export const COLOR_TOKEN_NAMES = TOKEN_NAMES.filter((n) => n.startsWith('color-'));

export function isTokenName(name: string): name is TokenName {
  return Object.hasOwn(baseTokens, name);
}

/** `color-action` -> `--passerelle-color-action`. */
export function cssVar(name: TokenName): string {
  return `${TOKEN_PREFIX}${name}`;
}
