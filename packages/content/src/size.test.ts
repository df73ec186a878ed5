// The budget of issue 8 for <passerelle-falc>: 25 KB gzip without pictograms, on the initial load (what the
// define entry imports statically). Texts, glossaries and the rules' parameters must stay in lazy chunks.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleWidget } from '@passerelle/testing/bench';
import type { Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_INDEX } from './catalog.js';

const BUDGET = 25 * 1024;
const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '../../..');
const define = join(repoRoot, 'packages/elements/src/define/passerelle-falc.ts');

let meta: Metafile;
const code = new Map<string, Uint8Array>();

beforeAll(async () => {
  // Pictograms are measured apart (separate assets, cached apart), as in the bench and the embed build.
  const result = await bundleWidget(define, {
    splitting: true,
    absWorkingDir: repoRoot, // metafile paths read packages/<name>/src/…
    legalComments: 'eof',
    external: /\/pictograms\.js$/,
  });
  meta = result.metafile;
  for (const f of result.outputFiles) code.set(f.path.split('/virtual-out/')[1] as string, f.contents);
}, 60_000);

const outName = (key: string) => key.split('virtual-out/')[1] as string;

/** The entry file and everything it imports statically: what a page downloads before the widget runs. */
function initialFiles(): string[] {
  const entry = Object.keys(meta.outputs).find((k) =>
    meta.outputs[k]?.entryPoint?.endsWith('passerelle-falc.ts'),
  );
  if (!entry) throw new Error('no output for the define entry');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of meta.outputs[key]?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  return [...seen];
}

const gzip = (files: string[]) =>
  files.reduce((n, f) => n + gzipSync(code.get(outName(f)) ?? new Uint8Array(), { level: 9 }).length, 0);
const inputsOf = (files: string[]) => files.flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? {}));

describe('<passerelle-falc> initial load (esbuild, minified, gzip -9, without pictograms)', () => {
  it(`weighs at most ${BUDGET} bytes`, () => {
    const files = initialFiles();
    const size = gzip(files);
    expect(size, `initial files: ${files.map(outName).join(', ')}`).toBeLessThanOrEqual(BUDGET);
    expect(size).toBeGreaterThan(5000); // Lit and the widget are there: the measure measured something
  });

  it('carries the list of rights but no text, glossary or rules parameter', () => {
    const inputs = inputsOf(initialFiles());
    expect(inputs.some((i) => i === 'packages/content/src/catalog.ts')).toBe(true);
    expect(
      inputs.filter((i) =>
        /^packages\/content\/src\/(rights|glossary)\/|^packages\/rules\/src\/parameters\//.test(i),
      ),
    ).toEqual([]);
  });

  it('puts each right in a chunk of its own, loaded on demand', () => {
    const initial = new Set(initialFiles());
    for (const { id } of CONTENT_INDEX) {
      const file = `rights/${id.replace(/_/g, '-')}.ts`;
      const holders = Object.entries(meta.outputs).filter(([, o]) =>
        Object.keys(o.inputs).some((i) => i === `packages/content/src/${file}`),
      );
      expect(holders, id).toHaveLength(1);
      const [key, out] = holders[0] as [string, Metafile['outputs'][string]];
      expect(initial.has(key), id).toBe(false);
      expect(
        Object.keys(out.inputs).filter((i) => i.startsWith('packages/content/src/rights/')),
        id,
      ).toHaveLength(1);
    }
  });
});
