// The month a host asks for (`month="2026-05"`), checked: a malformed month, or one the rules do not
// cover, falls back to the current month with a warning the webmaster can act on (in French).
import { earliestSupportedDate } from '../parameters/index.js';
import { currentMonth } from './conditions.js';

export interface ResolvedMonth {
  /** Month to evaluate, YYYY-MM. */
  month: string;
  /** Why the host's month was not used, for the webmaster's console; absent when it was. */
  warning?: string;
}

/** How far ahead a host may ask: the rules know today's law, not the law of years to come. */
const MAX_MONTHS_AHEAD = 12;

const index = (month: string): number => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
};

export function resolveMonth(raw: string | null | undefined, now: Date = new Date()): ResolvedMonth {
  const today = currentMonth(now);
  if (!raw) return { month: today };
  const earliest = earliestSupportedDate().slice(0, 7);
  const problem = !/^\d{4}-(0[1-9]|1[0-2])$/.test(raw)
    ? 'n’est pas un mois AAAA-MM (par exemple 2026-05)'
    : raw < earliest
      ? `est avant ${earliest}, le premier mois couvert par les règles`
      : index(raw) - index(today) > MAX_MONTHS_AHEAD
        ? `est à plus de ${MAX_MONTHS_AHEAD} mois : les règles ne connaissent que le droit d’aujourd’hui`
        : '';
  return problem
    ? { month: today, warning: `month="${raw}" ${problem}. Le mois en cours (${today}) est utilisé.` }
    : { month: raw };
}
