// npm run bench: full-catalogue evaluations per second on one core, and the gzip size of the browser
// entry (src/index.ts bundled with its dependencies, zod included, minified).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { gzipSize, opsPerSecond, writeBenchRows } from '@passerelle/testing/bench';
import { evaluate, evaluateValid } from '../src/index.js';
import { BENCH_SITUATIONS } from './situations.js';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');

async function bundleSize(entry: string, contents?: string): Promise<number> {
  const out = await build({
    ...(contents
      ? { stdin: { contents, resolveDir: pkgDir, sourcefile: 'widget-imports.ts', loader: 'ts' as const } }
      : { entryPoints: [join(pkgDir, entry)] }),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    conditions: ['source'],
    target: 'es2022',
    logLevel: 'silent',
  });
  return gzipSize((out.outputFiles[0] as { contents: Uint8Array }).contents);
}

let i = 0;
const next = () => BENCH_SITUATIONS[i++ % BENCH_SITUATIONS.length] as (typeof BENCH_SITUATIONS)[number];

/**
 * Operations per second of CPU time of this process (user + system), so that the figure describes one
 * core even when the machine is shared and busy; wall-clock figures are reported next to it.
 */
function opsPerCpuSecond(fn: () => void, n = 30000): number {
  for (let k = 0; k < 2000; k++) fn();
  const start = process.cpuUsage();
  for (let k = 0; k < n; k++) fn();
  const used = process.cpuUsage(start);
  return n / ((used.user + used.system) / 1e6);
}

const valid = Math.round(opsPerCpuSecond(() => evaluateValid(next())));
const validated = Math.round(opsPerCpuSecond(() => evaluate(next())));
const wall = Math.round(opsPerSecond(() => evaluateValid(next())));
const entry = await bundleSize('src/index.ts');
const history = await bundleSize('src/history.ts');
// What the questionnaire widget imports today (packages/elements/src/questionnaire), tree-shaken.
const widget = await bundleSize(
  '',
  `export { evaluate, getRight, nonRecours, THEMES, flowStatus, nextQuestion, parseAnswer, visibleQuestions,
    questionForMissing, evaluateLocalAids, parseLocalAids, formatLocalAidsErrors } from './src/index.ts';`,
);
// The rules engine alone (evaluate, catalogue, parameters, non-recours), without flow and local aids.
const engine = await bundleSize(
  '',
  `export { evaluate, safeEvaluate, getRight, listRights, nonRecours, parameterAt, THEMES } from './src/index.ts';`,
);

writeBenchRows(pkgDir, '@passerelle/rules', [
  {
    name: 'evaluations per CPU second (full catalogue, validated input)',
    value: valid,
    unit: 'ops/s',
    budget: '≥ 20000',
    ok: valid >= 20000,
  },
  {
    name: 'evaluations per CPU second (with schema validation)',
    value: validated,
    unit: 'ops/s',
    budget: '≥ 20000',
    ok: validated >= 20000,
  },
  {
    name: 'evaluations per wall-clock second (validated input; depends on machine load)',
    value: wall,
    unit: 'ops/s',
  },
  { name: 'browser entry gzip size', value: entry, unit: 'bytes', budget: '≤ 30720', ok: entry <= 30720 },
  { name: 'history entry gzip size (loaded on demand)', value: history, unit: 'bytes' },
  {
    name: 'questionnaire widget imports gzip size (tree-shaken)',
    value: widget,
    unit: 'bytes',
    budget: '≤ 30720',
    ok: widget <= 30720,
  },
  { name: 'rules engine alone gzip size (evaluate, catalogue, parameters)', value: engine, unit: 'bytes' },
]);
