// RSA, prime d’activité, AAH, ASPA and ASS: amounts, thresholds and reasons.
import { describe, expect, it } from 'vitest';
import { loadExtraRights } from './extra.js';
import { loadHistory } from './history.js';

// The whole catalogue, the rights kept out of the browser entry too, and every month since 2018.
loadHistory();
loadExtraRights();
import { evaluate } from './evaluate.js';
import { euros } from './context.js';
import { adult, family, kid, single } from '../test/situations.js';
import { amount, p, right } from '../test/results.js';

describe('RSA', () => {
  it('single person without income, tenant without housing aid: full amount (2026-05)', () => {
    const r = evaluate(single('2026-05', {}, { housing: { status: 'tenant', rent: 0 } }));
    expect(amount(r, 'rsa')).toBe(p('rsa.montant_forfaitaire', '2026-05-01'));
    expect(amount(r, 'rsa')).toBe(651.69);
  });
  it('deducts the forfait logement for an owner, 12 % of the amount for one person', () => {
    const r = evaluate(single('2026-05', {}, { housing: { status: 'owner' } }));
    expect(amount(r, 'rsa')).toBe(573.49); // 651.69 − 78.20
  });
  it('applies the 2025 amount before April 2026', () => {
    const r = evaluate(single('2026-03', {}, { housing: { status: 'tenant', rent: 0 } }));
    expect(amount(r, 'rsa')).toBe(646.52);
  });
  it('is differential and not paid under 6 €', () => {
    const base = 651.69;
    const near = evaluate(
      single('2026-05', { incomes: { other: base - 6 } }, { housing: { status: 'tenant', rent: 0 } }),
    );
    expect(amount(near, 'rsa')).toBe(6);
    const under = evaluate(
      single('2026-05', { incomes: { other: base - 5.99 } }, { housing: { status: 'tenant', rent: 0 } }),
    );
    expect(right(under, 'rsa').status).toBe('not_eligible');
    expect(right(under, 'rsa').reasons.some((x) => x.code === 'minimum' && !x.met)).toBe(true);
  });
  it('household coefficients: couple with 3 children = 2.5 × the amount', () => {
    const r = evaluate(
      family(
        '2026-05',
        [
          adult('a', 'applicant', '1980-01-01'),
          adult('b', 'partner', '1980-01-01'),
          kid('c', '2015-01-01'),
          kid('d', '2017-01-01'),
          kid('e', '2019-01-01'),
        ],
        { housing: { status: 'tenant', rent: 0 }, receiving: ['af'], taxReferenceIncome: 0 },
      ),
    );
    const af = amount(r, 'af') as number;
    // The CF majoré is paid, but only the CF at the base rate counts (art. R262-11 CASF).
    expect(amount(r, 'cf')).toBe(297.26); // 0,6248 × 478,16 = 298,75 − CRDS 1,49 (truncated)
    const cfBase = 199.15 - Math.floor(199.15 * 0.5) / 100;
    expect(amount(r, 'rsa')).toBeCloseTo(Math.round((1629.23 - af - cfBase) * 100) / 100, 2);
    expect(
      right(r, 'rsa').reasons.some((x) => x.code === 'benefits' && x.text.includes('Allocations familiales')),
    ).toBe(true);
  });
  it('age: 24 without child is excluded, 25 is eligible, 19 with a child is eligible', () => {
    expect(right(evaluate(single('2026-05', { birthDate: '2001-06-02' })), 'rsa').status).toBe(
      'not_eligible',
    );
    expect(right(evaluate(single('2026-05', { birthDate: '2001-05-01' })), 'rsa').status).toBe('eligible');
    const young = evaluate(
      family('2026-05', [
        adult('a', 'applicant', '2007-01-01'),
        kid('b', '2025-01-01', { otherParent: 'pays' }),
      ]),
    );
    expect(right(young, 'rsa').status).toBe('eligible');
    // lone parent with a baby: majoration pour isolement
    expect(amount(young, 'rsa')).toBeGreaterThan(900);
  });
  it('non-EU: 5 years of residence permit', () => {
    expect(
      right(evaluate(single('2026-05', { nationality: 'other', residencePermitYears: 4 })), 'rsa').status,
    ).toBe('not_eligible');
    expect(
      right(evaluate(single('2026-05', { nationality: 'other', residencePermitYears: 5 })), 'rsa').status,
    ).toBe('eligible');
    const unknown = right(evaluate(single('2026-05', { nationality: 'other' })), 'rsa');
    expect(unknown.status).toBe('possible');
    expect(unknown.missing).toContain('household.members[0].residencePermitYears');
  });
  it('a couple without the partner described is possible, and says the partner is missing', () => {
    const r = evaluate({
      ...single('2026-05'),
      household: { couple: true, members: [adult('moi', 'applicant', '1985-01-01')] },
    });
    expect(right(r, 'rsa').status).toBe('possible');
    expect(right(r, 'rsa').missing).toContain('household.members');
  });
  it('missing incomes make it possible, with the path', () => {
    const r = evaluate({
      month: '2026-05',
      household: { members: [{ id: 'm', role: 'applicant', birthDate: '1980-01-01', nationality: 'fr' }] },
    });
    const rsa = right(r, 'rsa');
    expect(rsa.status).toBe('possible');
    expect(rsa.missing).toEqual(expect.arrayContaining(['household.members[0].incomes', 'housing.status']));
  });
});

