import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmbed, cdnBase, type EmbedManifest, integrityOf } from '../scripts/build.js';
import { classify, closure, measure, widgetFiles } from '../scripts/sizes.js';

// Builds the kit around stand-in widgets, so the splitting and the loader are tested whatever exists yet
// in @passerelle/elements. budgets.test.ts builds the real widgets.
const fixtures = join(import.meta.dirname, 'fixtures');
let out: string;
let manifest: EmbedManifest;
const read = (file: string) => readFileSync(join(out, file), 'utf8');
/** The built file holding a fixture module. */
const fileOf = (module: string) => {
  const f = manifest.files.find((x) => x.modules.some((m) => m.endsWith(module)));
  if (!f) throw new Error(`no built file holds ${module}`);
  return f.fileName;
};

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
  it('publishes a Subresource Integrity hash for every file, and a CDN snippet covering them all', () => {
    for (const f of manifest.files) {
      expect(f.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
      expect(f.integrity).toBe(integrityOf(readFileSync(join(out, f.fileName))));
    }
    const snippet = read('cdn-snippet.html');
    const base = cdnBase('9.8.7-test');
    const map = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(snippet)?.[1] ?? '{}');
    expect(Object.keys(map.integrity).sort()).toEqual(manifest.files.map((f) => base + f.fileName).sort());
    const loader = manifest.files.find((f) => f.fileName === 'passerelle.js');
    expect(snippet).toContain(
      `<script type="module" src="${base}passerelle.js" integrity="${loader?.integrity}" crossorigin="anonymous">`,
    );
  });

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
    // The loader's own code, and the few lines that request host files early (shared with the widgets).
    expect(
      loader.modules.every(
        (m) => m.startsWith('packages/embed/src/') || m === 'packages/elements/src/data/prefetch.ts',
      ),
    ).toBe(true);
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
    const falc = widgetFiles(manifest, 'falc.js');
    const lazy = fileOf('fixtures/pictograms.ts');
    expect(falc).not.toContain(lazy);
    const sizes = measure(out);
    expect(sizes.pictograms).toBeGreaterThan(0);
    expect(sizes.optional.pictograms.files).toEqual([lazy]);
    expect(sizes.together.files).toEqual(
      [...new Set([...sizes.loader.files, ...Object.values(sizes.widgets).flatMap((w) => w.files)])].sort(),
    );
  });

  it('counts what a widget imports later, unless a named optional class holds it', () => {
    const sizes = measure(out);
    // Needed by every explanation: counted, though loaded on demand.
    const explain = fileOf('fixtures/explain.ts');
    expect(closure(manifest, 'falc.js')).not.toContain(explain);
    expect(sizes.widgets.falc!.files).toContain(explain);
    expect(sizes.initial.falc!.gzip).toBeLessThan(sizes.widgets.falc!.gzip);
    // One right's content, English strings, local aids: each apart, in its own row.
    const right = fileOf('fixtures/content/src/rights/fake-right.ts');
    expect(sizes.widgets.falc!.files).not.toContain(right);
    expect(sizes.optional['rights-content'].files).toEqual([right]);
    const english = fileOf('fixtures/messages.en.ts');
    expect(sizes.widgets.questionnaire!.files).not.toContain(english);
    expect(sizes.optional.english.files).toEqual([english]);
    expect(sizes.optional.arabic.files).toEqual([]);
    for (const c of Object.values(sizes.optional))
      for (const f of c.files) expect(sizes.together.files).not.toContain(f);
  });

  it('puts a zod chunk imported only by local aids with the local aids', () => {
    const classes = classify(manifest);
    const aids = [fileOf('fixtures/local-aids/schema.ts'), fileOf('fixtures/local-aids/evaluate.ts')];
    const zod = manifest.files.filter((f) => f.modules.every((m) => m.includes('node_modules/zod/')));
    // zod is shared by the two local-aid modules: rolldown gives it a chunk of its own.
    expect(zod).toHaveLength(1);
    for (const f of [...aids, zod[0]!.fileName]) expect(classes.get(f)).toBe('local-aids');
    const sizes = measure(out);
    expect(sizes.optional['local-aids'].files).toEqual([...aids, zod[0]!.fileName].sort());
    expect(sizes.widgets.questionnaire!.files.some((f) => aids.includes(f))).toBe(false);
    expect(sizes.optional['local-aids'].gzip).toBeGreaterThan(1000);
  });

  it("swaps Lit's styleMap for the CSP-safe one", async () => {
    const styled = await buildEmbed({
      outDir: join(out, 'styled'),
      defines: { questionnaire: join(fixtures, 'fake-styled.ts') },
    });
    const modules = styled.files.flatMap((f) => f.modules);
    expect(modules).toContain('packages/embed/src/csp-style-map.ts');
    expect(modules.filter((m) => m.includes('node_modules/lit-html/directives/style-map'))).toEqual([]);
    // A whole build: minutes on a loaded machine, not a timing under test.
  }, 120_000);

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
