// Potential non-recours: rights eligible or possible that the person did not say they receive.
import { getRight } from './catalogue.js';
import type { EvaluationResult, RightResult } from './result.js';

export interface NonRecours {
  /** Eligible or possible rights not received, eligible first. */
  rights: RightResult[];
  /** Monthly money at stake (eligible and possible), euros; yearly amounts count for a twelfth. */
  monthlyTotal: number;
  /** Same, counting only `eligible` rights. */
  monthlyTotalEligible: number;
  /** How the total was made, in French, to show next to it. */
  note: string;
}

/** Money received per month for a right (0 for costs such as the CSS participation, and one-off aids). */
export function monthlyValue(r: RightResult): number {
  if (!r.amount || r.amount.isCost || r.amount.per === 'once') return 0;
  const info = getRight(r.id);
  if (info && info.amountKind === 'participation') return 0;
  return r.amount.per === 'year' ? r.amount.value / 12 : r.amount.value;
}

export function nonRecours(result: EvaluationResult): NonRecours {
  const rank = (r: RightResult): number => (r.status === 'eligible' ? 0 : 1);
  const rights = result.rights
    .filter((r) => r.status === 'eligible' || r.status === 'possible')
    .sort((a, b) => rank(a) - rank(b));
  let total = 0;
  let eligible = 0;
  for (const r of rights) {
    const m = monthlyValue(r);
    total += m;
    if (r.status === 'eligible') eligible += m;
  }
  const round = (x: number): number => Math.round(x * 100) / 100;
  return {
    rights,
    monthlyTotal: round(total),
    monthlyTotalEligible: round(eligible),
    note: 'Total par mois : les aides versées une fois par an comptent pour un douzième ; les aides ponctuelles et la participation à la Complémentaire santé solidaire ne sont pas comptées. Les montants « possibles » restent à confirmer.',
  };
}
