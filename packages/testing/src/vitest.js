// Plain JS: vite's config loader hands workspace packages to Node untransformed.
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { launchOptions } from '../../../scripts/chromium.mjs';

/**
 * Timeouts only catch a hung test: tests never assert timings, and `npm test` on a loaded two-core machine
 * runs whole builds and browsers side by side (5 s, vitest's default, and Storybook's 15 s failed there).
 */
export const hangTimeouts = { testTimeout: 180_000, hookTimeout: 300_000 };

/** Chromium started beside builds on a loaded machine once took over a minute to answer vitest. */
export const browserConnectTimeout = 300_000;

/** For `vi.waitFor` and polling assertions: long enough for a loaded machine, short of a hang. */
export const pollTimeout = 20_000;

/**
 * Vitest's browser options for Debian's Chromium, headless. A new object each call: vitest mutates it.
 * @param {Record<string, unknown>} [extra] options added or replaced (a port, say)
 */
export function chromiumBrowser(extra = {}) {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: launchOptions() }),
    instances: [{ browser: 'chromium' }],
    screenshotFailures: false,
    connectTimeout: browserConnectTimeout,
    ...extra,
  };
}

/**
 * One vitest setup for every workspace: `*.test.ts` in Node, `*.browser.test.ts` in Debian's Chromium,
 * workspace packages resolved to their TypeScript sources, and a JSON report that `npm test` sums up.
 * @param {{ browser?: boolean, vite?: import('vitest/config').ViteUserConfig }} [options]
 */
export function passerelleVitest(options = {}) {
  const browserProject = {
    extends: true,
    test: {
      name: 'browser',
      include: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
      browser: chromiumBrowser(),
    },
  };
  return defineConfig({
    ...options.vite,
    resolve: { conditions: ['source', ...defaultClientConditions] },
    ssr: { resolve: { conditions: ['source', ...defaultServerConditions], externalConditions: ['source'] } },
    test: {
      reporters: ['default', 'json'],
      outputFile: { json: 'reports/vitest.json' },
      passWithNoTests: false,
      ...hangTimeouts,
      // vitest reads the connect timeout from the root config only, never from a project's browser options.
      browser: { connectTimeout: browserConnectTimeout },
      // expect.poll / expect.element give up after 1 s by default: a loaded machine is slower than that.
      expect: { poll: { timeout: pollTimeout } },
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
            exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          },
        },
        ...(options.browser ? [browserProject] : []),
      ],
    },
  });
}
