// Builds the CDN kit with Vite 8 (rolldown): dist/passerelle.js (the loader), one entry per widget whose
// define file exists in @passerelle/elements, shared chunks under dist/chunks/, type stubs for npm users and
// passerelle-manifest.json (version, widgets, file graph) that the size tests and the bench read.
// Usage: tsx scripts/build.ts [--out DIR] [--version X] [--only a,b]   (--version rebuilds with another version string:
// the demo uses it to put an "older" copy of the kit on the two-versions host page).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defaultClientConditions, type Plugin } from 'vite';
import { WIDGETS, type WidgetInfo } from '../src/widgets.js';
import { minifyLiteralsPlugin } from './minify.js';

export const embedDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const elementsDir = resolve(embedDir, '..', 'elements');

export interface BuiltFile {
  fileName: string;
  /** Entry name for entry chunks (`passerelle`, `questionnaire`…). */
  entry?: string;
  bytes: number;
  imports: string[];
  dynamicImports: string[];
  /** Source modules bundled in this file, relative to the repository root, for size attribution. */
  modules: string[];
  /** The ten largest modules of this file (rendered bytes, before gzip): where to look when over budget. */
  largest: Array<[string, number]>;
  /** Subresource Integrity hash of the file as written (`sha384-…`), for CDN users. */
  integrity?: string;
}

export interface EmbedManifest {
  name: '@passerelle/embed';
  version: string;
  widgets: (WidgetInfo & { file: string })[];
  /** Widgets known to the kit whose define file does not exist yet in @passerelle/elements. */
  missing: string[];
  files: BuiltFile[];
  /** Lazily imported files of each widget by need, as the loader preloads them (see lazyNeedOf). */
  lazy: Record<string, Record<string, string[]>>;
}

export interface BuildOptions {
  outDir?: string;
  /** Overrides the version string everywhere (loader and elements' VERSION). */
  version?: string;
  /** Build only these widgets (chunk names); default: every widget whose define file exists. */
  only?: string[];
  /** Tests: chunk name -> absolute path of a module to use instead of the elements define file. */
  defines?: Record<string, string>;
}

/** VERSION exported by @passerelle/elements (src/version.ts, written from its package.json at build). */
export function elementsVersion(): string {
  const file = join(elementsDir, 'src', 'version.ts');
  const fromSource = existsSync(file)
    ? /VERSION\s*=\s*['"]([^'"]+)['"]/.exec(readFileSync(file, 'utf8'))?.[1]
    : null;
  return (
    fromSource ?? (JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8')).version as string)
  );
}

/** Widgets whose define file exists in @passerelle/elements sources. */
export function availableWidgets(): WidgetInfo[] {
  return WIDGETS.filter((w) => existsSync(join(elementsDir, 'src', 'define', `${w.define}.ts`)));
}

/** Copied to dist as they are: see src/offline and the README's offline recipe. */
export const OFFLINE_FILES = ['passerelle-sw.js', 'passerelle-offline.js'];

const ENTRY_PREFIX = '\0passerelle-entry:';
const PRELUDE = '\0passerelle-prelude';

// Runs before any widget code. zod 4 compiles fast validators with `new Function` unless told not to: under a
// strict Content-Security-Policy (no 'unsafe-eval') that is a reported violation. zod reads its config from
// globalThis.__zod_globalConfig, shared by every copy on the page, so only fill in what the host left unset.
const PRELUDE_CODE = `const c = (globalThis.__zod_globalConfig ??= {});
if (c.jitless === undefined) c.jitless = true;
`;

/** One virtual entry per widget: importing the define file registers the tag (version-aware). */
function entriesPlugin(
  widgets: WidgetInfo[],
  version: string | undefined,
  defines: Record<string, string> | undefined,
): Plugin {
  return {
    name: 'passerelle-entries',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (id === PRELUDE) return PRELUDE;
      // Library mode turns entries into paths: keep only the marker and the widget name.
      const marker = id.indexOf('passerelle-entry:');
      if (marker >= 0 && !id.startsWith('\0')) return `\0${id.slice(marker)}`;
      // A define file exists for its side effect (customElements.define): keep it whatever sideEffects says.
      if (importer?.startsWith(ENTRY_PREFIX) && id !== PRELUDE) {
        const resolved = await this.resolve(id, undefined, { skipSelf: true });
        return resolved ? { ...resolved, moduleSideEffects: true } : null;
      }
      return null;
    },
    load(id) {
      if (id === PRELUDE) return { code: PRELUDE_CODE, moduleSideEffects: true };
      if (!id.startsWith(ENTRY_PREFIX)) return null;
      const widget = widgets.find((w) => w.chunk === id.slice(ENTRY_PREFIX.length));
      if (!widget) return null;
      const target = defines?.[widget.chunk] ?? `@passerelle/elements/define/${widget.define}`;
      return `import ${JSON.stringify(PRELUDE)};\nimport ${JSON.stringify(target)};\n`;
    },
    transform(code, id) {
      // The "older copy" of the demo must report another version from every place that reads it.
      if (
        version === undefined ||
        !/[\\/]packages[\\/]elements[\\/](src|dist)[\\/]version\.(ts|js)$/.test(id)
      )
        return null;
      return {
        code: code.replace(/VERSION\s*=\s*['"][^'"]*['"]/, `VERSION = ${JSON.stringify(version)}`),
        map: null,
      };
    },
  };
}

