// `npm run bench`: sizes of the built kit against the budgets, then, per widget on the demo site, time to
// visible and time to interactive in Chromium with 4× CPU throttling and the "Slow 4G" network profile.
// Writes reports/bench.json (writeBenchRows) and rewrites the marked table in docs/guide-webmaster/tailles.md.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BenchRow, writeBenchRows } from '@passerelle/testing/bench';
import { chromiumArgs, findChromium } from '@passerelle/testing/chromium';
import { DEMO_KIT, recordWaves, waveCount } from '@passerelle/testing/waves';
import { chromium } from 'playwright';
import { embedDir } from './build.js';
import { DEMO_PAGES, medianOf, type PairedLoad, pairedLoad, waitForServer } from './page-timing.js';
import { BUDGETS, measure, OPTIONAL, type OptionalClass } from './sizes.js';

const repo = resolve(embedDir, '..', '..');
const dist = join(embedDir, 'dist');
const RUNS = Number(process.env.PASSERELLE_BENCH_RUNS ?? 3);
const PORT = 4179;

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

function sizeRows(): BenchRow[] {
  const sizes = measure(dist);
  const row = (name: string, gzip: number, budget: number): BenchRow => ({
    name,
    value: kb(gzip),
    unit: 'KB gzip',
    budget: `≤ ${kb(budget)} KB`,
    ok: gzip <= budget,
  });
  const rows = [row('loader (passerelle.js)', sizes.loader.gzip, BUDGETS.loader)];
  const names: Record<string, [string, number]> = {
    questionnaire: ['questionnaire with rules', BUDGETS.questionnaire],
    'partner-finder': ['partner finder without data', BUDGETS['partner-finder']],
    falc: ['FALC without pictograms', BUDGETS.falc],
  };
  for (const [chunk, s] of Object.entries(sizes.widgets)) {
    const [name, budget] = names[chunk] ?? [chunk, 0];
    rows.push(row(name, s.gzip, budget));
    // What runs before the widget shows, when it fetches more later (no budget of its own).
    const first = sizes.initial[chunk]!;
    if (first.gzip < s.gzip)
      rows.push({ name: `${name}: before first display`, value: kb(first.gzip), unit: 'KB gzip' });
  }
  rows.push(row('loader + all widgets', sizes.together.gzip, BUDGETS.together));
  // Optional classes: left out of the budgets above, each shown here so that nothing is hidden.
  for (const name of Object.keys(OPTIONAL) as OptionalClass[]) {
    const c = sizes.optional[name];
    if (c.files.length === 0) continue;
    const files = c.files.length > 1 ? `, ${c.files.length} files` : '';
    rows.push({ name: `${OPTIONAL[name].label} (apart${files})`, value: kb(c.gzip), unit: 'KB gzip' });
  }
  return rows;
}

/**
 * Visible: the widget drew something with a size. Interactive: a control is there and the main thread is free.
 * The kit's share: each load's busy time minus the host page's alone up to the same moment (median of pairs).
 */
async function timeWidget(url: string, tag: string) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const loads: PairedLoad[] = [];
  try {
    for (let i = 0; i < RUNS; i++) loads.push(await pairedLoad(browser, url, tag));
  } finally {
    await browser.close();
  }
  const mid = (key: keyof PairedLoad) => Math.round(medianOf(loads, key));
  return {
    visible: mid('visible'),
    interactive: mid('interactive'),
    busy: mid('busy'),
    alone: mid('alone'),
    kit: mid('kit'),
    waves: await wavesOf(url, tag),
  };
}

/**
 * Request waves after the loader, the kit's files and the host's data only, as the demo's e2e test counts
 * them: deterministic (a 1.5 s added latency separates waves whatever the machine's speed).
 */
async function wavesOf(url: string, tag: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const page = await (await browser.newContext()).newPage();
    const recording = await recordWaves(page, DEMO_KIT);
    await page.goto(url);
    await page.locator(tag).waitFor();
    await page.waitForLoadState('networkidle');
    return waveCount(await recording.stop());
  } finally {
    await browser.close();
  }
}

