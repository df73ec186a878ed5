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

/** Every foreground/background pair that the building blocks actually draw. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { foreground: 'color-text', background: 'color-background', kind: 'text', usage: 'texte courant' },
  { foreground: 'color-text', background: 'color-surface', kind: 'text', usage: 'texte dans une carte' },
  {
    foreground: 'color-text-muted',
    background: 'color-background',
    kind: 'text',
    usage: 'aide sous un champ',
  },
  { foreground: 'color-text-muted', background: 'color-surface', kind: 'text', usage: 'aide dans une carte' },
  {
    foreground: 'color-on-action',
    background: 'color-action',
    kind: 'text',
    usage: 'texte du bouton principal',
  },
  {
    foreground: 'color-on-action',
    background: 'color-action-hover',
    kind: 'text',
    usage: 'bouton principal survolé',
  },
  {
    foreground: 'color-action',
    background: 'color-background',
    kind: 'text',
    usage: 'lien et bouton secondaire',
  },
  { foreground: 'color-action', background: 'color-surface', kind: 'text', usage: 'lien dans une carte' },
  { foreground: 'color-action-hover', background: 'color-background', kind: 'text', usage: 'lien survolé' },
  { foreground: 'color-error', background: 'color-background', kind: 'text', usage: "message d'erreur" },
  {
    foreground: 'color-on-action',
    background: 'color-error',
    kind: 'text',
    usage: 'bouton de confirmation destructive',
  },
  { foreground: 'color-error', background: 'color-error-surface', kind: 'text', usage: "résumé d'erreurs" },
  { foreground: 'color-text', background: 'color-error-surface', kind: 'text', usage: "texte d'une alerte" },
  { foreground: 'color-success', background: 'color-background', kind: 'text', usage: 'message de réussite' },
  {
    foreground: 'color-success',
    background: 'color-success-surface',
    kind: 'text',
    usage: 'alerte réussite',
  },
  {
    foreground: 'color-text',
    background: 'color-success-surface',
    kind: 'text',
    usage: 'texte alerte réussite',
  },
  {
    foreground: 'color-warning',
    background: 'color-warning-surface',
    kind: 'text',
    usage: 'alerte attention',
  },
  {
    foreground: 'color-text',
    background: 'color-warning-surface',
    kind: 'text',
    usage: 'texte alerte attention',
  },
  { foreground: 'color-info', background: 'color-info-surface', kind: 'text', usage: 'alerte information' },
  {
    foreground: 'color-text',
    background: 'color-info-surface',
    kind: 'text',
    usage: 'texte alerte information',
  },
  {
    foreground: 'color-disabled-text',
    background: 'color-disabled-surface',
    kind: 'text',
    usage: 'champ désactivé',
  },
  { foreground: 'color-border', background: 'color-background', kind: 'ui', usage: 'bord des champs' },
  { foreground: 'color-border', background: 'color-surface', kind: 'ui', usage: 'bord des champs en carte' },
  { foreground: 'color-action', background: 'color-background', kind: 'ui', usage: 'bouton et case cochée' },
  { foreground: 'color-focus', background: 'color-background', kind: 'ui', usage: 'anneau de focus' },
  { foreground: 'color-focus', background: 'color-surface', kind: 'ui', usage: 'anneau de focus en carte' },
  {
    foreground: 'color-error',
    background: 'color-background',
    kind: 'ui',
    usage: 'bord d’un champ en erreur',
  },
];

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
