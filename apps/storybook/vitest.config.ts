import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { browserConnectTimeout, chromiumBrowser, hangTimeouts } from '@passerelle/testing/vitest';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Every story runs as a test in Chromium, with the a11y addon set to fail on any violation.
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    // Storybook's own 15 s default timed out on a loaded machine: the same hang-only timeouts as elsewhere.
    ...hangTimeouts,
    // vitest reads the connect timeout from the root config only, never from a project's browser options.
    browser: { connectTimeout: browserConnectTimeout },
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: chromiumBrowser(),
        },
      },
      {
        extends: true,
        test: {
          name: 'gate',
          include: ['test/**/*.browser.test.ts'],
          browser: chromiumBrowser(),
        },
      },
    ],
  },
});
