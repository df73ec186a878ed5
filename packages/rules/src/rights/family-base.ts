// Shared by the family benefits (famille.ts, scolarite.ts): CRDS note, dependants, ceilings.
import type { Ctx, Person } from '../context.js';
import { childrenAged, incomesOf } from './common.js';

export const CRDS_NOTE = {
  met: 'Montant après la CRDS de 0,5 %, prélevée sur les prestations familiales.',
  notMet: '',
};

/** Children counted for family benefits: under the AF age limit (20). */
export function dependants(ctx: Ctx): Person[] {
  return childrenAged(ctx, 0, ctx.p('af.age_limite') - 1);
}

/** Couple where both earn at least 12 BMAF a year, or a parent alone (higher CF / PAJE ceilings). */
export function twoIncomesOrAlone(ctx: Ctx): boolean {
  if (!ctx.couple) return true;
  if (!ctx.partner) return false;
  const bmaf = ctx.p('bmaf');
  return incomesOf(ctx.applicant).activity >= bmaf && incomesOf(ctx.partner).activity >= bmaf;
}

/** Ceiling with +25 % for each of the first two children and +30 % from the third. */
export function familyCeiling(base: number, n: number, first: number, next: number): number {
  return base * (1 + first * Math.min(n, 2) + next * Math.max(n - 2, 0));
}
