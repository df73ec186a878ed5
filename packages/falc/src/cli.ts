#!/usr/bin/env node
// Entry point of `passerelle-falc`. The logic lives in run-cli.ts so that it can be tested.
import { readFileSync } from 'node:fs';
import { runCli } from './run-cli.js';

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
