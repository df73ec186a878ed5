// Loading a demo page the way the bench measures it: cold, Chromium's CPU slowed 4 times and the "Slow 4G"
// network, a probe that notes when the widget is visible then interactive, and a trace of the main thread.
import type { Browser } from 'playwright';
import { BUSY_CATEGORIES, busyUntilMark, type TraceEvent } from './main-thread.js';

// Lighthouse "Slow 4G" for request-level (DevTools) throttling: 150 ms RTT × 3.75, 1.6 Mbit/s down and
// 750 kbit/s up × 0.9, CPU 4× slower. Source: https://github.com/GoogleChrome/lighthouse/blob/main/core/config/constants.js
// (mobileSlow4G, checked 2026-11-24).
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
export const CPU_SLOWDOWN = 4;

/** The demo page of each widget, as the bench measures it. */
export const DEMO_PAGES: Record<string, { path: string; label: string }> = {
  'passerelle-questionnaire': { path: '/vos-droits.html', label: 'questionnaire' },
  'passerelle-partner-finder': { path: '/trouver-de-l-aide.html', label: 'partner finder' },
  'passerelle-falc': { path: '/comprendre-vos-droits.html', label: 'FALC' },
};

/** Resolves once the demo server answers on `url`. */
export async function waitForServer(url: string, ms = 15_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the demo server did not answer on ${url}`);
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** The user-timing mark the probe sets when the widget is interactive (the trace is read up to it). */
export const MARK = 'passerelle-bench-interactive';

/** Runs in the page from its first byte: records when the widget is visible, then interactive. */
export const probe = (tag: string) => `(() => {
  const tag = ${JSON.stringify(tag)};
  const bench = (window.__bench = {});
  const controls = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), a[href]';
  const tick = () => {
    const el = document.querySelector(tag);
    const root = el && el.shadowRoot;
    if (root && bench.visible === undefined) {
      const drawn = [...root.children].some((c) => c.localName !== 'style');
      if (drawn && el.getBoundingClientRect().height > 0) bench.visible = performance.now();
    }
    const control = root && root.querySelector(controls);
    if (bench.visible !== undefined && control && control.getBoundingClientRect().height > 0) {
      // The next task runs only once the main thread is free: that is when a click would be handled.
      setTimeout(() => { bench.interactive = performance.now(); performance.mark(${JSON.stringify(MARK)}); });
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/**
 * Loads `url` cold under the bench's CPU and network throttling, with `init` run before the page's own scripts,
 * until `init` has set \`__bench.interactive\` and the mark; returns what it recorded and the main thread's busy
 * time up to the mark (tasks of every kind: parse, compile, run, style, layout), read from a trace because
 * the work that follows the mark (the questionnaire's engine arriving, say) must not count.
 */
export async function tracedLoad(
  browser: Browser,
  url: string,
  init: string,
  block?: RegExp,
): Promise<{ bench: { visible?: number; interactive?: number }; busy: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    if (block) await page.route(block, (route) => route.abort());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', { categories: BUSY_CATEGORIES, transferMode: 'ReportEvents' });
    // A string, not a function: tsx would add helpers (__name) that do not exist in the page.
    await page.addInitScript({ content: init });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __bench: { interactive?: number } }).__bench?.interactive !== undefined,
      undefined,
      { timeout: 60_000, polling: 250 },
    );
    const bench = await page.evaluate(
      () => (window as unknown as { __bench: { visible?: number; interactive?: number } }).__bench,
    );
    await cdp.send('Tracing.end');
    await complete;
    return { bench, busy: busyUntilMark(events, MARK) };
  } finally {
    await context.close();
  }
}

/**
 * The host page alone, the kit's loader blocked: main-thread busy time until one second after its load event
 * (the page's own parsing, styles, layout and scripts), the floor under any widget's figure.
 */
export async function pageAlone(browser: Browser, url: string): Promise<number> {
  const init = `addEventListener('load', () => setTimeout(() => {
    window.__bench = { interactive: performance.now() }; performance.mark(${JSON.stringify(MARK)});
  }, 1000));`;
  return (await tracedLoad(browser, url, init, /\/passerelle\/passerelle\.js$/)).busy;
}
