import { baseTokens, type TokenName, type TokenValues } from './tokens.js';

export const THEME_NAMES = ['default', 'contraste-eleve', 'sombre', 'association'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export interface ThemeDefinition {
  name: string;
  /** French label shown to people choosing a theme. */
  label: string;
  /** Theme whose values are used for tokens this one does not set (default: `default`). */
  extends?: ThemeName;
  overrides: Partial<Record<TokenName, string>>;
}

/** The shipped themes. Each is a small set of overrides on the defaults. */
export const themes: Record<ThemeName, ThemeDefinition> = {
  default: { name: 'default', label: 'Par défaut', overrides: {} },
  'contraste-eleve': {
    name: 'contraste-eleve',
    label: 'Contraste élevé',
    overrides: {
      'color-text': '#000000',
      'color-text-muted': '#1f1f1f',
      'color-surface': '#ffffff',
      'color-border': '#000000',
      'color-border-subtle': '#000000',
      'color-action': '#00405c',
      'color-action-hover': '#000000',
      'color-focus': '#000000',
      'color-error': '#8c0000',
      'color-error-surface': '#ffffff',
      'color-success': '#004d1a',
      'color-success-surface': '#ffffff',
      'color-warning': '#5c3300',
      'color-warning-surface': '#ffffff',
      'color-info': '#002b66',
      'color-info-surface': '#ffffff',
      'color-disabled-text': '#333333',
      'color-disabled-surface': '#e6e6e6',
      'border-width': '0.1875em',
      'focus-width': '0.25em',
    },
  },
  sombre: {
    name: 'sombre',
    label: 'Sombre',
    overrides: {
      'color-text': '#eef1f5',
      'color-text-muted': '#b8c1cc',
      'color-background': '#14181f',
      'color-surface': '#1f2630',
      'color-border': '#8a96a6',
      'color-border-subtle': '#3d4756',
      'color-action': '#6fd3c9',
      'color-action-hover': '#9be3dc',
      'color-on-action': '#0b1a1a',
      'color-focus': '#ffb86b',
      'color-error': '#ff9b91',
      'color-error-surface': '#3a1a18',
      'color-success': '#7bd99a',
      'color-success-surface': '#14301f',
      'color-warning': '#ffc857',
      'color-warning-surface': '#352810',
      'color-info': '#9cc2ff',
      'color-info-surface': '#15243d',
      'color-disabled-text': '#a3adba',
      'color-disabled-surface': '#262d38',
      inset: '1.5em',
    },
  },
  association: {
    name: 'association',
    label: 'Association (exemple)',
    overrides: {
      'color-action': '#6b2c91',
      'color-action-hover': '#521f70',
      'color-surface': '#f6f0fa',
      'color-focus': '#b3006b',
      'color-border-subtle': '#d9c8e6',
      radius: '1em',
      'radius-large': '1.25em',
      'font-family-heading': '"Trebuchet MS", "Segoe UI", sans-serif',
    },
  },
};

export function isThemeName(name: string): name is ThemeName {
  return (THEME_NAMES as readonly string[]).includes(name);
}

/** Full token values of a theme: defaults, then the parent theme, then its own overrides. */
export function resolveTheme(theme: ThemeDefinition | string): TokenValues {
  const def = typeof theme === 'string' ? themes[isThemeName(theme) ? theme : 'default'] : theme;
  const parent = def.extends && def.extends !== def.name ? themes[def.extends].overrides : {};
  return { ...baseTokens, ...parent, ...def.overrides } as TokenValues;
}
