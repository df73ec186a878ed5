// Worked household examples: a situation (public contract format), the month evaluated, and the rights
// expected with their official amounts. Each example names its source and shows how the figure follows
// from the official barème, so that a failure can be judged without reading the engine.
import type { Situation } from '../../src/situation.js';

export type RightStatus = 'eligible' | 'possible' | 'not_eligible' | 'already_received';

export interface ExpectedAmount {
  value: number;
  per: 'month' | 'year';
  /** Absolute tolerance in euros. 0.005 = exact to the cent; see README for when a wider one is allowed. */
  tolerance: number;
}

export interface ExpectedRight {
  /** Right id from the contract (rsa, ppa, css, ...). */
  id: string;
  /** Accepted status, or the list of accepted statuses (e.g. aide_logement: eligible or possible). */
  status: RightStatus | readonly RightStatus[];
  /**
   * Expected amount. `null`: no amount is paid (the engine may return null or a value of 0).
   * Omitted: the amount is not checked (aide_logement: order of magnitude only).
   */
  amount?: ExpectedAmount | null;
  /** For css: gratuite | participative. */
  variant?: string;
}

export interface WorkedExample {
  /** Stable id: <right>-<nn>-<slug>. */
  id: string;
  /** Short French title shown in the test name. */
  title: string;
  /** Month evaluated (YYYY-MM): the law then in force applies. */
  month: string;
  situation: Situation;
  expected: readonly ExpectedRight[];
  /** Precise citation: URL of the official barème page, or OpenFisca-France test file + test name. */
  source: string;
  /** One line: how the expected figure follows from the official barème. */
  derivation: string;
  /** Set when the engine still disagrees after the expected value was re-checked: see DISCREPANCIES.md. */
  pending?: string;
}
