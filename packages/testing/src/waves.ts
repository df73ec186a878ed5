import type { Page } from '@playwright/test';

/** One request of the page, as Chromium's network domain saw it. */
export interface RecordedRequest {
  url: string;
  sent: number;
  finished?: number;
  /** 0 for the loader; n for a request sent after a request of wave n - 1 had finished. */
  wave?: number;
}

/** The demo site's layout: the kit's loader, and what counts as the kit (its code under `/passerelle/`, the host's data under `/donnees/`). */
export const DEMO_KIT = {
  loader: /\/passerelle\/passerelle\.js$/,
  only: (url: string) => /\/(passerelle|donnees)\//.test(new URL(url).pathname),
};

/**
 * Records the requests of a page with a large added latency, then sorts the kit's requests in waves: the
 * loader is wave 0, and a request belongs to wave n when the latest request it could have waited for
 * (one that finished before it was sent) is of wave n - 1. With a latency far above the time code takes to
 * run, the count is deterministic: a request sent by code that waited for a response is always one wave
 * later than that response, and requests sent together stay together.
 */
export async function recordWaves(
  page: Page,
  opts: { loader: RegExp; latencyMs?: number; only?: (url: string) => boolean },
): Promise<{ stop(): Promise<RecordedRequest[]> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: opts.latencyMs ?? 1500,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  const byId = new Map<string, RecordedRequest>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!byId.has(e.requestId)) byId.set(e.requestId, { url: e.request.url, sent: e.timestamp });
  });
  const done = (e: { requestId: string; timestamp: number }) => {
    const r = byId.get(e.requestId);
    if (r && r.finished === undefined) r.finished = e.timestamp;
  };
  cdp.on('Network.loadingFinished', done);
  cdp.on('Network.loadingFailed', done);
  return {
    async stop() {
      await cdp.detach();
      const all = [...byId.values()].sort((a, b) => a.sent - b.sent);
      const loader = all.find((r) => opts.loader.test(r.url));
      if (!loader) throw new Error(`recordWaves: no request matched ${opts.loader}`);
      loader.wave = 0;
      const kit = all.filter((r) => r.sent >= loader.sent && r !== loader && (opts.only?.(r.url) ?? true));
      const placed = [loader];
      for (const r of kit) {
        const before = placed.filter((q) => q.finished !== undefined && q.finished <= r.sent);
        r.wave = before.length ? Math.max(...before.map((q) => q.wave as number)) + 1 : 0;
        placed.push(r);
      }
      return [loader, ...kit];
    },
  };
}

/** How many waves followed the loader (0 when it loaded nothing). */
export const waveCount = (requests: readonly RecordedRequest[]): number =>
  Math.max(0, ...requests.map((r) => r.wave ?? 0));
