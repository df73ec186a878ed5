// The budget of issue 8 for <passerelle-falc>: 25 KB gzip without pictograms, counting everything the widget
// can fetch except the pack of each right (its text, glossary words and parameter values, fetched when that
// right is opened), as packages/embed/scripts/sizes.ts counts it. Measured here with esbuild; the embed tests
// measure the Vite build.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleWidget } from '@passerelle/testing/bench';
import type { Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_INDEX } from './catalog.js';
import AR_TITLES from './titles.ar.js';

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
}, 300_000);

const outName = (key: string) => key.split('virtual-out/')[1] as string;

const RIGHT_MODULE = /^packages\/content\/src\/rights\//;
// Texts of another language load only on a page in that language: apart, as in sizes.ts.
const LANGUAGE_MODULE = /(^|[/.])(en|ar|pt|tr|uk)\.(ts|js)$/;
const apart = (inputs: string[]) =>
  inputs.length > 0 &&
  (inputs.every((i) => RIGHT_MODULE.test(i)) || inputs.every((i) => LANGUAGE_MODULE.test(i)));

/**
 * The entry file and everything it imports statically (what a page downloads before the widget runs), or
 * with `lazy` also what it may import later, right packs and other languages' texts aside.
 */
function files(lazy = false): string[] {
  const entry = Object.keys(meta.outputs).find((k) =>
    meta.outputs[k]?.entryPoint?.endsWith('passerelle-falc.ts'),
  );
  if (!entry) throw new Error('no output for the define entry');
  const seen = new Set<string>();
  const visit = (key: string) => {
    const inputs = Object.keys(meta.outputs[key]?.inputs ?? {});
    if (seen.has(key) || apart(inputs)) return;
    seen.add(key);
    for (const i of meta.outputs[key]?.imports ?? [])
      if ((i.kind === 'import-statement' || (lazy && i.kind === 'dynamic-import')) && !i.external)
        visit(i.path);
  };
  visit(entry);
  return [...seen];
}
const initialFiles = () => files();

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
    // Arabic titles come apart, on an Arabic page only.
    expect(inputs).not.toContain('packages/content/src/titles.ar.ts');
    const text = initialFiles()
      .map((f) => new TextDecoder().decode(code.get(outName(f))))
      .join('\n');
    for (const title of Object.values(AR_TITLES)) expect(text).not.toContain(title);
    expect(
      inputs.filter((i) =>
        /^packages\/content\/src\/(rights|glossary)\/|^packages\/rules\/src\/parameters\//.test(i),
      ),
    ).toEqual([]);
  });

  it(`weighs at most ${BUDGET} bytes with what it fetches later, right packs aside`, () => {
    const all = files(true);
    expect(gzip(all), `files: ${all.map(outName).join(', ')}`).toBeLessThanOrEqual(BUDGET);
    expect(all.length).toBeGreaterThan(initialFiles().length); // the amounts engine comes later
  });

  it('never fetches a whole glossary or the rules parameters: each right brings its own', () => {
    const everywhere = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(
      everywhere.filter((i) =>
        /^packages\/content\/src\/glossary|^packages\/rules\/src\/parameters\//.test(i),
      ),
    ).toEqual([]);
  });

  it('puts each right in a chunk of its own (its text and its pack), loaded on demand', () => {
    const initial = new Set(initialFiles());
    for (const { id } of CONTENT_INDEX) {
      const file = id.replace(/_/g, '-');
      const own = [
        `packages/content/src/rights/${file}.ts`,
        `packages/content/src/rights/generated/${file}.ts`,
      ];
      const holders = Object.entries(meta.outputs).filter(([, o]) =>
        Object.keys(o.inputs).some((i) => own.includes(i)),
      );
      expect(holders, id).toHaveLength(1);
      const [key, out] = holders[0] as [string, Metafile['outputs'][string]];
      expect(initial.has(key), id).toBe(false);
      expect(
        Object.keys(out.inputs)
          .filter((i) => RIGHT_MODULE.test(i))
          .sort(),
        id,
      ).toEqual(own.sort());
    }
  });
});
