/** Runs the search in Debian's Chromium (through Playwright) on data served from memory. */
import { join } from 'node:path';
import { launchOptions } from '@passerelle/testing/chromium';
import { chromium } from 'playwright';
import { build } from 'vite';

export interface BrowserOrigin {
  lat: number;
  lon: number;
  commune: { code: string; departement: string; epci?: string };
}

async function bundle(dir: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    build: {
      write: false,
      minify: false,
      lib: { entry: join(dir, 'browser-entry.ts'), formats: ['iife'], name: 'benchEntry', fileName: 'bench' },
    },
  });
  const first = (Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] };
  const code = first.output.find((o) => o.code)?.code;
  if (!code) throw new Error('bundle failed');
  return code;
}

/** Search times (ms) in Chromium for each dataset. */
export async function chromiumSearchTimes(
  dir: string,
  datasets: { name: string; json: string; origins: BrowserOrigin[] }[],
  runs: number,
): Promise<Map<string, number[]>> {
  const code = await bundle(dir);
  const result = new Map<string, number[]>();
  // One browser per dataset: a crash (memory) on the whole country must not lose the département row.
  for (const ds of datasets) {
    const browser = await chromium.launch(launchOptions());
    try {
      const page = await browser.newPage();
      await page.route('http://bench.localhost/**', (route) => {
        const url = new URL(route.request().url());
        if (url.pathname === '/')
          return route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><title>bench</title><script>${code}</script>`,
          });
        return url.pathname === `/${ds.name}.json`
          ? route.fulfill({ contentType: 'application/json', body: ds.json })
          : route.fulfill({ status: 404 });
      });
      await page.goto('http://bench.localhost/');
      const times = await page.evaluate(
        ({ name, origins, runs }) =>
          (
            globalThis as unknown as {
              benchSearch: (u: string, o: unknown[], r: number) => Promise<number[]>;
            }
          ).benchSearch(`/${name}.json`, origins, runs),
        { name: ds.name, origins: ds.origins, runs },
      );
      result.set(ds.name, times);
    } catch (e) {
      console.warn(`Chromium bench: ${ds.name} failed: ${(e as Error).message}`);
    } finally {
      await browser.close();
    }
  }
  return result;
}
