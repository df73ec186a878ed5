// Builds the demo site into dist/ (or --out DIR), as a webmaster would host it:
// - the commune's pages (pages/*.html wrapped in layout.html), its CSS and scripts (site/), host test pages;
// - the kit, copied from packages/embed/dist into /passerelle/, plus an "older" copy with another version
//   string in /passerelle-ancienne/ for the two-versions host page;
// - the data the widgets fetch: local aids (packages/rules examples), the partner index built by the
//   partners CLI from the sample exports, and the communes file.
// Node built-ins, vite and tsx only (all installed at the root).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const here = resolve(import.meta.dirname, '..');
const repo = resolve(here, '..', '..');
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dist = resolve(arg('out') ?? join(here, 'dist'));
const started = performance.now();
const fail = (message) => {
  console.error(`demo build: ${message}`);
  process.exit(1);
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// 1. Static files (CSS, site script, images, host pages).
cpSync(join(here, 'site'), dist, { recursive: true });

// 2. Pages: each starts with <!-- {json} --> (title, nav, description, kit, script), then the <main> content.
const layout = readFileSync(join(here, 'layout.html'), 'utf8');
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
for (const file of readdirSync(join(here, 'pages')).filter((f) => f.endsWith('.html'))) {
  const source = readFileSync(join(here, 'pages', file), 'utf8');
  const m = /^<!--\s*(\{[\s\S]*?\})\s*-->\n/.exec(source);
  if (!m) fail(`pages/${file} must start with <!-- {"title": …} -->`);
  let meta;
  try {
    meta = JSON.parse(m[1]);
  } catch (e) {
    fail(`pages/${file}: the first comment is not valid JSON (${e.message})`);
  }
  if (!meta.title || !meta.description) fail(`pages/${file}: "title" and "description" are required`);
  const head = [
    // Exactly what a webmaster pastes: one module script, resolved from the site's own /passerelle/ folder.
    meta.kit ? '    <script type="module" src="/passerelle/passerelle.js"></script>' : '',
    meta.script ? `    <script type="module" src="${meta.script}"></script>` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const crumb =
    file === 'index.html'
      ? ''
      : `          <li><a href="/${file}" aria-current="page">${escapeHtml(meta.title)}</a></li>`;
  let html = layout
    .replace('%TITLE%', escapeHtml(meta.title))
    .replace('%DESCRIPTION%', escapeHtml(meta.description))
    .replace('%HEAD%', head)
    .replace('%BREADCRUMB%', crumb)
    .replace('%CONTENT%', () => source.slice(m[0].length).trimEnd().replace(/^/gm, '      '));
  html = html.replace(/ data-nav="([a-z-]+)"/g, (_, nav) => (meta.nav === nav ? ' aria-current="page"' : ''));
  if (file === 'index.html') html = html.replace(/\s*<nav class="fil"[\s\S]*?<\/nav>/, '');
  if (/%[A-Z]+%/.test(html)) fail(`pages/${file}: a placeholder was left in the page`);
  writeFileSync(join(dist, file), html);
}

// 3. The snippet builder script, bundled with @passerelle/tokens (for the contrast check) from sources.
const { build, defaultClientConditions } = await import('vite');
await build({
  configFile: false,
  root: here,
  logLevel: 'warn',
  publicDir: false,
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: join(dist, 'assets'),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    copyPublicDir: false,
    reportCompressedSize: false,
    lib: {
      entry: { integrer: join(here, 'src', 'integrer.ts') },
      formats: ['es'],
      fileName: (_f, n) => `${n}.js`,
    },
    rolldownOptions: { output: { minify: true, comments: { legal: true, annotation: false, jsdoc: false } } },
  },
});

// 4. The kit, as a webmaster copies it, and an "older" copy with another version for the two-versions page:
//    that older release only had the questionnaire, so both copies end up in use on that page.
const embedDir = join(repo, 'packages', 'embed');
const embedDist = join(embedDir, 'dist');
if (!existsSync(join(embedDist, 'passerelle.js')))
  fail(
    'packages/embed/dist/passerelle.js is missing: build the kit first (npm run build -w @passerelle/embed).',
  );
cpSync(embedDist, join(dist, 'passerelle'), { recursive: true });
// The offline worker goes next to the mediator page, as the kit's recipe says (its scope: that page).
cpSync(join(embedDist, 'passerelle-sw.js'), join(dist, 'passerelle-sw.js'));
const manifest = JSON.parse(readFileSync(join(embedDist, 'passerelle-manifest.json'), 'utf8'));
const oldVersion = `${manifest.version}-ancienne`;
const old = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    join(embedDir, 'scripts', 'build.ts'),
    ...['--out', join(dist, 'passerelle-ancienne'), '--version', oldVersion, '--only', 'questionnaire'],
  ],
  { cwd: embedDir, stdio: 'inherit' },
);
if (old.status !== 0) fail('the older copy of the kit did not build (see above).');

// 5. Data the widgets fetch.
const data = join(dist, 'donnees');
mkdirSync(data, { recursive: true });
const localAids = join(repo, 'packages', 'rules', 'examples', 'local-aids-belleville.json');
if (existsSync(localAids)) cpSync(localAids, join(data, 'aides-locales.json'));
else
  console.warn(
    'demo build: packages/rules/examples/local-aids-belleville.json not found, no local aids served.',
  );
buildPartnerData(data);

writeFileSync(
  join(dist, 'version.json'),
  `${JSON.stringify({ kit: manifest.version, older: oldVersion, widgets: manifest.widgets.map((w) => w.tag) }, null, 2)}\n`,
);
console.log(
  `demo built into ${dist} in ${Math.round(performance.now() - started)} ms (kit ${manifest.version}: ${
    manifest.widgets.map((w) => w.tag).join(', ') || 'no widget yet'
  })`,
);

/** Runs the partners CLI on the sample export, as packages/partners/README.md says (from sources, via tsx). */
function buildPartnerData(outDir) {
  const partners = join(repo, 'packages', 'partners');
  const cli = join(partners, 'src', 'cli.ts');
  const sample = join(partners, 'samples', 'val-de-marne.json');
  if (!existsSync(cli) || !existsSync(sample)) {
    console.warn(
      'demo build: the partners CLI or its Val-de-Marne sample is missing; the finder has no data.',
    );
    return;
  }
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', cli, 'import', sample, '--out', join(outDir, 'partenaires'), '--exemple'],
    { cwd: repo, encoding: 'utf8' },
  );
  // The CLI reports every approximated record on stderr; keep the build log to its summary line.
  if (r.status !== 0) fail(`the partners CLI failed (exit ${r.status}):\n${r.stderr}`);
  console.log(r.stdout.trim().split('\n').at(-1) ?? '');
}
