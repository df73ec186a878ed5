import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkTheme } from './contrast.js';
import { resolveTheme } from './themes.js';
import { parseThemeInput, ThemeInputError } from './theme-input.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  readFile?: (path: string) => string;
}

const USAGE = `Usage : passerelle-tokens check THEME.json

Vérifie les contrastes d'un thème (WCAG 2.1 AA : 4,5:1 pour le texte, 3:1 pour les bords et le focus).
THEME.json : { "name": "mon-asso", "extends": "default", "tokens": { "color-action": "#6b2c91" } }`;

const fmt = (n: number) => n.toFixed(2).replace('.', ',');

/** Runs the CLI and returns its exit code: 0 all pairs pass, 1 a pair fails or the theme is invalid, 2 usage. */
export function runCli(args: string[], io: CliIo): number {
  const [command, file] = args;
  if (command === '--help' || command === '-h') {
    io.out(USAGE);
    return 0;
  }
  if (command !== 'check' || !file) {
    io.err(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = (io.readFile ?? ((p) => readFileSync(p, 'utf8')))(file);
  } catch {
    io.err(`Impossible de lire « ${file} » : vérifiez le chemin du fichier.`);
    return 1;
  }
  // Windows Notepad saves UTF-8 with a byte order mark.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    io.err(
      `« ${file} » n'est pas du JSON valide (${(e as Error).message}). Vérifiez les virgules et guillemets.`,
    );
    return 1;
  }
  try {
    const theme = parseThemeInput(json, basename(file, '.json'));
    const result = checkTheme(resolveTheme(theme));
    for (const inv of result.invalid) io.err(`✗ ${inv.token} : ${inv.message}`);
    for (const f of result.failures)
      io.out(
        `✗ ${f.foreground} (${f.foregroundValue}) sur ${f.background} (${f.backgroundValue}) — ${f.usage} : ` +
          `${fmt(f.ratio)}:1, il faut ${fmt(f.required)}:1 (manque ${fmt(f.missing)}).`,
      );
    if (result.ok) {
      io.out(
        `✓ Thème « ${theme.name} » : les ${result.checked} paires de couleurs respectent les contrastes.`,
      );
      return 0;
    }
    io.out(
      `Thème « ${theme.name} » : ${result.failures.length} paire(s) en échec sur ${result.checked}` +
        (result.invalid.length ? `, ${result.invalid.length} couleur(s) illisible(s)` : '') +
        '. Foncez le texte ou éclaircissez le fond (ou l’inverse pour un thème sombre).',
    );
    return 1;
  } catch (e) {
    if (e instanceof ThemeInputError) {
      io.err(e.message);
      return 1;
    }
    throw e;
  }
}
