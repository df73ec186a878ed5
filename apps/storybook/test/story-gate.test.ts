import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('a story with an unlabelled input fails the story test run on axe rule "label"', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'gate-')), 'report.json');
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'vitest.gate.config.ts', '--reporter=json', `--outputFile=${out}`],
    {
      cwd: join(import.meta.dirname, '..'),
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    },
  );
  expect(run.status).not.toBe(0);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  expect(report.numFailedTests).toBe(1);
  const messages = JSON.stringify(report.testResults);
  // Either engine may report first: axe ("label") or IBM Equal Access ("input_label_exists").
  expect(messages).toMatch(/Form elements must have labels|input_label_exists/);
}, 400_000);
