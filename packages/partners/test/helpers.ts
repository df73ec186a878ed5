import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli.js';
import { importText } from '../src/import.js';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const readFixture = (name: string): string => readFileSync(join(fixturesDir, name), 'utf8');
export const importFixture = (name: string) => importText(readFixture(name), name);

/** Runs the CLI in process; its output lines joined. */
export function runCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (s) => out.push(s), err: (s) => err.push(s) }).then((code) => ({
    code,
    out: out.join('\n'),
    err: err.join('\n'),
  }));
}
