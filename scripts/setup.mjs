#!/usr/bin/env node
// Installs what is missing before `npm start`, `npm test` and `npm run bench`: node built-ins only,
// because it runs before dependencies exist.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wantBrowser = process.argv.includes('--browser');

function run(cmd, args) {
  console.log(`[setup] ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[setup] "${cmd} ${args.join(' ')}" failed with exit code ${r.status}.`);
    process.exit(r.status ?? 1);
  }
}

const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');
const mtime = (p) => statSync(p).mtimeMs;
if (!existsSync(installed) || (existsSync(lock) && mtime(lock) > mtime(installed))) {
  run('npm', existsSync(lock) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund']);
}

if (wantBrowser && !findChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execFileSync('which', ['apt-get'], { stdio: 'ignore' });
    hasApt = true;
  } catch {}
  if (isRoot && hasApt) {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  }
  if (!findChromium()) {
    console.error(
      '[setup] No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or set PASSERELLE_CHROMIUM to the path of a Chromium or Chrome binary, then run the command again.',
    );
    process.exit(1);
  }
}
