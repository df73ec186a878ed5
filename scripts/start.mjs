#!/usr/bin/env node
// `npm start`: builds what the demo needs, then serves it on http://127.0.0.1:4173 (override with PORT).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quietEnv } from './env.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync('npx', ['turbo', 'run', 'build', '--filter=@passerelle/demo...'], {
  cwd: root,
  stdio: 'inherit',
  env: quietEnv,
});
if (build.status !== 0) {
  console.error('The build failed: see the messages above.');
  process.exit(build.status ?? 1);
}
const server = spawn('node', [join(root, 'apps', 'demo', 'server.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: quietEnv,
});
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