describe('prime d’activité', () => {
  const ppaFor = (salary: number, month = '2026-05') =>
    evaluate(
      single(
        month,
        { activity: 'employed', incomes: { salary } },
        { housing: { status: 'tenant', rent: 0 } },
      ),
    );
  it('follows the formula with the bonification (2026-05, 1 200 €)', () => {
    const mf = 638.28;
    const low = 59 * 12.02;
    const high = 138 * 12.02;
    const bonus = Math.round(((mf * 0.377 * (1200 - low)) / (high - low)) * 100) / 100;
    const expected = Math.round((mf + 0.5985 * 1200 + bonus - 1200) * 100) / 100;
    expect(amount(ppaFor(1200), 'ppa')).toBeCloseTo(expected, 2);
  });
  it('is not paid under 15 €', () => {
    let s = 1800;
    while ((amount(ppaFor(s), 'ppa') ?? 0) >= 15) s += 5;
    const r = right(ppaFor(s), 'ppa');
    expect(r.status).toBe('not_eligible');
    expect(amount(ppaFor(s - 5), 'ppa')).toBeGreaterThanOrEqual(15);
  });
  it('needs activity income', () => {
    expect(right(ppaFor(0), 'ppa').status).toBe('not_eligible');
  });
  it('uses the 2025 bonification before April 2026', () => {
    expect(amount(ppaFor(1600, '2026-03'), 'ppa')).not.toBe(amount(ppaFor(1600, '2026-05'), 'ppa'));
  });
  it('students count only above 169 h × SMIC × 55 %', () => {
    const floor = Math.round(169 * 12.02 * 0.55 * 100) / 100;
    const under = evaluate(single('2026-05', { activity: 'student', incomes: { salary: floor - 1 } }));
    const over = evaluate(single('2026-05', { activity: 'student', incomes: { salary: floor + 1 } }));
    expect(right(under, 'ppa').status).toBe('not_eligible');
    expect(right(over, 'ppa').status).toBe('eligible');
  });
});

