import type { Situation } from '../../src/situation.js';

/** One OpenFisca-France test case, translated (see README.md). */
export interface OpenFiscaCase {
  /** Path of the YAML file in the openfisca-france repository. */
  source: string;
  /** The case's `name` in that file. */
  name: string;
  /** The month evaluated (the case's `period`). */
  month: string;
  /** OpenFisca's `absolute_error_margin` for the case (0.005, to the cent, when the case gives none). */
  tolerance: number;
  /**
   * OpenFisca's `relative_error_margin` for the case, when it gives one (0.01 = 1 % of the expected amount):
   * the amount passes within the larger of the two margins, as in OpenFisca's own test runner.
   */
  relativeTolerance?: number;
  situation: Situation;
  /**
   * Expected amount per right, as Passerelle states it: per month, or per year for the chèque énergie; 0 for
   * nothing paid. Family benefits net of the CRDS (OpenFisca states them before it: see `note`).
   */
  expected: Partial<Record<string, number>>;
  /** How an expected figure was converted from OpenFisca's output, or how the period was read. */
  note?: string;
  /**
   * A defect of Passerelle that the case shows and that is not fixed yet (see README.md, « Écarts connus »):
   * the case is run, counts as failed in the pass rate, and must still fail (fixing the defect makes that
   * test fail: remove the field then).
   */
  knownGap?: string;
}
