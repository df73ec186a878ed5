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
