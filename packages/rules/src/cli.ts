#!/usr/bin/env node
// passerelle-rules: evaluate situations, list the catalogue and the parameters (see README.md).
import { once } from 'node:events';
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bornAfter, evaluate, SituationError, type SituationIssue, validateSituation } from './evaluate.js';
import { listCatalogue } from './catalogue-entry.js';
import { ParameterHistoryError } from './parameters/index.js';
import { listParameters } from './parameters/metadata.js';
import { loadExtraRights } from './extra.js';
import { loadHistory } from './history.js';
import { loadZones } from './zones.js';

// The CLI evaluates any month from 2018-01 on, with the whole catalogue.
loadHistory();
loadExtraRights();
loadZones();

export interface CliIo {
  readStdin(): Promise<string>;
  readFile(path: string): string;
  /** May return a promise: the CLI waits for it, so a large output never piles up in memory. */
  stdout(text: string): void | Promise<void>;
  stderr(text: string): void;
}

const USAGE = `Utilisation :
  passerelle-rules evaluate [FICHIER|-] [--month AAAA-MM] [--pretty]
      évalue une situation (objet JSON) ou une liste de situations ; - ou rien : l’entrée standard
  passerelle-rules rights [--pretty]
      liste les aides du catalogue
  passerelle-rules parameters [--at AAAA-MM-JJ] [--pretty]
      liste les paramètres (montants, plafonds) en vigueur à une date (aujourd’hui par défaut)
Options : --pretty met en forme le JSON ; --help affiche cette aide.
`;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const EXAMPLES: Record<string, string> = { '--month': '--month 2026-04', '--at': '--at 2026-05-01' };

/** Why a file cannot be read, in French, naming the usual causes. */
function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'fichier introuvable : vérifiez le nom et le dossier';
  if (code === 'EISDIR') return 'c’est un dossier, pas un fichier';
  if (code === 'EACCES' || code === 'EPERM') return 'accès refusé';
  return (e as Error).message;
}

/** A real calendar day (2026-02-30 is not). */
const isDay = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const OPTIONS: Record<string, 'flag' | 'value'> = {
  '--pretty': 'flag',
  '--help': 'flag',
  '-h': 'flag',
  '--month': 'value',
  '--at': 'value',
};

function parseArgs(args: string[]): {
  positional: string[];
  flags: Map<string, string | true>;
  error?: string;
} {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('-') || a === '-') {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const kind = OPTIONS[name];
    if (!kind) return { positional, flags, error: `option inconnue : ${name}` };
    const key = name.replace(/^-+/, '');
    if (kind === 'flag') {
      if (eq > 0)
        return { positional, flags, error: `${name} ne prend pas de valeur : écrivez ${name} seul` };
      flags.set(key, true);
      continue;
    }
    const v = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (v === undefined || v === '')
      return {
        positional,
        flags,
        error: `${name} attend une valeur, par exemple ${EXAMPLES[name] ?? `${name} …`}`,
      };
    flags.set(key, v);
  }
  return { positional, flags };
}