const repoRoot = resolve(embedDir, '..', '..');
const CSP_STYLE_MAP = join(embedDir, 'src', 'csp-style-map.ts');
const relModule = (id: string) =>
  id.startsWith(repoRoot) ? id.slice(repoRoot.length + 1) : id.replace(/^\0/, '');

/** Static imports of a file, transitively, without the file itself: what to preload with it. */
function staticDeps(files: BuiltFile[], fileName: string): string[] {
  const byName = new Map(files.map((f) => [f.fileName, f]));
  const seen = new Set<string>();
  const visit = (name: string) => {
    for (const i of byName.get(name)?.imports ?? [])
      if (!seen.has(i)) {
        seen.add(i);
        visit(i);
      }
  };
  visit(fileName);
  return [...seen].sort();
}

/** What a lazily imported file is for, from the modules it holds (the loader preloads it on that need). */
export function lazyNeedOf(modules: readonly string[]): string | undefined {
  for (const m of modules) {
    if (m.includes('packages/rules/src/local-aids/')) return 'local-aids';
    if (m.endsWith('packages/rules/src/extra.ts')) return 'extra-rights';
    if (m.endsWith('packages/elements/src/questionnaire/engine.ts')) return 'engine';
    if (m.endsWith('packages/partners/src/browser-search.ts')) return 'partner-search';
    if (m.includes('packages/elements/src/mediator/')) return 'mediator';
    const lang = /(?:\.|\/i18n\/)([a-z]{2})\.ts$/.exec(m)?.[1];
    if (lang && lang !== 'fr') return `lang:${lang}`;
    const right = /packages\/content\/src\/rights\/([a-z0-9-]+)\.ts$/.exec(m)?.[1];
    if (right) return `right:${right.replaceAll('-', '_')}`;
  }
  return undefined;
}

/**
 * The files a widget imports lazily, by need: each dynamically imported file with its own static imports,
 * less what the widget loads anyway.
 */
function lazyTable(files: BuiltFile[], fileName: string): Record<string, string[]> {
  const byName = new Map(files.map((f) => [f.fileName, f]));
  const eager = new Set([fileName, ...staticDeps(files, fileName)]);
  const table: Record<string, string[]> = {};
  const dynamic = new Set<string>();
  const visit = (name: string) => {
    for (const d of byName.get(name)?.dynamicImports ?? [])
      if (!dynamic.has(d) && !eager.has(d)) {
        dynamic.add(d);
        visit(d);
      }
  };
  for (const name of eager) visit(name);
  for (const name of dynamic) {
    const need = lazyNeedOf(byName.get(name)?.modules ?? []);
    if (!need) continue;
    table[need] ??= [];
    const list = table[need];
    for (const f of [name, ...staticDeps(files, name)]) if (!eager.has(f) && !list.includes(f)) list.push(f);
  }
  for (const list of Object.values(table)) list.sort();
  return table;
}

/**
 * Modules of the questionnaire's engine chunk. Nothing the start screen imports may match, or the whole engine
 * would load before it (the first-screen test in test/budgets.test.ts fails if it does).
 */
