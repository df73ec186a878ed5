#!/usr/bin/env node
// `npm run test:lts [-- 22|24|26]`: the Node-side suites of `npm test` (every workspace's Vitest "node"
// project and the documented-commands test) under an LTS line of Node, taken from the npm registry's
// `node` package, so no other download is needed. Run `npm test` (or the build) once before: the
// documented commands run the built packages.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The active LTS line (Node 26 since October 2026; 22 and 24 are in maintenance).
const line = process.argv.find((a) => /^\d+$/.test(a)) ?? '26';

if (!process.argv.includes('--inner')) {
  console.log(`[test:lts] Node ${line} from the npm registry's "node" package`);
  const r = spawnSync(
    'npx',
    ['-y', '-p', `node@${line}`, '--', 'node', fileURLToPath(import.meta.url), line, '--inner'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  process.exit(r.status ?? 1);
}

console.log(`[test:lts] running on Node ${process.version}`);
if (process.version.split('.')[0] !== `v${line}`) {
  console.error(`[test:lts] expected Node ${line}, got ${process.version}`);
  process.exit(1);
}
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const workspaces = ['packages', 'apps'].flatMap((d) =>
  readdirSync(join(root, d), { withFileTypes: true })
    .filter((e) => {
      // Workspaces with a "node" project: those on the shared setup (Storybook's runs only in Chromium).
      const config = join(root, d, e.name, 'vitest.config.ts');
      return existsSync(config) && readFileSync(config, 'utf8').includes('passerelleVitest');
    })
    .map((e) => join(root, d, e.name)),
);
const failed = [];
for (const ws of workspaces) {
  console.log(`\n=== ${ws.slice(root.length + 1)} (vitest, node project)`);
  const r = spawnSync(process.execPath, [vitest, 'run', '--project', 'node', '--reporter=dot'], {
    cwd: ws,
    stdio: 'inherit',
  });
  if (r.status !== 0) failed.push(ws.slice(root.length + 1));
}
console.log('\n=== documented commands');
const docs = spawnSync(process.execPath, ['--test', join(root, 'scripts', 'docs-commands.test.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (docs.status !== 0) failed.push('documented commands');
console.log(
  failed.length
    ? `[test:lts] Node ${process.version}: failed in ${failed.join(', ')}`
    : `[test:lts] Node ${process.version}: every Node-side suite passed`,
);
process.exit(failed.length ? 1 : 0);
