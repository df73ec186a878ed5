import { contrastRatio, parseColor } from './color.js';
import { resolveTheme, type ThemeDefinition } from './themes.js';
import type { TokenName, TokenValues } from './tokens.js';

/** WCAG 2.1 thresholds: 1.4.3 (text, 4.5:1) and 1.4.11 (UI parts and focus, 3:1). */
export const REQUIRED_RATIO = { text: 4.5, ui: 3 } as const;
export type PairKind = keyof typeof REQUIRED_RATIO;

export interface ContrastPair {
  foreground: TokenName;
  background: TokenName;
  kind: PairKind;
  /** Where this pair appears, in French, for the report. */
  usage: string;
}

type ColorName<T> = T extends `color-${infer R}` ? R : never;
type PairRow = readonly [PairKind, ColorName<TokenName>, ColorName<TokenName>, string];

/** Every foreground/background pair that the building blocks actually draw. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = (
  [
    // kind, foreground, background (colour tokens without `color-`), usage
    ['text', 'text', 'background', 'texte courant'],
    ['text', 'text', 'surface', 'texte dans une carte'],
    ['text', 'text-muted', 'background', 'aide sous un champ'],
    ['text', 'text-muted', 'surface', 'aide dans une carte'],
    ['text', 'on-action', 'action', 'texte du bouton principal'],
    ['text', 'on-action', 'action-hover', 'bouton principal survolé'],
    ['text', 'action', 'background', 'lien et bouton secondaire'],
    ['text', 'action', 'surface', 'lien dans une carte'],
    ['text', 'action-hover', 'background', 'lien survolé'],
    ['text', 'error', 'background', "message d'erreur"],
    ['text', 'on-action', 'error', 'bouton de confirmation destructive'],
    ['text', 'error', 'error-surface', "résumé d'erreurs"],
    ['text', 'text', 'error-surface', "texte d'une alerte"],
    ['text', 'success', 'background', 'message de réussite'],
    ['text', 'success', 'success-surface', 'alerte réussite'],
    ['text', 'text', 'success-surface', 'texte alerte réussite'],
    ['text', 'warning', 'warning-surface', 'alerte attention'],
    ['text', 'text', 'warning-surface', 'texte alerte attention'],
    ['text', 'info', 'info-surface', 'alerte information'],
    ['text', 'text', 'info-surface', 'texte alerte information'],
    ['text', 'disabled-text', 'disabled-surface', 'champ désactivé'],
    ['ui', 'border', 'background', 'bord des champs'],
    ['ui', 'border', 'surface', 'bord des champs en carte'],
    ['ui', 'action', 'background', 'bouton et case cochée'],
    ['ui', 'focus', 'background', 'anneau de focus'],
    ['ui', 'focus', 'surface', 'anneau de focus en carte'],
    ['ui', 'error', 'background', 'bord d’un champ en erreur'],
  ] satisfies readonly PairRow[]
).map(([kind, fg, bg, usage]) => ({
  foreground: `color-${fg}` as const,
  background: `color-${bg}` as const,
  kind,
  usage,
}));

export interface ContrastFailure extends ContrastPair {
  foregroundValue: string;
  backgroundValue: string;
  /** Rounded down to two decimals so a reported value never looks like a pass. */
  ratio: number;
  required: number;
  /** How far below the requirement, e.g. 0.62 for 3.88 when 4.5 is needed. */
  missing: number;
}

export interface ThemeCheckResult {
  ok: boolean;
  failures: ContrastFailure[];
  /** Tokens whose colour could not be read, each with a French explanation. */
  invalid: Array<{ token: TokenName; value: string; message: string }>;
  checked: number;
}

const floor2 = (n: number) => Math.floor(n * 100) / 100;

/** Checks every drawn pair of a theme (or of full token values) and lists the pairs that fail. */
export function checkTheme(theme: ThemeDefinition | TokenValues | string): ThemeCheckResult {
  const values: TokenValues =
    typeof theme === 'string' || 'overrides' in theme
      ? resolveTheme(theme as ThemeDefinition | string)
      : theme;
  const invalid: ThemeCheckResult['invalid'] = [];
  const seen = new Set<string>();
  for (const pair of CONTRAST_PAIRS)
    for (const token of [pair.foreground, pair.background]) {
      if (seen.has(token)) continue;
      seen.add(token);
      if (!parseColor(values[token]))
        invalid.push({
          token,
          value: values[token],
          message: `« ${values[token]} » n'est pas une couleur lisible : écrivez #rrggbb, #rgb ou rgb(r, g, b).`,
        });
    }
  const bad = new Set(invalid.map((i) => i.token));
  const failures: ContrastFailure[] = [];
  let checked = 0;
  for (const pair of CONTRAST_PAIRS) {
    if (bad.has(pair.foreground) || bad.has(pair.background)) continue;
    checked++;
    const ratio = contrastRatio(values[pair.foreground], values[pair.background]);
    const required = REQUIRED_RATIO[pair.kind];
    if (ratio < required)
      failures.push({
        ...pair,
        foregroundValue: values[pair.foreground],
        backgroundValue: values[pair.background],
        ratio: floor2(ratio),
        required,
        missing: Math.ceil((required - ratio) * 100) / 100,
      });
  }
  return { ok: failures.length === 0 && invalid.length === 0, failures, invalid, checked };
}
