#!/usr/bin/env node
// Entry point of `passerelle-falc`. The logic lives in run-cli.ts so that it can be tested.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

/** Runs the command for the process: the `passerelle-falc` bin calls it. */
export function run(argv: string[] = process.argv.slice(2)): void {
  process.exitCode = runCli(argv, {
    readFile: (path) => readFileSync(path),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) run();
