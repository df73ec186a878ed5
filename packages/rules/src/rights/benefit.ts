// How the CAF rounds a family benefit and the Ministry a school grant: one place for the evaluator and for
// the reference amounts the explanation texts show (../amounts.ts).
import { afterCrds, cents } from '../context.js';

/**
 * A family benefit as the CAF and the MSA pay it: the BMAF times the legal rate (times the modulation),
 * rounded to the cent, less the 0.5 % CRDS truncated to the cent (art. L551-1 CSS, ordonnance 96-50).
 */
export const familyBenefit = (bmaf: number, rate: number, crds: number, modulation = 1): number =>
  afterCrds(familyGross(bmaf, rate, modulation), crds);

/** The same before CRDS (what differential amounts and sums over several children start from). */
export const familyGross = (bmaf: number, rate: number, modulation = 1): number =>
  cents(bmaf * rate * modulation);

/** A collège or lycée grant for a year: a share of the BMAF rounded to a multiple of 3 € (no CRDS). */
export const schoolGrant = (bmaf: number, rate: number): number => 3 * Math.round((bmaf * rate) / 3);
