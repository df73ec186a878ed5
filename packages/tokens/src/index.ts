// Public API of @passerelle/tokens. Pure TypeScript: runs in Node and in the browser, no DOM.
export {
  contrastRatio,
  hoverShade,
  mix,
  nearestPassing,
  parseColor,
  relativeLuminance,
  type Rgb,
  toHex,
} from './color.js';
export {
  CONTRAST_PAIRS,
  type ContrastFailure,
  type ContrastPair,
  checkTheme,
  type PairKind,
  REQUIRED_RATIO,
  type ThemeCheckResult,
} from './contrast.js';
export { CSS_LAYER, themeCssFiles, themeStylesheet, themeStyleText, tokensToCss } from './css.js';
export { parseThemeInput, ThemeInputError } from './theme-input.js';
export {
  isThemeName,
  resolveTheme,
  THEME_NAMES,
  type ThemeDefinition,
  type ThemeName,
  themes,
} from './themes.js';
export {
  baseTokens,
  COLOR_TOKEN_NAMES,
  cssVar,
  isTokenName,
  TOKEN_NAMES,
  TOKEN_PREFIX,
  type TokenName,
  type TokenValues,
} from './tokens.js';
