/** A parameter value as [from (YYYY-MM-DD, inclusive), value, official source URL or text reference]. */
export type ParameterValue = readonly [from: string, value: number | readonly number[], source: string];

/** A value without its source, as the evaluator reads it: [from (YYYY-MM-DD, inclusive), value]. */
export type DatedValue = readonly [from: string, value: number | readonly number[], source?: string];

/** Dated values by parameter id (current-values.ts is generated from current-data.ts). */
export type ValueTable = Readonly<Record<string, readonly DatedValue[]>>;

/** How often the law revalues a parameter; drives the staleness check (test/parameters.test.ts). */
export type RevaluationCycle = 'january' | 'april' | 'october' | 'law';

export interface ParameterDef {
  /** Stable id, never renamed (content and explanations print amounts through it). */
  id: string;
  /** French label. */
  label: string;
  unit: string;
  cycle: RevaluationCycle;
  /** The day a person last checked these values against the source (YYYY-MM-DD). */
  verifiedOn: string;
  note?: string;
  values: readonly ParameterValue[];
}

export interface ParameterAt {
  id: string;
  label: string;
  unit: string;
  value: number | readonly number[];
  /** Date from which the value applies. */
  from: string;
  source: string;
  verifiedOn: string;
  note?: string;
}
