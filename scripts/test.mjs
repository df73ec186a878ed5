#!/usr/bin/env node
// Runs every check and every test runner, then prints one closing line summed over all runners:
// "N passed, N failed[, N skipped]". A check that fails without a report (types, lint, build) counts as failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quietEnv } from './env.mjs';
import { closingLine, countReport, failedTests } from './summary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const workspaces = ['packages', 'apps'].flatMap((d) =>
  existsSync(join(root, d))
    ? readdirSync(join(root, d), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => join(root, d, e.name))
    : [],
);
for (const ws of workspaces) rmSync(join(ws, 'reports'), { recursive: true, force: true });

const extra = process.argv.slice(2);
const steps = [
  { name: 'biome (format + lint)', cmd: 'npx', args: ['biome', 'ci', '.'] },
  {
    name: 'turbo',
    cmd: 'npx',
    args: ['turbo', 'run', 'typecheck', 'lint:lit', 'build', 'test', 'test:e2e', '--continue', ...extra],
  },
];
const failedChecks = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}`);
  const r = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit', env: quietEnv });
  if (r.status !== 0) failedChecks.push(step.name);
}

let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
const failures = [];

// Node's test runner: every documented CLI command, run as written on the packages just built.
console.log('\n=== documented commands (node --test)');
const tap = join(root, '.tmp', 'docs-commands.tap');
mkdirSync(dirname(tap), { recursive: true });
rmSync(tap, { force: true });
spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    join(root, 'scripts', 'docs-commands.test.mjs'),
  ],
  { cwd: root, stdio: 'inherit', env: quietEnv },
);
{
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (k) => Number(new RegExp(`^# ${k} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const p = count('pass');
  // No report at all (the runner crashed) counts as one failure.
  const f = text ? count('fail') + count('cancelled') : 1;
  const s = count('skipped') + count('todo');
  rows.push({ where: 'scripts/docs-commands.test.mjs', p, f, s });
  passed += p;
  failed += f;
  skipped += s;
}
for (const ws of workspaces) {
  const dir = join(ws, 'reports');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => /^(vitest|playwright)[\w-]*\.json$/.test(f))) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const { passed: p, failed: f, skipped: s } = countReport(report);
    rows.push({ where: `${ws.slice(root.length + 1)}/${file}`, p, f, s });
    failures.push(...failedTests(report));
    passed += p;
    failed += f;
    skipped += s;
  }
}
console.log('\n=== Summary');
for (const r of rows)
  console.log(
    `${r.where.padEnd(48)} ${String(r.p).padStart(5)} passed ${String(r.f).padStart(3)} failed ${String(r.s).padStart(3)} skipped`,
  );
if (failures.length) console.log(`Failed tests:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
if (failedChecks.length) console.log(`Failed steps: ${failedChecks.join(', ')} (see the output above).`);
// A failed step whose tests did not report still has to show in the closing line.
if (failedChecks.length && failed === 0) failed = failedChecks.length;
if (passed === 0) console.log('No test ran: that is a failure.');
console.log(closingLine({ passed, failed, skipped }));
process.exit(failed > 0 || failedChecks.length > 0 || passed === 0 ? 1 : 0);
