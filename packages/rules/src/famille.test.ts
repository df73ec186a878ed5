// Family benefits (AF, PAJE, CF, ARS, ASF): amounts net of CRDS, ceilings and reasons.
import { describe, expect, it } from 'vitest';
import { loadExtraRights } from './extra.js';
import { loadHistory } from './history.js';

// The whole catalogue, the rights kept out of the browser entry too, and every month since 2018.
loadHistory();
loadExtraRights();
import { evaluate } from './evaluate.js';
import type { Member } from './situation.js';
import { adult, family, kid } from '../test/situations.js';
import { amount, right } from '../test/results.js';

describe('family benefits', () => {
  const two = (month: string, b1: string, b2: string, rfr = 30000) =>
    evaluate(
      family(
        month,
        [
          adult('a', 'applicant', '1980-01-01'),
          adult('b', 'partner', '1980-01-01'),
          kid('c', b1),
          kid('d', b2),
        ],
        { taxReferenceIncome: rfr },
      ),
    );
  /** May 2026: a couple born on `born`, one salary of 2 000 €, with `kids`. */
  const earningCouple = (born: string, kids: Member[], rfr: number) =>
    evaluate(
      family(
        '2026-05',
        [adult('a', 'applicant', born, { incomes: { salary: 2000 } }), adult('b', 'partner', born), ...kids],
        { taxReferenceIncome: rfr },
      ),
    );
  it('AF: 32 % of the BMAF for two children, net of CRDS', () => {
    expect(amount(two('2025-06', '2017-01-01', '2021-01-01'), 'af')).toBe(151.05);
  });
  it('AF: modulation at the ceilings (2026: 79 980 and 106 604 for two children)', () => {
    expect(amount(two('2026-05', '2017-01-01', '2021-01-01', 79980), 'af')).toBe(
      amount(two('2026-05', '2017-01-01', '2021-01-01', 0), 'af'),
    );
    // gross rounded to the cent, CRDS truncated: 76,51 − 0,38 and 38,25 − 0,19, once past the complément
    // dégressif (ceiling + 12 × the amount lost: 79 980 + 12 × 76,50 and 106 604 + 12 × 38,26)
    expect(amount(two('2026-05', '2017-01-01', '2021-01-01', 80899), 'af')).toBe(76.13);
    expect(amount(two('2026-05', '2017-01-01', '2021-01-01', 107064), 'af')).toBe(38.06);
  });
  it('AF: the 2026 age supplement reform (14 → 18 for children turning 14 from March 2026)', () => {
    // younger child turned 14 in February 2026: supplement kept
    const before = two('2026-05', '2010-01-01', '2012-02-15');
    const after = two('2026-05', '2010-01-01', '2012-03-15');
    expect(amount(before, 'af')).toBeGreaterThan(amount(after, 'af') as number);
  });
  it('AF: one child gives nothing in mainland France', () => {
    const r = evaluate(family('2026-05', [adult('a', 'applicant', '1980-01-01'), kid('c', '2015-01-01')]));
    expect(right(r, 'af').status).toBe('not_eligible');
  });
  it('PAJE: full rate under the ceiling, partial above, nothing above the partial ceiling', () => {
    const f = (rfr: number) => earningCouple('1990-01-01', [kid('c', '2025-06-01')], rfr);
    const full = Math.round(24853 * 1.25);
    const partial = Math.round(29694 * 1.25);
    expect(right(f(full), 'paje_base').variant).toBe('taux_plein');
    expect(right(f(full + 1), 'paje_base').variant).toBe('taux_partiel');
    expect(right(f(partial + 1), 'paje_base').status).toBe('not_eligible');
  });
  it('CF: three children aged 3 or more, ceilings and majoration', () => {
    const f = (rfr: number, youngest = '2020-01-01') =>
      earningCouple('1980-01-01', [kid('c', '2012-01-01'), kid('d', '2015-01-01'), kid('e', youngest)], rfr);
    const ceiling = Math.round(24853 * 1.8);
    expect(right(f(ceiling), 'cf').status).toBe('eligible');
    expect(right(f(Math.round(ceiling / 2)), 'cf').reasons.find((x) => x.code === 'majore')?.met).toBe(true);
    expect(right(f(ceiling + 5000), 'cf').status).toBe('not_eligible');
    expect(right(f(10000, '2024-06-01'), 'cf').status).toBe('not_eligible');
  });
  it('ARS: per child net of CRDS, ceiling and differential', () => {
    const f = (rfr: number) =>
      evaluate(
        family('2025-06', [adult('a', 'applicant', '1985-01-01'), kid('c', '2017-03-01')], {
          taxReferenceIncome: rfr,
        }),
      );
    expect(amount(f(10000), 'ars')).toBe(423.48);
    const ceiling = Math.round(21880 * 1.3);
    expect(amount(f(ceiling), 'ars')).toBe(423.48);
    expect(amount(f(ceiling + 100), 'ars')).toBeCloseTo(423.48 - 100, 1);
    expect(right(f(ceiling + 1000), 'ars').status).toBe('not_eligible');
  });
  it('ASF: lone parent, full amount when the other parent does not pay', () => {
    const r = evaluate(
      family('2026-05', [
        adult('a', 'applicant', '1990-01-01'),
        kid('c', '2018-01-01', { otherParent: 'does_not_pay' }),
      ]),
    );
    const gross = Math.round(478.16 * 0.422 * 100) / 100;
    expect(amount(r, 'asf')).toBe(Math.round((gross - Math.floor(gross * 0.5) / 100) * 100) / 100);
    const pays = evaluate(
      family('2026-05', [
        adult('a', 'applicant', '1990-01-01'),
        kid('c', '2018-01-01', { otherParent: 'pays' }),
      ]),
    );
    expect(right(pays, 'asf').status).toBe('not_eligible');
    const unknown = evaluate(
      family('2026-05', [adult('a', 'applicant', '1990-01-01'), kid('c', '2018-01-01')]),
    );
    expect(right(unknown, 'asf').status).toBe('possible');
    expect(right(unknown, 'asf').missing).toContain('household.members[1].otherParent');
  });
  it('approximates a missing tax income and says so', () => {
    const r = evaluate(
      family('2026-05', [
        adult('a', 'applicant', '1980-01-01', { incomes: { salary: 2000 } }),
        kid('c', '2017-01-01'),
        kid('d', '2019-01-01'),
      ]),
    );
    const af = right(r, 'af');
    expect(af.amount?.kind).toBe('estimate');
    expect(af.missing).toContain('taxReferenceIncome');
    expect(af.reasons.some((x) => x.code === 'rfr_estimate' && /21\s600/u.test(x.text))).toBe(true);
  });
});