export const ENGINE_MODULES =
  /packages[\\/](rules[\\/]src[\\/](rights[\\/][^\\/]+|parameters[\\/](current-values|index)|flow[\\/](questions|conditions|validate|to-situation|next|month|life-event-order|session)|context|catalogue|catalogue-entry|dates|version|engine|non-recours|summary|extra|zones|zones-data)|elements[\\/]src[\\/](questionnaire[\\/](fields|neighbours|wording|right-card|engine|screens[\\/](question|results))|blocks[\\/](date|money|progress|yes-no|card)))\.(ts|js)$/;

async function bundle(o: {
  outDir: string;
  input: Record<string, string>;
  plugins?: Plugin[];
  define?: Record<string, string>;
}): Promise<BuiltFile[]> {
  const result = await build({
    configFile: false,
    root: embedDir,
    logLevel: 'warn',
    publicDir: false,
    mode: 'production',
    resolve: {
      // 'production' spelled out: under vitest NODE_ENV is 'test', and Vite would pick Lit's development build.
      conditions: ['source', ...defaultClientConditions.filter((c) => !c.includes('|')), 'production'],
      // Lit's styleMap writes a style attribute on first render, which a strict CSP blocks: use ours.
      alias: [{ find: /^lit(-html)?\/directives\/style-map\.js$/, replacement: CSP_STYLE_MAP }],
    },
    define: { 'process.env.NODE_ENV': '"production"', ...o.define },
    plugins: o.plugins ?? [],
    build: {
      outDir: o.outDir,
      emptyOutDir: false,
      target: 'es2022',
      // Terser first, then rolldown's own minifier on its output (below): smaller than either alone (see README).
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, module: true },
      sourcemap: false,
      modulePreload: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      // Library mode: no preload helper (it would hard-code the site's base path) and stable entry names.
      lib: { entry: o.input, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        // Entries may gain internal exports: lets rolldown merge a small common chunk into the entry that
        // always loads it, one request and one gzip header fewer (existing exports are unchanged).
        preserveEntrySignatures: 'allow-extension',
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          // The prelude in a chunk of its own, imported first by every entry: it runs before zod is evaluated.
          // Pictograms in a file of their own too: measured apart from the FALC budget, cached apart.
          codeSplitting: {
            groups: [
              { name: 'prelude', test: /passerelle-prelude/ },
              { name: 'pictograms', test: /[\\/]pictograms\.(ts|js)$|@iconify-json/ },
              // The questionnaire's engine in one file: flow, rules, catalogue, the added rights and the screens
              // after the start screen. Every bilan downloads all of it, at once; as one gzip stream it is about
              // 2 KB smaller than in six files (the French of the rules, questions and screens shares words).
              { name: 'engine', test: ENGINE_MODULES, includeDependenciesRecursively: false },
            ],
          },
          // Lib mode keeps whitespace for bundlers; this is the CDN build, so minify fully but keep licences.
          minify: true,
          comments: { annotation: false, jsdoc: false, legal: true },
        },
      },
    },
  });
  const files: BuiltFile[] = [];
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  for (const out of outputs) {
    if (out.type !== 'chunk') continue;
    files.push({
      fileName: out.fileName,
      ...(out.isEntry ? { entry: out.name } : {}),
      bytes: Buffer.byteLength(out.code),
      imports: [...out.imports],
      dynamicImports: [...out.dynamicImports],
      modules: out.moduleIds.map(relModule),
      largest: Object.entries(out.modules)
        .map(([id, m]): [string, number] => [relModule(id), m.renderedLength])
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10),
    });
  }
  return files;
}

