// Weight of the design system as shipped: building blocks + base + i18n bundled and minified (lit is a
// shared dependency, left out), and the tokens CSS. Writes reports/bench.json through writeBenchRows.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchRow, gzipSize, writeBenchRows } from '@passerelle/testing/bench';
import { build } from 'esbuild';
import { THEME_NAMES, themeCssFiles } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, '..');
const elementsSrc = resolve(packageDir, '../elements/src');

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: elementsSrc, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    external: ['lit', 'lit/*', '@lit/*'],
    conditions: ['source'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

const KB = 1024;
const rows: BenchRow[] = [];
const row = (name: string, value: number, budget: number) =>
  rows.push({ name, value, unit: 'bytes (gzip)', budget: `≤ ${budget}`, ok: value <= budget });

const all = await bundle(`export * from './base/index.ts';`);
row('blocks+base+i18n (min+gzip, lit external)', gzipSize(all), 16 * KB);
const baseOnly = await bundle(
  `export { defineElement, PasserelleElement } from './base/index.ts'; export { defineMessages } from './i18n/index.ts';`,
);
row('base+i18n only (min+gzip, lit external)', gzipSize(baseOnly), 4 * KB);

const files = themeCssFiles();
row('tokens.css (gzip)', gzipSize(files['tokens.css'] ?? ''), 2 * KB);
row(
  'all theme CSS files together (gzip)',
  gzipSize(THEME_NAMES.map((n) => files[`theme-${n}.css`] ?? '').join('\n')),
  4 * KB,
);

writeBenchRows(packageDir, '@passerelle/tokens', rows);
