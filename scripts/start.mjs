#!/usr/bin/env node
// `npm start`: builds what the demo needs (turbo reuses its cache: a second start builds nothing), then
// serves it on http://127.0.0.1:4173 (PORT=8080 npm start for another port).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quietEnv } from './env.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT ?? '4173';
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`PORT="${port}" is not a port number (1 to 65535). Example: PORT=8080 npm start`);
  process.exit(2);
}

console.log('Building the demo site and the kit it embeds (the first time takes a few minutes)…');
const build = spawnSync(
  'npx',
  ['turbo', 'run', 'build', '--filter=@passerelle/demo...', '--output-logs=errors-only'],
  {
    cwd: root,
    stdio: 'inherit',
    env: quietEnv,
  },
);
if (build.status !== 0) {
  console.error('The build failed: see the messages above.');
  process.exit(build.status ?? 1);
}

const server = spawn('node', [join(root, 'apps', 'demo', 'server.mjs'), '--port', port], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: quietEnv,
});
server.stdout.on('data', (chunk) => {
  const text = String(chunk);
  if (!text.includes('listening on')) return void process.stdout.write(text);
  const url = `http://127.0.0.1:${port}/`;
  console.log(
    [
      '',
      `  Passerelle demo site: ${url}`,
      `  Webmaster snippet builder: ${url}integrer.html`,
      '',
      '  Stop: Ctrl+C',
      '  Another port: PORT=8080 npm start',
      '  Storybook (every element, state and theme): npm run storybook, then http://127.0.0.1:6006/',
      '',
    ].join('\n'),
  );
});
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
