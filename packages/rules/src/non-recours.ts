// Potential non-recours: rights eligible or possible that the person did not say they receive.
import { getRight } from './catalogue.js';
import type { EvaluationResult, RightResult } from './result.js';

export interface NonRecours {
  /** Eligible or possible rights not received, eligible first. */
  rights: RightResult[];
  /** Rights likely open (eligible) and paid every month in money: the only ones counted. */
  count: number;
  /** Their monthly money, euros to the cent. Yearly, one-off and "possible" amounts are never added. */
  monthlyTotal: number;
  /** How the total was made, in French, to show next to it. */
  note: string;
}

/** Money received per month for a right (0 for costs such as the CSS participation, and one-off aids). */
export function monthlyValue(r: Pick<RightResult, 'id' | 'amount'>): number {
  if (!r.amount || r.amount.isCost || r.amount.per === 'once') return 0;
  if (getRight(r.id)?.amountKind === 'participation') return 0;
  return r.amount.per === 'year' ? r.amount.value / 12 : r.amount.value;
}

/** Paid every month, in money, to the person (not an "up to" ceiling): what a monthly total may add. */
export const isMonthlyCash = (r: Pick<RightResult, 'id' | 'amount'>): boolean =>
  r.amount?.per === 'month' && !r.amount.upTo && monthlyValue(r) > 0;

/** Count and total of the likely monthly money among `rights` (statuses are read, not assumed). */
export function monthlyCash(rights: readonly Pick<RightResult, 'id' | 'amount' | 'status'>[]): {
  count: number;
  monthlyTotal: number;
} {
  let count = 0;
  let cents = 0;
  for (const r of rights)
    if (r.status === 'eligible' && isMonthlyCash(r)) {
      count++;
      cents += Math.round(monthlyValue(r) * 100);
    }
  return { count, monthlyTotal: cents / 100 };
}

export function nonRecours(result: EvaluationResult): NonRecours {
  const rank = (r: RightResult): number => (r.status === 'eligible' ? 0 : 1);
  const rights = result.rights
    .filter((r) => r.status === 'eligible' || r.status === 'possible')
    .sort((a, b) => rank(a) - rank(b));
  return {
    rights,
    ...monthlyCash(rights),
    note: 'Total par mois : seules les aides probables versées chaque mois en argent comptent. Les aides versées une fois par an ou une seule fois, et celles à confirmer, sont montrées à part.',
  };
}
