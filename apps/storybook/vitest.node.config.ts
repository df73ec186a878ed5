import { defineConfig } from 'vitest/config';

// Node tests of the Storybook setup. Run after the story run (see package.json): the gate test starts a
// second Storybook test run, which must not share the browser server of the first.
export default defineConfig({
  test: {
    name: 'node',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.browser.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest-node.json' },
  },
});
