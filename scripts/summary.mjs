// Reads the JSON reports of Vitest and Playwright and sums them: the closing line of `npm test`.

/** @returns {{ passed: number, failed: number, skipped: number }} */
export function countReport(report) {
  if (report?.stats && 'expected' in report.stats) {
    // Playwright's JSON reporter
    return {
      passed: report.stats.expected + (report.stats.flaky ?? 0),
      failed: report.stats.unexpected,
      skipped: report.stats.skipped,
    };
  }
  if (report && 'numPassedTests' in report) {
    // Vitest's JSON reporter: a suite that fails to load has no test but must still count as a failure.
    const brokenSuites = (report.testResults ?? []).filter(
      (r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
    ).length;
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + brokenSuites,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  }
  throw new Error('Unknown report format: expected a Vitest or Playwright JSON report.');
}

/** The one closing line CI reads. */
export function closingLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
