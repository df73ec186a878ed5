#!/usr/bin/env node
// Runs every workspace's `bench` script; each writes rows to reports/bench.json. Prints one table.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quietEnv } from './env.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const workspaces = ['packages', 'apps'].flatMap((d) =>
  readdirSync(join(root, d), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(root, d, e.name)),
);
for (const ws of workspaces) rmSync(join(ws, 'reports', 'bench.json'), { force: true });
const r = spawnSync('npx', ['turbo', 'run', 'bench', '--concurrency=1', '--continue'], {
  cwd: root,
  stdio: 'inherit',
  env: quietEnv,
});
const rows = [];
for (const ws of workspaces) {
  const f = join(ws, 'reports', 'bench.json');
  if (existsSync(f)) rows.push(...JSON.parse(readFileSync(f, 'utf8')));
}
const fmt = (v) =>
  typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v ?? '');
const head = ['package', 'name', 'figure', 'unit', 'budget', 'ok'];
const table = rows.map((x) => [
  x.package,
  x.name,
  fmt(x.value),
  x.unit,
  x.budget ?? '',
  x.ok === undefined ? '' : x.ok ? 'yes' : 'NO',
]);
const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => String(t[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(head)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const t of table) console.log(line(t));
process.exit(r.status ?? 1);
