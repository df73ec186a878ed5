import { stripVTControlCharacters } from 'node:util';

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

/**
 * The failed tests of a report, one line each (name and first line of the error), so a red CI run names
 * what failed even when the runner's own output was cut.
 * @returns {string[]}
 */
export function failedTests(report) {
  const firstLine = (s) =>
    stripVTControlCharacters(String(s ?? ''))
      .trim()
      .split('\n')[0]
      .slice(0, 200);
  const out = [];
  if (report?.stats && 'expected' in report.stats) {
    const walk = (suite, path) => {
      for (const spec of suite.specs ?? [])
        for (const t of spec.tests ?? [])
          if (t.status === 'unexpected') {
            const err = t.results?.at(-1)?.error?.message;
            out.push(`${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')} — ${firstLine(err)}`);
          }
      for (const s of suite.suites ?? []) walk(s, [...path, s.title]);
    };
    for (const s of report.suites ?? []) walk(s, []);
    return out;
  }
  for (const file of report?.testResults ?? []) {
    const where = String(file.name ?? '').replace(/^.*?\/(packages|apps)\//, '$1/');
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed)
      out.push(`${where} › ${a.fullName ?? a.title} — ${firstLine(a.failureMessages?.[0])}`);
    if (file.status === 'failed' && !failed.length)
      out.push(`${where} — ${firstLine(file.message) || 'suite failed to load'}`);
  }
  return out;
}
