import { appendFileSync, createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { chromiumArgs, findChromium } from '@passerelle/testing/chromium';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmbed, cdnSnippet, type EmbedManifest } from '../scripts/build.js';

// The CDN recipe, proven in Chromium: with the published snippet the kit loads, and a file changed on the
// "CDN" after release is refused even when the loader imports it lazily.
const fixtures = join(import.meta.dirname, 'fixtures');
let out: string;
let manifest: EmbedManifest;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'passerelle-sri-'));
  manifest = await buildEmbed({
    outDir: join(out, 'dist'),
    version: '9.8.7-sri',
    defines: {
      questionnaire: join(fixtures, 'fake-quiz.ts'),
      'partner-finder': join(fixtures, 'fake-finder.ts'),
      falc: join(fixtures, 'fake-falc.ts'),
    },
  });
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<!doctype html><html lang="fr"><head>${cdnSnippet(manifest, `${base}dist/`)}</head><body></body></html>`,
      );
      return;
    }
    const path = normalize(join(out, url.pathname));
    if (!path.startsWith(out) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(out, { recursive: true, force: true });
});

const loadFalc = async () => {
  const page = await browser.newPage();
  await page.goto(`${base}page.html`);
  const result = await page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 0));
    const kit = (window as { Passerelle?: { load(tag: string): Promise<void> } }).Passerelle;
    if (!kit) return 'no loader';
    try {
      await kit.load('passerelle-falc');
      return customElements.get('passerelle-falc') ? 'loaded' : 'not defined';
    } catch (e) {
      return `refused: ${(e as Error).message}`;
    }
  });
  await page.close();
  return result;
};

describe('CDN recipe with Subresource Integrity', () => {
  it('loads the kit with the published hashes, and refuses a widget file changed afterwards', async () => {
    expect(await loadFalc()).toBe('loaded');
    appendFileSync(join(out, 'dist', 'falc.js'), '\n// changed on the CDN\n');
    expect(await loadFalc()).toMatch(/^refused/);
  });
});
