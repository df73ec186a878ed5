// '@passerelle/rules/summary': the results a person can trust, in groups. Only money likely paid every
// month is counted and added up (non-recours.ts holds that rule); yearly and one-off amounts are shown
// per year with the month they are paid; "possible" rights say what would settle them; rights and steps
// without money come apart. Pure: the widget and the bilan render it, tests check it in Node.
import { isMonthlyCash, monthlyCash, monthlyValue } from './non-recours.js';
import type { RightResult } from './result.js';
import type { RightPayment } from './rights/types.js';

/** When a right's money arrives: the catalogue's `RightDetails.payment` (frequency, month paid, note). */
export type Payment = RightPayment;

/** What the summary reads of a right; the widget's richer objects pass through untouched. */
export type SummaryRight = Pick<RightResult, 'id' | 'status' | 'amount' | 'missing'>;

export interface YearlyItem<R> {
  right: R;
  /** Month it is paid (1-12), when the catalogue knows it. */
  month?: number;
  /** The catalogue's note on how it is paid. */
  note?: string;
  /** Next payment, YYYY-MM, from the month evaluated: a payment month already past moves to next year. */
  next?: string;
}

export interface MaybeItem<R> {
  right: R;
  /** Answers (situation paths) that would settle it, from the evaluation's `missing`. */
  settle: string[];
}

export interface Summary<R extends SummaryRight> {
  /** Likely rights paid monthly in money: `count` and `monthlyTotal` add these and nothing else. */
  monthly: R[];
  count: number;
  /** Euros per month, to the cent. */
  monthlyTotal: number;
  /** Likely money paid yearly or once (or "up to" amounts): shown per year, never added to the total. */
  yearly: YearlyItem<R>[];
  /** Rights that the answers neither prove nor exclude. */
  maybe: MaybeItem<R>[];
  /** Likely rights and steps without money to receive (CSS, carte Vitale, social housing…). */
  steps: R[];
  received: R[];
  notEligible: R[];
}

export interface SummaryOptions {
  /** Month evaluated, YYYY-MM (dates the next yearly payment). */
  month: string;
  /** Payment of a right from the catalogue; the amount's `per` decides when unknown (local aids). */
  paymentOf?: (id: string) => Payment | undefined;
}

const hasMoney = (r: SummaryRight): boolean =>
  r.amount?.per === 'once' ? !r.amount.isCost && r.amount.value > 0 : monthlyValue(r) > 0;
/** Money at stake over a year, for ordering. */
const yearlyStake = (r: SummaryRight): number =>
  !r.amount || r.amount.isCost ? 0 : r.amount.per === 'month' ? r.amount.value * 12 : r.amount.value;
/** Stable sort, biggest stake first. */
const byStake = <T>(list: T[], stake: (x: T) => number): T[] =>
  list
    .map((x, i) => ({ x, i, s: stake(x) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((e) => e.x);

function nextPayment(month: string, paid: number): string {
  const year = Number(month.slice(0, 4));
  const now = Number(month.slice(5, 7));
  return `${now > paid ? year + 1 : year}-${String(paid).padStart(2, '0')}`;
}

export function summarize<R extends SummaryRight>(rights: readonly R[], opts: SummaryOptions): Summary<R> {
  const monthly: R[] = [];
  const yearly: YearlyItem<R>[] = [];
  const maybe: MaybeItem<R>[] = [];
  const steps: R[] = [];
  const received: R[] = [];
  const notEligible: R[] = [];
  for (const r of rights) {
    const payment = opts.paymentOf?.(r.id);
    if (r.status === 'already_received') received.push(r);
    else if (r.status === 'not_eligible') notEligible.push(r);
    else if (r.status === 'possible') maybe.push({ right: r, settle: [...r.missing] });
    else if (payment?.frequency === 'none' || !hasMoney(r)) steps.push(r);
    else if (isMonthlyCash(r) && (!payment || payment.frequency === 'monthly')) monthly.push(r);
    else {
      const item: YearlyItem<R> = { right: r };
      if (payment?.month) {
        item.month = payment.month;
        item.next = nextPayment(opts.month, payment.month);
      }
      if (payment?.note) item.note = payment.note;
      yearly.push(item);
    }
  }
  const sortedMonthly = byStake(monthly, yearlyStake);
  return {
    monthly: sortedMonthly,
    ...monthlyCash(sortedMonthly),
    yearly: byStake(yearly, (y) => yearlyStake(y.right)),
    maybe: byStake(maybe, (m) => yearlyStake(m.right)),
    steps,
    received,
    notEligible,
  };
}
