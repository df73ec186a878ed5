#!/usr/bin/env node
// passerelle-rules: evaluate situations, list the catalogue and the parameters (see README.md).
import { readFileSync } from 'node:fs';
import { evaluate, SituationError, type SituationIssue, validateSituation } from './evaluate.js';
import { listCatalogue } from './catalogue-entry.js';
import { ParameterHistoryError } from './parameters/index.js';
import { listParameters } from './parameters/metadata.js';
import { loadHistory } from './history.js';

// The CLI evaluates any month from 2018-01 on.
loadHistory();

export interface CliIo {
  readStdin(): Promise<string>;
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = `Usage:
  passerelle-rules evaluate [FILE|-] [--month YYYY-MM] [--pretty]
  passerelle-rules rights [--pretty]
  passerelle-rules parameters [--at YYYY-MM-DD] [--pretty]
`;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function parseArgs(args: string[]): {
  positional: string[];
  flags: Map<string, string | true>;
  error?: string;
} {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--pretty' || a === '--help' || a === '-h') flags.set(a.replace(/^-+/, ''), true);
    else if (a === '--month' || a === '--at') {
      const v = args[i + 1];
      if (v === undefined) return { positional, flags, error: `${a}: expected a value` };
      flags.set(a.slice(2), v);
      i++;
    } else if (a.startsWith('--month=') || a.startsWith('--at=')) {
      const [k, v] = a.slice(2).split('=') as [string, string];
      flags.set(k, v);
    } else if (a.startsWith('--')) return { positional, flags, error: `unknown option ${a}` };
    else positional.push(a);
  }
  return { positional, flags };
}

const json = (value: unknown, pretty: boolean): string =>
  `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;

const formatIssues = (issues: SituationIssue[], prefix = ''): string =>
  issues.map((i) => `${prefix}${i.path ? `${i.path}: ` : prefix ? ': ' : ''}${i.message}`).join('\n');

/** Runs the command line; returns the exit code (0 ok, 2 bad input or usage). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
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
    io.stdout(json(listCatalogue(), pretty));
    return 0;
  }
  if (command === 'parameters') {
    const at = flags.get('at');
    const date = typeof at === 'string' ? at : new Date().toISOString().slice(0, 10);
    if (!DAY.test(date)) {
      io.stderr(`--at: expected a date YYYY-MM-DD, got ${JSON.stringify(date)}\n`);
      return 2;
    }
    try {
      io.stdout(json(listParameters(date), pretty));
    } catch (e) {
      if (e instanceof ParameterHistoryError) {
        io.stderr(`--at: ${e.message}\n`);
        return 2;
      }
      throw e;
    }
    return 0;
  }
  if (command !== 'evaluate') {
    io.stderr(`unknown command ${JSON.stringify(command)}\n${USAGE}`);
    return 2;
  }
  const month = flags.get('month');
  if (month !== undefined && (typeof month !== 'string' || !MONTH.test(month))) {
    io.stderr(`--month: expected a month YYYY-MM, got ${JSON.stringify(month)}\n`);
    return 2;
  }
  if (positional.length > 1) {
    io.stderr(`evaluate: expected one FILE (or - for standard input), got ${positional.length}\n`);
    return 2;
  }
  const file = positional[0] ?? '-';
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : io.readFile(file);
  } catch (e) {
    io.stderr(`${file}: cannot read (${(e as Error).message})\n`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    io.stderr(`${file === '-' ? 'standard input' : file}: expected JSON (${(e as Error).message})\n`);
    return 2;
  }
  const many = Array.isArray(input);
  const list: unknown[] = many ? (input as unknown[]) : [input];
  // Validate everything first: no partial output on bad input.
  const problems: string[] = [];
  list.forEach((s, i) => {
    const v = validateSituation(s);
    if (!v.ok)
      problems.push(formatIssues(v.errors, many ? `[${i}]${v.errors.some((e) => e.path) ? '.' : ''}` : ''));
    else {
      const m = typeof month === 'string' ? month : v.situation.month;
      if (m && m < '2018-01')
        problems.push(`${many ? `[${i}].` : ''}month: expected a month from 2018-01 on, got "${m}"`);
    }
  });
  if (problems.length) {
    io.stderr(`${problems.join('\n')}\n`);
    return 2;
  }
  try {
    const results = list.map((s) => evaluate(s, typeof month === 'string' ? { month } : {}));
    io.stdout(json(many ? results : results[0], pretty));
    return 0;
  } catch (e) {
    if (e instanceof SituationError) {
      io.stderr(`${formatIssues(e.issues)}\n`);
      return 2;
    }
    if (e instanceof ParameterHistoryError) {
      io.stderr(`month: ${e.message}\n`);
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
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

const invokedDirectly = (() => {
  const arg = process.argv[1] ?? '';
  return /(?:^|[\\/])(cli\.(?:ts|js)|passerelle-rules)$/.test(arg);
})();

if (invokedDirectly) {
  main(process.argv.slice(2), nodeIo).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
