import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { launchOptions } from './chromium.ts';

export interface PasserelleVitestOptions {
  /** Run `*.browser.test.ts` files in Chromium. */
  browser?: boolean;
  /** Extra Vite config merged at the top level (plugins, define…). */
  vite?: ViteUserConfig;
}

/**
 * One vitest setup for every workspace: `*.test.ts` in Node, `*.browser.test.ts` in Debian's Chromium,
 * workspace packages resolved to their TypeScript sources, and a JSON report that `npm test` sums up.
 */
export function passerelleVitest(options: PasserelleVitestOptions = {}) {
  const browserProject = {
    extends: true as const,
    test: {
      name: 'browser',
      include: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
      // vitest mutates this object: each project needs its own.
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: launchOptions() }),
        instances: [{ browser: 'chromium' as const }],
        screenshotFailures: false,
      },
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
