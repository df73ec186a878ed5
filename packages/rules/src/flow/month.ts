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
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(raw))
    return {
      month: today,
      warning: `month="${raw}" n’est pas un mois AAAA-MM (par exemple 2026-05) : le mois en cours (${today}) est utilisé.`,
    };
  const earliest = earliestSupportedDate().slice(0, 7);
  if (raw < earliest)
    return {
      month: today,
      warning: `month="${raw}" est avant ${earliest}, le premier mois couvert par les règles : le mois en cours (${today}) est utilisé.`,
    };
  if (index(raw) - index(today) > MAX_MONTHS_AHEAD)
    return {
      month: today,
      warning: `month="${raw}" est trop loin dans le futur (plus de ${MAX_MONTHS_AHEAD} mois) : le mois en cours (${today}) est utilisé.`,
    };
  return { month: raw };
}
