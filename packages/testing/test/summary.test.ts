import { describe, expect, it } from 'vitest';
import { closingLine, countReport, failedTests } from '../../../scripts/summary.mjs';

describe('closing line of npm test', () => {
  it('counts a Vitest report, including a suite that failed to load', () => {
    const report = {
      numPassedTests: 5,
      numFailedTests: 1,
      numPendingTests: 2,
      numTodoTests: 1,
      testResults: [
        { status: 'failed', assertionResults: [] },
        { status: 'passed', assertionResults: [{}] },
      ],
    };
    expect(countReport(report)).toEqual({ passed: 5, failed: 2, skipped: 3 });
  });

  it('counts a Playwright report, flaky tests as passed', () => {
    expect(countReport({ stats: { expected: 3, unexpected: 1, skipped: 0, flaky: 1 } })).toEqual({
      passed: 4,
      failed: 1,
      skipped: 0,
    });
  });

  it('rejects an unknown report rather than counting nothing', () => {
    expect(() => countReport([{ name: 'bench row' }])).toThrow(/Unknown report format/);
  });

  it('prints the line CI reads, with skipped only when some were', () => {
    expect(closingLine({ passed: 12, failed: 0, skipped: 0 })).toBe('12 passed, 0 failed');
    expect(closingLine({ passed: 12, failed: 1, skipped: 3 })).toBe('12 passed, 1 failed, 3 skipped');
    expect(closingLine({ passed: 3, failed: 0, skipped: 0 })).toMatch(
      /^\d+ passed, \d+ failed(, \d+ skipped)?$/,
    );
  });

  it('names each failed test with the first line of its error', () => {
    const vitest = {
      numPassedTests: 1,
      numFailedTests: 1,
      testResults: [
        {
          name: '/check/work/main/packages/elements/src/a.browser.test.ts',
          status: 'failed',
          assertionResults: [
            { status: 'passed', fullName: 'ok' },
            {
              status: 'failed',
              fullName: 'finder › says the stall',
              failureMessages: ['\u001b[31mAssertionError: expected 1\u001b[39m\n  at x'],
            },
          ],
        },
        {
          name: '/x/packages/rules/test/b.test.ts',
          status: 'failed',
          assertionResults: [],
          message: 'SyntaxError: oops',
        },
      ],
    };
    expect(failedTests(vitest)).toEqual([
      'packages/elements/src/a.browser.test.ts › finder › says the stall — AssertionError: expected 1',
      'packages/rules/test/b.test.ts — SyntaxError: oops',
    ]);
    const pw = {
      stats: { expected: 0, unexpected: 1, skipped: 0 },
      suites: [
        {
          title: 'site.spec.ts',
          specs: [],
          suites: [
            {
              title: 'menu',
              specs: [
                {
                  title: 'opens',
                  file: 'site.spec.ts',
                  line: 9,
                  tests: [{ status: 'unexpected', results: [{ error: { message: 'Timeout 5000ms' } }] }],
                },
                {
                  title: 'closes',
                  file: 'site.spec.ts',
                  line: 20,
                  tests: [{ status: 'expected', results: [] }],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(failedTests(pw)).toEqual(['site.spec.ts:9 › menu › opens — Timeout 5000ms']);
  });
});
