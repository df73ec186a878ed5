export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
export declare function countReport(report: unknown): Counts;
export declare function closingLine(counts: Counts): string;
