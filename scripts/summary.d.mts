export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
export declare function countReport(report: unknown): Counts;
export declare function closingLine(counts: Counts): string;
/** The failed tests of a Vitest or Playwright report, one line each: name and first line of the error. */
export declare function failedTests(report: unknown): string[];
