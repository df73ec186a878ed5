import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** Human-readable budget, e.g. "≥ 20000" or "≤ 30720". */
  budget?: string;
  ok?: boolean;
}

/** Writes the rows that `npm run bench` gathers into one table. */
export function writeBenchRows(packageDir: string, packageName: string, rows: BenchRow[]): void {
  mkdirSync(join(packageDir, 'reports'), { recursive: true });
  writeFileSync(
    join(packageDir, 'reports', 'bench.json'),
    JSON.stringify(
      rows.map((r) => ({ package: packageName, ...r })),
      null,
      2,
    ),
  );
  for (const r of rows)
    console.log(`${packageName} ${r.name}: ${r.value} ${r.unit}${r.budget ? ` (budget ${r.budget})` : ''}`);
}

export const gzipSize = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).length;

/** Runs fn repeatedly for about `ms` milliseconds and returns operations per second. */
export function opsPerSecond(fn: () => void, ms = 2000): number {
  for (let i = 0; i < 200; i++) fn();
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export interface BundleWidgetOptions {
  /** Split dynamic imports into chunks (needs `absWorkingDir` so metafile paths are readable). */
  splitting?: boolean;
  /** Imports matching this are left out of the bundle (measured apart, e.g. pictograms). */
  external?: RegExp;
  absWorkingDir?: string;
  legalComments?: 'none' | 'eof';
}

/**
 * A widget's define entry bundled as a browser would get it (minified ES module, workspace packages from
 * their sources, nothing written to disk), for size tests and benches.
 */
export async function bundleWidget(entry: string, opts: BundleWidgetOptions = {}) {
  const { build } = await import('esbuild');
  const external = opts.external;
  return build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    conditions: ['source', 'browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    metafile: true,
    legalComments: opts.legalComments ?? 'none',
    logLevel: 'silent',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    ...(opts.absWorkingDir ? { absWorkingDir: opts.absWorkingDir } : {}),
    ...(opts.splitting ? { splitting: true, outdir: '/virtual-out' } : {}),
    plugins: external
      ? [
          {
            name: 'measured-apart',
            setup(b) {
              b.onResolve({ filter: external }, (args) => ({ path: args.path, external: true }));
            },
          },
        ]
      : [],
  });
}
