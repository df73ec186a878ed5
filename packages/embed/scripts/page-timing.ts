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
/** Page code: notes the moment in `__bench`, sets the mark, and tells the bench by a console message. */
const INTERACTIVE = `window.__bench.interactive = performance.now(); performance.mark(${JSON.stringify(MARK)}); console.debug(${JSON.stringify(MARK)});`;

/**
 * Runs in the page from its first byte: records when the widget is visible, then interactive. It looks only
 * when the widget's shadow root changes, never at every frame: a probe polling each frame (with the layout its
 * size check forces) costed about 100 ms of main thread at 4× CPU, counted as the kit's.
 */
export const probe = (tag: string) => `(() => {
  const tag = ${JSON.stringify(tag)};
  const bench = (window.__bench = {});
  const controls = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), a[href]';
  customElements.whenDefined(tag).then(() => {
    const el = document.querySelector(tag);
    const root = el && el.shadowRoot;
    if (!root) return;
    const check = () => {
      if (bench.visible === undefined) {
        const drawn = [...root.children].some((c) => c.localName !== 'style');
        if (drawn && el.getBoundingClientRect().height > 0) bench.visible = performance.now();
      }
      const control = root.querySelector(controls);
      if (bench.visible === undefined || !control || control.getBoundingClientRect().height === 0) return;
      observer.disconnect();
      // The next task runs only once the main thread is free: that is when a click would be handled.
      setTimeout(() => { ${INTERACTIVE} });
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    check();
  });
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
    // Told by a console message, not by polling the page: each poll would run Playwright's own script in the
    // page, on the main thread being measured (about 150 ms at 4× CPU the first time).
    const marked = page.waitForEvent('console', { predicate: (m) => m.text() === MARK, timeout: 60_000 });
    await page.goto(url, { waitUntil: 'commit' });
    await marked;
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
 * The host page alone, the kit's loader blocked: main-thread busy time until `at` ms after navigation (the
 * moment a widget load of the same page became interactive), so that the difference with that load is the
 * kit's own work before its widget is interactive.
 */
async function pageAlone(browser: Browser, url: string, at: number): Promise<number> {
  const init = `window.__bench = {}; setTimeout(() => { ${INTERACTIVE} }, ${Math.round(at)} - performance.now());`;
  return (await tracedLoad(browser, url, init, /\/passerelle\/passerelle\.js$/)).busy;
}

/**
 * One widget load and the host page alone up to the same moment, one after the other so that both meet the
 * same machine load: the main thread's busy time until interactive, and the part of it that is the kit's.
 */
export interface PairedLoad {
  visible: number;
  interactive: number;
  /** Main-thread busy time until interactive, with the kit. */
  busy: number;
  /** The same page, kit blocked, up to the same moment. */
  alone: number;
  /** busy − alone: the kit's own work. */
  kit: number;
}

/** The median of one measure over loads. */
export const medianOf = (loads: readonly PairedLoad[], key: keyof PairedLoad): number =>
  median(loads.map((l) => l[key]));

export async function pairedLoad(browser: Browser, url: string, tag: string): Promise<PairedLoad> {
  const t = await tracedLoad(browser, url, probe(tag));
  const interactive = t.bench.interactive ?? Number.NaN;
  const alone = await pageAlone(browser, url, interactive);
  return { visible: t.bench.visible ?? Number.NaN, interactive, busy: t.busy, alone, kit: t.busy - alone };
}