async function timingRows(): Promise<BenchRow[]> {
  const manifest = JSON.parse(readFileSync(join(dist, 'passerelle-manifest.json'), 'utf8')) as {
    widgets: Array<{ tag: string }>;
  };
  const site = mkdtempSync(join(tmpdir(), 'passerelle-bench-demo-'));
  const built = spawnSync(
    process.execPath,
    [join(repo, 'apps', 'demo', 'scripts', 'build.mjs'), '--out', site],
    {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (built.status !== 0) throw new Error('the demo did not build (see above)');
  let server: ChildProcess | undefined;
  try {
    server = spawn(
      process.execPath,
      [join(repo, 'apps', 'demo', 'server.mjs'), '--root', site, '--port', String(PORT)],
      {
        stdio: 'ignore',
      },
    );
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const rows: BenchRow[] = [];
    for (const { tag } of manifest.widgets) {
      const page = DEMO_PAGES[tag];
      if (!page) continue;
      const t = await timeWidget(`http://127.0.0.1:${PORT}${page.path}`, tag);
      rows.push({ name: `${page.label}: visible (4× CPU, Slow 4G)`, value: t.visible, unit: 'ms' });
      rows.push({ name: `${page.label}: interactive (4× CPU, Slow 4G)`, value: t.interactive, unit: 'ms' });
      rows.push({
        name: `${page.label}: main thread busy until interactive (4× CPU)`,
        value: t.busy,
        unit: 'ms',
      });
      rows.push({
        name: `${page.label}: host page alone, kit blocked, main thread busy until the same moment (4× CPU)`,
        value: t.alone,
        unit: 'ms',
      });
      // The first-render budget of the widgets (1 s at 4× CPU), held on what the kit itself costs the page.
      rows.push({
        name: `${page.label}: the kit's share of it (4× CPU)`,
        value: t.kit,
        unit: 'ms',
        budget: '≤ 1000',
        ok: t.kit <= 1000,
      });
      rows.push({
        name: `${page.label}: request waves after the loader (code and host data)`,
        value: t.waves,
        unit: 'waves',
        budget: '≤ 1',
        ok: t.waves <= 1,
      });
    }
    return rows;
  } finally {
    server?.kill();
    rmSync(site, { recursive: true, force: true });
  }
}

/** Replaces the block between the bench markers in the webmaster guide's size page. */
function writeDocs(rows: BenchRow[]) {
  const file = join(repo, 'docs', 'guide-webmaster', 'tailles.md');
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!text.includes(start) || !text.includes(end)) return;
  const fr = (v: number) => v.toLocaleString('fr-FR');
  const label = (name: string) =>
    name
      .replace('loader (passerelle.js)', 'chargeur (passerelle.js)')
      .replace('questionnaire with rules', 'questionnaire, règles comprises')
      .replace('partner finder without data', 'recherche de lieux, sans les données')
      .replace('FALC without pictograms', 'FALC, sans les pictogrammes')
      .replace('loader + all widgets', 'chargeur et trois widgets')
      .replace(': before first display', ' : avant le premier affichage')
      .replace(/\(apart, (\d+) files\)/, '(à part, $1 fichiers)')
      .replace('(apart)', '(à part)')
      .replace('FALC pictograms', 'pictogrammes du FALC')
      .replace('English texts', 'textes en anglais')
      .replace('Arabic texts', 'textes en arabe')
      .replace('local aids', 'aides locales')
      .replace('FALC content per right', 'textes FALC de chaque aide')
      .replace('partner finder:', 'recherche de lieux :')
      .replace('questionnaire:', 'questionnaire :')
      .replace('FALC:', 'FALC :')
      .replace('visible (4× CPU, Slow 4G)', 'visible (processeur ÷ 4, Slow 4G)')
      .replace('interactive (4× CPU, Slow 4G)', 'interactif (processeur ÷ 4, Slow 4G)')
      .replace(
        'main thread busy until interactive (4× CPU)',
        'calcul avant d’être interactif (processeur ÷ 4)',
      )
      .replace(
        'host page alone, kit blocked, main thread busy until the same moment (4× CPU)',
        'calcul de la page hôte seule, sans le kit, jusqu’au même moment (processeur ÷ 4)',
      )
      .replace("the kit's share of it (4× CPU)", 'part du kit dans ce calcul (processeur ÷ 4)')
      .replace(
        'request waves after the loader (code and host data)',
        'vagues de requêtes après le chargeur (code et données)',
      )
      .replace(
        'Portuguese, Turkish and Ukrainian texts, rules translation code',
        'textes en portugais, turc et ukrainien, traduction des règles',
      )
      .replace('hand-off (fiche, QR code)', 'fiche de liaison (fiche, code QR)')
      .replace("mediator's workspace", 'espace du médiateur');
  const unit = (u: string) => (u === 'KB gzip' ? 'Ko (gzip)' : u === 'waves' ? 'vague(s)' : u);
  const table = [
    '| Mesure | Valeur | Budget | Respecté |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${label(r.name)} | ${fr(r.value)} ${unit(r.unit)} | ${
          r.budget ? r.budget.replace(' KB', ' Ko').replace('.', ',') : '–'
        } | ${r.ok === undefined ? '–' : r.ok ? 'oui' : '**non**'} |`,
    ),
  ].join('\n');
  const date = new Date().toISOString().slice(0, 10);
  const block = `${start}\n_Mesuré par \`npm run bench\` le ${date} (Chromium, ${RUNS} chargements par page, médiane)._\n\n${table}\n${end}`;
  writeFileSync(file, text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block));
}

if (!existsSync(join(dist, 'passerelle-manifest.json')))
  throw new Error('packages/embed/dist is missing: run `npm run build -w @passerelle/embed` first.');
const rows = [...sizeRows(), ...(await timingRows())];
writeBenchRows(embedDir, '@passerelle/embed', rows);
writeDocs(rows);
