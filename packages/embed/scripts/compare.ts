// `npm run bench:compare -w @passerelle/embed -- <site A> <site B> [page]`: the main thread's busy time until the
// questionnaire (or the page's widget) is interactive, for two built demo sites (two versions of the kit),
// loaded in turns in one browser so that both meet the same machine load: the honest ratio on a shared
// machine. Build each site from its checkout with `node apps/demo/scripts/build.mjs --out <dir>`.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumArgs, findChromium } from '@passerelle/testing/chromium';
import { chromium } from 'playwright';
import { embedDir } from './build.js';
import { DEMO_PAGES, medianOf as mid, type PairedLoad, pairedLoad, waitForServer } from './page-timing.js';

/** Demo page → the widget it shows. */
const PAGES: Record<string, string> = Object.fromEntries(
  Object.entries(DEMO_PAGES).map(([tag, page]) => [page.path, tag]),
);
const RUNS = Number(process.env.PASSERELLE_BENCH_RUNS ?? 7);
const [a, b, path = '/vos-droits.html'] = process.argv.slice(2);
const tag = PAGES[path];
if (!a || !b || !tag) {
  console.error(
    `Usage: npm run bench:compare -w @passerelle/embed -- <site A> <site B> [${Object.keys(PAGES).join(' | ')}]`,
  );
  process.exit(2);
}
for (const dir of [a, b])
  if (!existsSync(join(dir, 'passerelle', 'passerelle.js'))) {
    console.error(
      `${dir} is not a built demo site (no passerelle/passerelle.js): build it with apps/demo/scripts/build.mjs --out ${dir}`,
    );
    process.exit(2);
  }

const server = (root: string, port: number): ChildProcess =>
  spawn(
    process.execPath,
    [
      join(embedDir, '..', '..', 'apps', 'demo', 'server.mjs'),
      '--root',
      resolve(root),
      '--port',
      String(port),
    ],
    {
      stdio: 'ignore',
    },
  );
const sites = [
  { name: 'A', port: 4181, server: server(a, 4181), loads: [] as PairedLoad[] },
  { name: 'B', port: 4182, server: server(b, 4182), loads: [] as PairedLoad[] },
];
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  for (const s of sites) await waitForServer(`http://127.0.0.1:${s.port}/`);
  for (let i = 0; i < RUNS; i++)
    for (const s of i % 2 ? [...sites].reverse() : sites)
      s.loads.push(await pairedLoad(browser, `http://127.0.0.1:${s.port}${path}`, tag));
  for (const s of sites)
    console.log(
      `${s.name}: main thread busy until interactive ${Math.round(mid(s.loads, 'busy'))} ms, host page alone until then ${Math.round(mid(s.loads, 'alone'))} ms, the kit's share ${Math.round(mid(s.loads, 'kit'))} ms (runs: ${s.loads.map((l) => Math.round(l.kit)).join(', ')}), interactive at ${Math.round(mid(s.loads, 'interactive'))} ms`,
    );
  const [sa, sb] = sites as [(typeof sites)[0], (typeof sites)[0]];
  const ratio = (key: 'busy' | 'kit') => (mid(sb.loads, key) / mid(sa.loads, key)).toFixed(2);
  console.log(`B / A, main thread busy: ${ratio('busy')}; the kit's share: ${ratio('kit')}`);
} finally {
  await browser.close();
  for (const s of sites) s.server.kill();
}
