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

/** Deterministic pseudo-random numbers (a linear congruential generator) and a pick from a list. */
export function seeded(seed: number) {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  return { rand, pick: <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)] as T };
}