const json = (value: unknown, pretty: boolean): string =>
  `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;

/** "[3].household.members[0].birthDate: …": the item (for an array) and the field. */
const formatIssues = (issues: SituationIssue[], item = ''): string =>
  issues
    .map((i) => {
      const where = item && i.path ? `${item}.${i.path}` : item || i.path;
      return `${where ? `${where} : ` : ''}${i.message}`;
    })
    .join('\n');

/** Situations are a few levels deep; deeper input is refused before it can exhaust the stack. */
const MAX_DEPTH = 32;

/** Path of the first value nested deeper than MAX_DEPTH, or null (iterative: no recursion). */
function tooDeep(root: unknown): string | null {
  const stack: [unknown, string, number][] = [[root, '', 0]];
  while (stack.length) {
    const [v, path, depth] = stack.pop() as [unknown, string, number];
    if (!v || typeof v !== 'object') continue;
    if (depth >= MAX_DEPTH) return path || '(situation)';
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) stack.push([v[i], `${path}[${i}]`, depth + 1]);
    else for (const [k, x] of Object.entries(v)) stack.push([x, path ? `${path}.${k}` : k, depth + 1]);
  }
  return null;
}

/** Problems of one situation, each line naming the field; [] when it can be evaluated. */
function problemsOf(s: unknown, month: string | undefined): SituationIssue[] {
  const deep = tooDeep(s);
  if (deep)
    return [
      { path: deep, message: `imbrication de plus de ${MAX_DEPTH} niveaux : ce n’est pas une situation` },
    ];
  const v = validateSituation(s);
  if (!v.ok) return v.errors;
  const m = month ?? v.situation.month;
  if (m && m < '2018-01')
    return [
      {
        path: 'month',
        message: `doit être un mois à partir de 2018-01 (les paramètres commencent là), reçu "${m}"`,
      },
    ];
  return bornAfter(v.situation, m ?? new Date().toISOString().slice(0, 7));
}

/** Runs the command line; returns the exit code (0 ok, 2 bad input or usage). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  const { positional, flags, error } = parseArgs(rest);
  const pretty = flags.has('pretty');
  if (command === undefined || command === 'help' || flags.has('help') || flags.has('h')) {
    (command === undefined ? io.stderr : io.stdout)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (error) {
    io.stderr(`${error}\n${USAGE}`);
    return 2;
  }
  if (command === 'rights') {
    await io.stdout(json(listCatalogue(), pretty));
    return 0;
  }
  if (command === 'parameters') {
    const at = flags.get('at');
    const date = typeof at === 'string' ? at : new Date().toISOString().slice(0, 10);
    if (!isDay(date)) {
      io.stderr(
        `--at : il faut une date qui existe, au format AAAA-MM-JJ (par exemple 2026-05-01), reçu ${JSON.stringify(date)}\n`,
      );
      return 2;
    }
    try {
      await io.stdout(json(listParameters(date), pretty));
    } catch (e) {
      if (e instanceof ParameterHistoryError) {
        io.stderr(`--at : ${e.message}\n`);
        return 2;
      }
      throw e;
    }
    return 0;
  }
  if (command !== 'evaluate') {
    io.stderr(
      `commande inconnue : ${JSON.stringify(command)} (commandes : evaluate, rights, parameters)\n${USAGE}`,
    );
    return 2;
  }
  const month = flags.get('month');
  if (month !== undefined && (typeof month !== 'string' || !MONTH.test(month))) {
    io.stderr(
      `--month : il faut un mois au format AAAA-MM (par exemple 2026-04), reçu ${JSON.stringify(month)}\n`,
    );
    return 2;
  }
  if (positional.length > 1) {
    io.stderr(
      `evaluate : un seul FICHIER à la fois (ou - pour l’entrée standard), reçu ${positional.length} : ${positional.join(' ')}\n`,
    );
    return 2;
  }
  const file = positional[0] ?? '-';
  const name = file === '-' ? 'entrée standard' : file;
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : io.readFile(file);
  } catch (e) {
    io.stderr(`${file} : lecture impossible (${readError(e)})\n`);
    return 2;
  }
  // Windows Notepad saves UTF-8 with a byte order mark.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) {
    io.stderr(`${name} : vide ; il faut une situation (objet JSON) ou une liste de situations\n`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    io.stderr(
      `${name} : ce n’est pas du JSON valide (${(e as Error).message}) ; enregistrez le fichier en JSON, encodé en UTF-8\n`,
    );
    return 2;
  }
  text = '';
  const m = typeof month === 'string' ? month : undefined;
  const many = Array.isArray(input);
  const list: unknown[] = many ? (input as unknown[]) : [input];
  // Validate everything first: no partial output on bad input.
  const problems: string[] = [];
  list.forEach((s, i) => {
    const issues = problemsOf(s, m);
    if (issues.length) problems.push(formatIssues(issues, many ? `[${i}]` : ''));
  });
  if (problems.length) {
    io.stderr(`${problems.join('\n')}\n`);
    return 2;
  }
  try {
    if (!many) {
      await io.stdout(json(evaluate(list[0], m ? { month: m } : {}), pretty));
      return 0;
    }
    // One result at a time, written in chunks: 36,000 results never sit in memory together.
    let chunk = '[';
    for (let i = 0; i < list.length; i++) {
      const r = JSON.stringify(evaluate(list[i], m ? { month: m } : {}), null, pretty ? 2 : undefined);
      chunk += `${i ? ',' : ''}${pretty ? '\n' : ''}${pretty ? r.replace(/^/gm, '  ') : r}`;
      list[i] = undefined;
      if (chunk.length > 1 << 16) {
        await io.stdout(chunk);
        chunk = '';
      }
    }
    await io.stdout(`${chunk}${pretty && list.length ? '\n' : ''}]\n`);
    return 0;
  } catch (e) {
    if (e instanceof SituationError) {
      io.stderr(`${formatIssues(e.issues)}\n`);
      return 2;
    }
    if (e instanceof ParameterHistoryError) {
      io.stderr(`month : ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

const nodeIo: CliIo = {
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (t) => (process.stdout.write(t) ? undefined : once(process.stdout, 'drain').then(() => {})),
  stderr: (t) => process.stderr.write(t),
};

/** Runs the command for the process: the `passerelle-rules` bin calls it. */
export function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  return main(argv, nodeIo).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(
        `erreur interne de passerelle-rules, signalez-la avec la commande lancée : ${(e as Error).stack ?? String(e)}\n`,
      );
      process.exitCode = 1;
    },
  );
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) void run();
