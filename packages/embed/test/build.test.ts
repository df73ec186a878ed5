import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmbed, type EmbedManifest } from '../scripts/build.js';
import { closure, measure } from '../scripts/sizes.js';

// Builds the kit around stand-in widgets, so the splitting and the loader are tested whatever exists yet
// in @passerelle/elements. budgets.test.ts builds the real widgets.
const fixtures = join(import.meta.dirname, 'fixtures');
let out: string;
let manifest: EmbedManifest;
const read = (file: string) => readFileSync(join(out, file), 'utf8');

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'passerelle-embed-build-'));
  manifest = await buildEmbed({
    outDir: out,
    version: '9.8.7-test',
    defines: {
      questionnaire: join(fixtures, 'fake-quiz.ts'),
      'partner-finder': join(fixtures, 'fake-finder.ts'),
      falc: join(fixtures, 'fake-falc.ts'),
    },
  });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('embed build', () => {
  it('emits the loader and one stable file per widget', () => {
    const entries = manifest.files.filter((f) => f.entry).map((f) => f.fileName);
    expect(entries.sort()).toEqual(['falc.js', 'partner-finder.js', 'passerelle.js', 'questionnaire.js']);
    expect(manifest.widgets.map((w) => w.tag)).toEqual([
      'passerelle-questionnaire',
      'passerelle-partner-finder',
      'passerelle-falc',
    ]);
    for (const f of manifest.files) if (!f.entry) expect(f.fileName).toMatch(/^chunks\/.+\.js$/);
  });

  it('keeps widget code out of the loader', () => {
    const loader = manifest.files.find((f) => f.fileName === 'passerelle.js')!;
    expect(loader.imports).toEqual([]);
    expect(loader.modules.every((m) => m.startsWith('packages/embed/src/'))).toBe(true);
    expect(read('passerelle.js')).not.toMatch(/LitElement|lit-html/);
  });

  it('shares Lit between widgets in one chunk instead of copying it', () => {
    const litFiles = manifest.files.filter((f) =>
      f.modules.some((m) => m.includes('node_modules/lit-html/')),
    );
    expect(litFiles).toHaveLength(1);
    const shared = litFiles[0]!.fileName;
    for (const w of manifest.widgets) expect(closure(manifest, w.file)).toContain(shared);
  });

  it('writes the version into the loader and into the elements VERSION it bundles', () => {
    expect(manifest.version).toBe('9.8.7-test');
    expect(read('passerelle.js')).toContain('"9.8.7-test"'.replaceAll('"', '`'));
    const finder = closure(manifest, 'partner-finder.js').map(read).join('\n');
    expect(finder).toContain('9.8.7-test');
  });

  it('resolves chunks from its own URL and ships nothing a strict CSP blocks', () => {
    const all = manifest.files.map((f) => read(f.fileName)).join('\n');
    expect(read('passerelle.js')).toContain('import.meta.url');
    expect(all).not.toMatch(/\beval\(|new Function\(|document\.write/);
    expect(all).not.toMatch(/\/\/# sourceMappingURL=data:/);
  });

  it('leaves lazy pictograms out of the widget budget but counts them apart', () => {
    const falc = closure(manifest, 'falc.js');
    const lazy = manifest.files.find((f) => f.modules.some((m) => m.endsWith('fixtures/pictograms.ts')))!;
    expect(lazy).toBeDefined();
    expect(falc).not.toContain(lazy.fileName);
    const sizes = measure(out);
    expect(sizes.pictograms).toBeGreaterThan(0);
    expect(sizes.together.files).toEqual(
      [...new Set([...sizes.loader.files, ...Object.values(sizes.widgets).flatMap((w) => w.files)])].sort(),
    );
  });

  it("swaps Lit's styleMap for the CSP-safe one", async () => {
    const styled = await buildEmbed({
      outDir: join(out, 'styled'),
      defines: { questionnaire: join(fixtures, 'fake-styled.ts') },
    });
    const modules = styled.files.flatMap((f) => f.modules);
    expect(modules).toContain('packages/embed/src/csp-style-map.ts');
    expect(modules.filter((m) => m.includes('node_modules/lit-html/directives/style-map'))).toEqual([]);
  });

  it('tells the loader the shared chunks of each widget, so it can fetch them in parallel', () => {
    const loader = read('passerelle.js');
    for (const w of manifest.widgets)
      for (const dep of closure(manifest, w.file).filter((f) => f !== w.file)) expect(loader).toContain(dep);
  });

  it('runs the CSP prelude before any other code of a widget', () => {
    for (const w of manifest.widgets) {
      const first = /^import\s*"\.\/(chunks\/[^"]+)"/.exec(read(w.file))?.[1];
      expect(first, w.file).toMatch(/^chunks\/prelude-.+\.js$/);
      expect(read(first!)).toContain('__zod_globalConfig');
    }
  });

  it('writes type stubs for npm users', () => {
    expect(read('questionnaire.d.ts')).toContain(
      "import '@passerelle/elements/define/passerelle-questionnaire'",
    );
    expect(read('passerelle.d.ts')).toContain('Passerelle?: PasserelleGlobal');
  });
});
