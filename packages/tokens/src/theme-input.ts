import { isThemeName, THEME_NAMES, type ThemeDefinition } from './themes.js';
import { isTokenName, TOKEN_PREFIX, type TokenName } from './tokens.js';

export class ThemeInputError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Thème invalide :\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'ThemeInputError';
  }
}

/**
 * Reads an association's theme, written either as
 * `{ "name": "…", "extends": "default", "tokens": { "color-action": "#…" } }`
 * or as a flat object of tokens. Token names may carry the `--passerelle-` prefix.
 * Collects every problem before throwing, so one run lists all the fixes to make.
 */
export function parseThemeInput(input: unknown, fallbackName = 'personnalise'): ThemeDefinition {
  const problems: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new ThemeInputError(['le fichier doit contenir un objet JSON, par exemple { "tokens": { … } }.']);
  const obj = input as Record<string, unknown>;
  const nested = 'tokens' in obj;
  const raw = nested ? obj.tokens : obj;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ThemeInputError(['« tokens » doit être un objet { "color-action": "#…" }.']);
  let parent: ThemeDefinition['extends'];
  if (nested && obj.extends !== undefined) {
    if (typeof obj.extends === 'string' && isThemeName(obj.extends)) parent = obj.extends;
    else problems.push(`« extends » doit valoir l'un de : ${THEME_NAMES.join(', ')}.`);
  }
  const overrides: Partial<Record<TokenName, string>> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (nested || !['name', 'label', 'extends'].includes(key)) {
      const name = key.startsWith(TOKEN_PREFIX) ? key.slice(TOKEN_PREFIX.length) : key;
      if (!isTokenName(name)) {
        problems.push(`jeton inconnu « ${key} » (exemples valides : color-action, color-text, radius).`);
        continue;
      }
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push(`la valeur de « ${key} » doit être un texte non vide, par exemple "#1a6b5c".`);
        continue;
      }
      overrides[name] = value.trim();
    }
  }
  if (problems.length > 0) throw new ThemeInputError(problems);
  const name = typeof obj.name === 'string' && obj.name.trim() ? obj.name.trim() : fallbackName;
  const label = typeof obj.label === 'string' && obj.label.trim() ? obj.label.trim() : name;
  return { name, label, ...(parent ? { extends: parent } : {}), overrides };
}
