#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli-main.js';

/** Runs the command for the process: the `passerelle-tokens` bin calls it. */
export function run(argv: string[] = process.argv.slice(2)): void {
  process.exitCode = runCli(argv, {
    out: (l) => console.log(l),
    err: (l) => console.error(l),
  });
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) run();
