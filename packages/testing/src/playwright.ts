import AxeBuilder from '@axe-core/playwright';
import { defineConfig, devices, expect, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.js';

/** Playwright config shared by the apps: Debian's Chromium, no outside host, JSON report for `npm test`. */
export function passerelleE2E(opts: { port: number; command: string; testDir?: string }) {
  // PASSERELLE_E2E_PORT_OFFSET lets two checkouts run their e2e side by side without sharing a server.
  const port = opts.port + (Number(process.env.PASSERELLE_E2E_PORT_OFFSET) || 0);
  const command = opts.command.replace(`--port ${opts.port}`, `--port ${port}`);
  return defineConfig({
    testDir: opts.testDir ?? 'e2e',
    fullyParallel: true,
    workers: 2,
    retries: 0,
    // Hang-only limits: `npm test` runs builds and browsers side by side on two loaded cores, where a
    // Storybook page and its axe run took over 30 s. No test asserts a timing.
    timeout: 120_000,
    expect: { timeout: 20_000 },
    reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
    use: {
      baseURL: `http://127.0.0.1:${port}`,
      ...devices['Desktop Chrome'],
      launchOptions: { executablePath: findChromium(), args: chromiumArgs },
      trace: 'off',
    },
    webServer: {
      command,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  });
}

/** axe on the whole page, shadow roots included; fails with the list of violations. */
export async function expectAccessible(page: Page, opts: { include?: string; disable?: string[] } = {}) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (opts.include) builder = builder.include(opts.include);
  if (opts.disable?.length) builder = builder.disableRules(opts.disable);
  const { violations } = await builder.analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

/** True when nothing in the page is wider than the viewport (WCAG 1.4.10 reflow). */
export async function hasNoHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}