describe('AAH, ASPA, ASS', () => {
  it('AAH: 80 % without resources gives the full amount; 50-79 % needs RSDAE', () => {
    expect(amount(evaluate(single('2026-05', { disabilityRate: 80 })), 'aah')).toBe(1041.59);
    const r = evaluate(single('2026-05', { disabilityRate: 60 }));
    expect(right(r, 'aah').status).toBe('possible');
    expect(right(r, 'aah').missing).toContain('household.members[0].rsdae');
    expect(right(evaluate(single('2026-05', { disabilityRate: 60, rsdae: false })), 'aah').status).toBe(
      'not_eligible',
    );
    expect(right(evaluate(single('2026-05', { disabilityRate: 60, rsdae: true })), 'aah').status).toBe(
      'eligible',
    );
    expect(right(evaluate(single('2026-05', { disabilityRate: 49 })), 'aah').status).toBe('not_eligible');
  });
  it('AAH: a grown child of 22 living with the parents gets it in their own right', () => {
    const r = evaluate(
      family('2026-05', [
        adult('a', 'applicant', '1970-01-01', { incomes: { salary: 3000 } }),
        kid('c', '2004-01-01', { disabilityRate: 80, incomes: {} }),
      ]),
    );
    expect(amount(r, 'aah')).toBe(1041.59);
  });
  it('AAH: the partner’s income counts until September 2023, not from October 2023', () => {
    const s = (month: string) =>
      evaluate(
        family(
          month,
          [
            adult('a', 'applicant', '1985-01-01', { disabilityRate: 80 }),
            adult('b', 'partner', '1985-01-01', { incomes: { salary: 2500 } }),
          ],
          {
            taxReferenceIncome: 30000,
          },
        ),
      );
    // 2023-09: 30 000 − 5 000 allowance = 25 000 > 12 × 971,37 × 1,81 = 21 098
    expect(right(s('2023-09'), 'aah').status).toBe('not_eligible');
    expect(amount(s('2023-10'), 'aah')).toBe(971.37);
    const noRfr = evaluate(
      family('2023-09', [
        adult('a', 'applicant', '1985-01-01', { disabilityRate: 80 }),
        adult('b', 'partner', '1985-01-01'),
      ]),
    );
    expect(right(noRfr, 'aah').status).toBe('possible');
    expect(right(noRfr, 'aah').missing).toContain('taxReferenceIncome');
  });
  it('ASPA: differential up to the ceiling from 65', () => {
    const r = evaluate(single('2026-05', { birthDate: '1960-01-01', incomes: { pension: 500 } }));
    expect(amount(r, 'aspa')).toBeCloseTo(12523.14 / 12 - 500, 2);
    expect(right(evaluate(single('2026-05', { birthDate: '1962-01-01' })), 'aspa').status).toBe(
      'not_eligible',
    );
  });
  it('ASS: exhausted rights, five years of work, ceiling of 70 daily amounts', () => {
    const base = {
      activity: 'unemployed' as const,
      unemploymentRightsExhausted: true,
      workedFiveOfLastTenYears: true,
    };
    expect(amount(evaluate(single('2026-05', base)), 'ass')).toBe(584.4);
    const near = evaluate(single('2026-05', { ...base, incomes: { other: 19.48 * 70 - 300 } }));
    expect(amount(near, 'ass')).toBe(300);
    expect(
      right(evaluate(single('2026-05', { ...base, workedFiveOfLastTenYears: undefined })), 'ass').status,
    ).toBe('possible');
  });
});

describe('published RSA amounts, April 2026 (montants forfaitaires by household)', () => {
  const a = adult('a', 'applicant', '1980-01-01');
  const b = adult('b', 'partner', '1980-01-01');
  const alone = (id: string, birth: string) => kid(id, birth, { otherParent: 'pays' });
  it.each([
    ['couple', [a, b], 977.54],
    [
      'single parent, 2 children of 10 and 12',
      [a, alone('c', '2016-01-01'), alone('d', '2014-01-01')],
      1173.04,
    ],
    ['couple, 1 child of 10', [a, b, kid('c', '2016-01-01')], 1173.04],
    ['couple, 2 children', [a, b, kid('c', '2016-01-01'), kid('d', '2014-01-01')], 1368.55],
    ['pregnant, alone', [{ ...a, pregnant: true }], 836.85],
    ['alone with a baby', [a, alone('c', '2025-12-01')], 1115.8],
    ['alone with a baby and a child', [a, alone('c', '2025-12-01'), alone('d', '2020-01-01')], 1394.75],
  ])('%s: %s €', (_, members, expected) => {
    const r = evaluate(
      family('2026-05', members, { housing: { status: 'tenant', rent: 0 }, taxReferenceIncome: 0 }),
    );
    const text = right(r, 'rsa').reasons.find((x) => x.code === 'amount')?.text ?? '';
    expect(text).toContain(euros(expected));
  });
});
