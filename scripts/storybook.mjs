#!/usr/bin/env node
// `npm run storybook`: builds Storybook (and what it documents) with turbo's cache, then serves the static
// build on http://127.0.0.1:6006 (PORT=… for another port). For live reloading while editing stories:
// `npm run dev -w @passerelle/storybook`.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quietEnv } from './env.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT ?? '6006';
console.log('Building Storybook (the first time takes a few minutes)…');
const build = spawnSync(
  'npx',
  ['turbo', 'run', 'build', '--filter=@passerelle/storybook...', '--output-logs=errors-only'],
  { cwd: root, stdio: 'inherit', env: quietEnv },
);
if (build.status !== 0) {
  console.error('The build failed: see the messages above.');
  process.exit(build.status ?? 1);
}
const server = spawn(
  'node',
  [
    join(root, 'apps', 'demo', 'server.mjs'),
    '--root',
    join(root, 'apps', 'storybook', 'storybook-static'),
    '--port',
    port,
  ],
  { cwd: root, stdio: 'inherit', env: quietEnv },
);
console.log(`\n  Storybook: http://127.0.0.1:${port}/   Stop: Ctrl+C\n`);
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