export async function buildEmbed(options: BuildOptions = {}): Promise<EmbedManifest> {
  const outDir = resolve(options.outDir ?? join(embedDir, 'dist'));
  const version = options.version ?? elementsVersion();
  const defines = options.defines;
  const widgets = (defines ? WIDGETS.filter((w) => w.chunk in defines) : availableWidgets()).filter(
    (w) => !options.only || options.only.includes(w.chunk),
  );
  rmSync(outDir, { recursive: true, force: true });
  // Pass 1: the widgets (entries and shared chunks). Pass 2: the loader, which shares no code with them and
  // is told each widget's static dependencies, so it can fetch them in parallel instead of one level at a time.
  const files: BuiltFile[] = [];
  if (widgets.length > 0) {
    const input = Object.fromEntries(widgets.map((w) => [w.chunk, `passerelle-entry:${w.chunk}`]));
    files.push(
      ...(await bundle({
        outDir,
        input,
        plugins: [entriesPlugin(widgets, options.version, defines), minifyLiteralsPlugin()],
      })),
    );
  }
  const deps: Record<string, string[]> = {};
  const lazy: Record<string, Record<string, string[]>> = {};
  for (const w of widgets) {
    deps[w.chunk] = staticDeps(files, `${w.chunk}.js`);
    lazy[w.chunk] = lazyTable(files, `${w.chunk}.js`);
  }
  files.push(
    ...(await bundle({
      outDir,
      input: { passerelle: join(embedDir, 'src', 'passerelle.ts') },
      define: {
        __PASSERELLE_VERSION__: JSON.stringify(version),
        __PASSERELLE_CHUNKS__: JSON.stringify(widgets.map((w) => w.chunk)),
        __PASSERELLE_DEPS__: JSON.stringify(deps),
        __PASSERELLE_LAZY__: JSON.stringify(lazy),
      },
    })),
  );
  for (const file of files) file.integrity = integrityOf(readFileSync(join(outDir, file.fileName)));
  const manifest: EmbedManifest = {
    name: '@passerelle/embed',
    version,
    widgets: widgets.map((w) => ({ ...w, file: `${w.chunk}.js` })),
    missing: WIDGETS.filter((w) => !widgets.includes(w)).map((w) => w.tag),
    files: files.sort((a, b) => a.fileName.localeCompare(b.fileName)),
    lazy,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'passerelle-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(outDir, 'cdn-snippet.html'), cdnSnippet(manifest));
  writeTypes(outDir, widgets);
  // The offline worker and its registration script, as written (readable: the host copies the worker).
  for (const f of OFFLINE_FILES) copyFileSync(join(embedDir, 'src', 'offline', f), join(outDir, f));
  return manifest;
}

export const integrityOf = (bytes: Uint8Array): string =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Where the release is served from on a CDN that mirrors npm (the docs say how to use another). */
export const cdnBase = (version: string) => `https://cdn.jsdelivr.net/npm/@passerelle/embed@${version}/dist/`;

/**
 * The CDN recipe of a release: an import map whose `integrity` entries cover every file the loader may
 * import later (browsers check lazily imported modules against it), then the loader with its own hash.
 */
export function cdnSnippet(
  manifest: Pick<EmbedManifest, 'version' | 'files'>,
  base = cdnBase(manifest.version),
): string {
  const integrity = Object.fromEntries(manifest.files.map((f) => [base + f.fileName, f.integrity]));
  const loader = manifest.files.find((f) => f.fileName === 'passerelle.js');
  return `<!-- Passerelle ${manifest.version} depuis un CDN, avec les empreintes SRI de chaque fichier. -->
<script type="importmap">
${JSON.stringify({ integrity }, null, 2)}
</script>
<script type="module" src="${base}passerelle.js" integrity="${loader?.integrity ?? ''}" crossorigin="anonymous"></script>
`;
}

/** Declaration stubs so TypeScript users of the npm entries get the tag types from @passerelle/elements. */
function writeTypes(outDir: string, widgets: WidgetInfo[]) {
  writeFileSync(
    join(outDir, 'passerelle.d.ts'),
    `// The loader registers nothing itself: it exposes window.Passerelle and imports widgets on first use.
export interface PasserelleGlobal {
  readonly version: string;
  readonly tags: readonly string[];
  load(tag: string): Promise<void>;
}
declare global {
  interface Window {
    Passerelle?: PasserelleGlobal;
  }
}
`,
  );
  for (const w of widgets)
    writeFileSync(
      join(outDir, `${w.chunk}.d.ts`),
      `// Registers <${w.tag}>.\nimport '@passerelle/elements/define/${w.define}';\nexport {};\n`,
    );
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const started = performance.now();
  const outDir = arg('out');
  const version = arg('version');
  const only = arg('only')?.split(',');
  const manifest = await buildEmbed({
    ...(outDir ? { outDir } : {}),
    ...(version ? { version } : {}),
    ...(only ? { only } : {}),
  });
  const took = Math.round(performance.now() - started);
  console.log(
    `@passerelle/embed ${manifest.version}: ${manifest.widgets.map((w) => w.tag).join(', ') || 'no widget yet'}` +
      ` (${manifest.files.length} files, ${took} ms)` +
      (manifest.missing.length ? `; not built yet (no define file): ${manifest.missing.join(', ')}` : ''),
  );
}
