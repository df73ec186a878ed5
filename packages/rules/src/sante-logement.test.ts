// CSS, aide au logement and chèque énergie.
import { describe, expect, it } from 'vitest';
import { loadExtraRights } from './extra.js';
import { loadHistory } from './history.js';

// The whole catalogue, the rights kept out of the browser entry too, and every month since 2018.
loadHistory();
loadExtraRights();
import { evaluate } from './evaluate.js';
import { single } from '../test/situations.js';
import { amount, right } from '../test/results.js';

describe('CSS', () => {
  const withIncome = (m: number, month = '2026-05', extra = {}) =>
    evaluate(
      single(
        month,
        { birthDate: '1990-01-01', incomes: { pension: m }, ...extra },
        { housing: { status: 'tenant', rent: 0 } },
      ),
    );
  it('free under the ceiling, participative up to 1.35 ×, then nothing', () => {
    const ceiling = 10422; // 2026-04 value for one person
    const free = withIncome(Math.floor(ceiling / 12));
    expect(right(free, 'css').variant).toBe('gratuite');
    const part = withIncome(Math.ceil((ceiling + 12) / 12));
    expect(right(part, 'css').variant).toBe('participative');
    expect(right(part, 'css').amount).toEqual({ value: 14, per: 'month', kind: 'flat', isCost: true });
    const none = withIncome(Math.ceil((Math.floor(ceiling * 1.35) + 12) / 12));
    expect(right(none, 'css').status).toBe('not_eligible');
  });
  it('is CMU-C or ACS before November 2019', () => {
    const r = withIncome(600, '2019-10');
    expect(right(r, 'css').variant).toBe('cmu_c');
    const acs = withIncome(800, '2019-10');
    expect(right(acs, 'css').variant).toBe('acs');
    expect(right(withIncome(800, '2019-11'), 'css').variant).toBe('participative');
  });
  it('is free with the RSA', () => {
    const r = evaluate(single('2026-05', {}, { housing: { status: 'tenant', rent: 0 } }));
    expect(right(r, 'css').variant).toBe('gratuite');
  });
});

describe('housing and energy', () => {
  it('aide au logement: order of magnitude, plainly labelled', () => {
    const r = right(evaluate(single('2026-05', {}, { commune: '69123' })), 'aide_logement');
    expect(r.status).toBe('eligible');
    expect(r.amount?.kind).toBe('estimate');
    expect(r.reasons.some((x) => x.text.startsWith('Ordre de grandeur'))).toBe(true);
    expect(right(evaluate(single('2026-05', { incomes: { salary: 4000 } })), 'aide_logement').status).toBe(
      'not_eligible',
    );
    expect(
      right(evaluate(single('2026-05', {}, { housing: { status: 'hosted_free' } })), 'aide_logement').status,
    ).toBe('not_eligible');
  });
  it('chèque énergie: bands by tax income per consumption unit', () => {
    const f = (rfr: number) => evaluate(single('2026-05', {}, { taxReferenceIncome: rfr }));
    expect(amount(f(5599), 'cheque_energie')).toBe(194);
    expect(amount(f(5600), 'cheque_energie')).toBe(146);
    expect(amount(f(10799), 'cheque_energie')).toBe(48);
    expect(right(f(10800), 'cheque_energie').status).toBe('not_eligible');
  });
});
