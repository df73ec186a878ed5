import { describe, expect, it } from 'vitest';
import { adult, family, kid, single } from '../test/situations.js';
import { evaluate } from './evaluate.js';
import type { RightResult } from './result.js';
import { type Payment, type SummaryRight, summarize } from './summary.js';

const right = (
  id: string,
  status: RightResult['status'],
  amount: RightResult['amount'],
  missing: string[] = [],
) => ({ id, status, amount, missing }) satisfies SummaryRight;
const month = (value: number, extra: Partial<NonNullable<RightResult['amount']>> = {}) => ({
  value,
  per: 'month' as const,
  kind: 'estimate' as const,
  ...extra,
});
const year = (value: number) => ({ value, per: 'year' as const, kind: 'flat' as const });
const PAYMENTS: Record<string, Payment> = {
  ars: { frequency: 'yearly', month: 8, note: 'Versée une fois, fin août.' },
  cheque_energie: { frequency: 'yearly' },
  pass_sport: { frequency: 'none' },
};
const paymentOf = (id: string) => PAYMENTS[id];

describe('summarize', () => {
  it('counts and adds only likely monthly money, biggest first', () => {
    const s = summarize(
      [
        right('af', 'eligible', month(150.12)),
        right('rsa', 'eligible', month(612.3)),
        right('ars', 'eligible', year(434.67)),
        right('ppa', 'possible', month(200), ['household.members[0].incomes.salary']),
        right('css', 'eligible', month(0, { isCost: true })),
        right('puma', 'eligible', null),
        right('pass_sport', 'eligible', year(70)),
        right('aide_logement', 'already_received', month(300)),
        right('aah', 'not_eligible', null),
      ],
      { month: '2026-05', paymentOf },
    );
    expect(s.monthly.map((r) => r.id)).toEqual(['rsa', 'af']);
    expect(s.count).toBe(2);
    expect(s.monthlyTotal).toBe(762.42);
    expect(s.yearly).toEqual([
      {
        right: expect.objectContaining({ id: 'ars' }),
        month: 8,
        next: '2026-08',
        note: 'Versée une fois, fin août.',
      },
    ]);
    expect(s.maybe).toEqual([
      { right: expect.objectContaining({ id: 'ppa' }), settle: ['household.members[0].incomes.salary'] },
    ]);
    expect(s.steps.map((r) => r.id)).toEqual(['css', 'puma', 'pass_sport']);
    expect(s.received.map((r) => r.id)).toEqual(['aide_logement']);
    expect(s.notEligible.map((r) => r.id)).toEqual(['aah']);
  });

  it('dates a yearly payment already past in the year to the next one (ARS in December)', () => {
    const s = summarize([right('ars', 'eligible', year(434.67))], { month: '2026-12', paymentOf });
    expect(s.yearly[0]).toMatchObject({ month: 8, next: '2027-08' });
    expect(s.count).toBe(0);
    expect(s.monthlyTotal).toBe(0);
  });

  it('keeps a yearly amount without a known month, and "up to" amounts, out of the total', () => {
    const s = summarize(
      [
        right('cheque_energie', 'eligible', year(194)),
        right('local:ccas:secours', 'eligible', month(100, { upTo: true })),
        right('local:ccas:noel', 'eligible', { value: 80, per: 'once', kind: 'flat' }),
      ],
      { month: '2026-05', paymentOf },
    );
    expect(s.count).toBe(0);
    expect(s.yearly.map((y) => y.right.id)).toEqual([
      'local:ccas:secours',
      'cheque_energie',
      'local:ccas:noel',
    ]);
    expect(s.yearly[1]).toEqual({ right: expect.objectContaining({ id: 'cheque_energie' }) });
  });

  it('orders "possible" rights by what is at stake', () => {
    const s = summarize(
      [
        right('puma', 'possible', null),
        right('af', 'possible', month(150)),
        right('ars', 'possible', year(2400)),
        right('rsa', 'possible', month(600)),
      ],
      { month: '2026-05' },
    );
    expect(s.maybe.map((m) => m.right.id)).toEqual(['rsa', 'ars', 'af', 'puma']);
  });

  // Real evaluations: whatever the household, the total is the sum of the monthly money shown as likely.
  const households = {
    'lone parent, no income': family(
      '2026-05',
      [adult('a', 'applicant', '1990-01-01'), kid('c', '2017-03-01', { otherParent: 'does_not_pay' })],
      { taxReferenceIncome: 0 },
    ),
    'pensioner alone': single(
      '2026-05',
      { birthDate: '1954-02-01', activity: 'retired', incomes: { pension: 700 } },
      { taxReferenceIncome: 8000 },
    ),
    'couple with three children': family(
      '2026-12',
      [
        adult('a', 'applicant', '1982-01-01', { activity: 'employed', incomes: { salary: 1400 } }),
        adult('b', 'partner', '1984-01-01', { activity: 'inactive' }),
        kid('c1', '2012-03-01', { inSchool: true }),
        kid('c2', '2015-03-01', { inSchool: true }),
        kid('c3', '2019-03-01'),
      ],
      { taxReferenceIncome: 16000 },
    ),
    'above every ceiling': single(
      '2026-05',
      { activity: 'employed', incomes: { salary: 9000 } },
      { taxReferenceIncome: 110000, housing: { status: 'owner' } },
    ),
  };
  for (const [name, situation] of Object.entries(households))
    it(`total equals the likely monthly money shown: ${name}`, () => {
      const r = evaluate(situation);
      const s = summarize(r.rights, { month: r.month, paymentOf });
      const cents = s.monthly.reduce((sum, x) => sum + Math.round((x.amount?.value ?? 0) * 100), 0);
      expect(s.monthlyTotal).toBe(cents / 100);
      expect(s.count).toBe(s.monthly.length);
      for (const x of s.monthly) expect(x).toMatchObject({ status: 'eligible', amount: { per: 'month' } });
      for (const y of s.yearly) expect(y.right.amount?.per).not.toBe('month');
      const grouped = s.monthly.length + s.yearly.length + s.maybe.length + s.steps.length;
      expect(grouped + s.received.length + s.notEligible.length).toBe(r.rights.length);
      if (name === 'above every ceiling') {
        expect(s.count).toBe(0);
        expect(s.monthlyTotal).toBe(0);
      } else expect(s.count).toBeGreaterThan(0);
    });
});
