import { chromiumBrowser, hangTimeouts } from '@passerelle/testing/vitest';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Runs only the inaccessible fixture story, with the same a11y setting as every story: it must fail.
export default defineConfig({
  // Its own optimizer cache: the main story run may be optimizing at the same time.
  cacheDir: 'node_modules/.vite-gate',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [
    storybookTest({ configDir: '.storybook', tags: { include: ['a11y-gate-fixture'], exclude: [] } }),
  ],
  test: {
    name: 'storybook-gate',
    // Storybook's own 15 s default timed out on a loaded machine: the same hang-only timeouts as elsewhere.
    ...hangTimeouts,
    // Not the default port: the main story run may be serving on it.
    browser: chromiumBrowser({ api: { port: 63390 } }),
  },
});
