import { describe, expect, it } from 'vitest';
import { closingLine, countReport } from '../../../scripts/summary.mjs';

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
});
