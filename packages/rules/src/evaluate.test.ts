import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadExtraRights } from './extra.js';
import { loadHistory } from './history.js';

// The whole catalogue, the rights kept out of the browser entry too, and every month since 2018.
loadHistory();
loadExtraRights();
import { evaluate, safeEvaluate } from './evaluate.js';
import { getRight, listRights, nonRecours, PARTNER_TYPES, RIGHT_IDS, SituationError } from './index.js';
import {
  BELLEVILLE_COMMUNE,
  BELLEVILLE_LOCAL_AIDS,
  localAidsEvaluator,
  parseLocalAids,
} from './local-aids/index.js';
import { listCatalogue } from './catalogue-entry.js';
import { parameterAt } from './parameters-entry.js';
import type { EvaluationResult, RightResult } from './result.js';
import { resultSchema } from './result.js';
import { adult, family, kid, single } from '../test/situations.js';
import { euros } from './context.js';

const right = (r: EvaluationResult, id: string): RightResult => {
  const x = r.rights.find((y) => y.id === id);
  if (!x) throw new Error(`no ${id}`);
  return x;
};
const p = (id: string, date: string): number => parameterAt(id, date).value as number;
const amount = (r: EvaluationResult, id: string): number | null => right(r, id).amount?.value ?? null;

describe('catalogue', () => {
  it('has every right id, six themes, reasons for each condition and official links', () => {
    const details = listCatalogue();
    expect(details.map((r) => r.id)).toEqual(listRights().map((r) => r.id));
    const rights = listRights();
    expect(rights.map((r) => r.id)).toEqual(
      [...RIGHT_IDS].sort(
        (a, b) => rights.findIndex((r) => r.id === a) - rights.findIndex((r) => r.id === b),
      ),
    );
    expect(new Set(rights.map((r) => r.theme))).toEqual(
      new Set(['famille', 'emploi', 'logement', 'sante', 'transport', 'ressources']),
    );
    // Issue 15: at least 50 national rights and steps, with how each is paid.
    expect(rights.length).toBeGreaterThanOrEqual(50);
    expect(rights.length).toBe(RIGHT_IDS.length);
    expect(rights.filter((r) => r.amountKind !== 'none').length).toBeGreaterThanOrEqual(25);
    // A right with an amount is paid as its amount says (a right without one may still pay money).
    for (const r of details)
      if (r.amountKind === 'monthly' || r.amountKind === 'yearly' || r.amountKind === 'once')
        expect(r.payment.frequency, r.id).toBe(r.amountKind);
    expect(details.find((r) => r.id === 'prime_noel')?.payment).toMatchObject({
      frequency: 'yearly',
      month: 12,
    });
    expect(details.find((r) => r.id === 'ars')?.payment).toMatchObject({ frequency: 'yearly', month: 8 });
    for (const r of details) {
      expect(r.label.length).toBeGreaterThan(3);
      expect(r.description).toMatch(/\.$/);
      expect(r.procedure.url).toMatch(/^https:\/\//);
      expect(r.sources.length).toBeGreaterThan(0);
      expect(r.contacts.length).toBeGreaterThan(0);
      for (const c of Object.values(r.conditions)) expect(c.met.length + c.notMet.length).toBeGreaterThan(0);
      for (const id of r.parameters) expect(() => parameterAt(id, '2026-05-01')).not.toThrow();
      for (const c of r.contacts) expect(PARTNER_TYPES).toContain(c);
    }
    expect(getRight('rsa')?.label).toContain('RSA');
    expect(getRight('nope')).toBeUndefined();
  });
});

describe('validation', () => {
  it('names every bad field by path', () => {
    const bad = {
      household: {
        members: [
          { id: 'moi', role: 'applicant', birthDate: '31/02/2019' },
          { id: 'e', role: 'kid', birthDate: '2019-02-31', incomes: { salary: -3 } },
        ],
      },
      housing: { status: 'castle' },
      extra: 1,
    };
    try {
      evaluate(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SituationError);
      const issues = (e as SituationError).issues;
      const paths = issues.map((i) => i.path);
      expect(paths).toContain('household.members[0].birthDate');
      expect(paths).toContain('household.members[1].role');
      expect(paths).toContain('household.members[1].birthDate');
      expect(paths).toContain('household.members[1].incomes.salary');
      expect(paths).toContain('housing.status');
      expect(issues.find((i) => i.path === 'household.members[0].birthDate')?.message).toBe(
        'doit être une date au format AAAA-MM-JJ (par exemple 1985-03-21), reçu "31/02/2019"',
      );
    }
  });
  it('safeEvaluate returns errors instead of throwing', () => {
    expect(safeEvaluate(42)).toEqual({ ok: false, errors: [expect.objectContaining({ path: '' })] });
    expect(safeEvaluate({ household: { members: [] } }).ok).toBe(false);
    const ok = safeEvaluate(single('2026-05'));
    expect(ok.ok && resultSchema.parse(ok.result).rights.length).toBe(RIGHT_IDS.length);
  });
  it('refuses a member born after the evaluated month, naming the field', () => {
    const s = single('2026-05');
    s.household.members.push({ id: 'bebe', role: 'child', birthDate: '2026-07-01' });
    expect(safeEvaluate(s)).toEqual({
      ok: false,
      errors: [
        {
          path: 'household.members[1].birthDate',
          message:
            'né le 2026-07-01, après le mois évalué (2026-05) : corrigez la date de naissance ou le mois',
        },
      ],
    });
    expect(safeEvaluate(s, { month: '2026-07' }).ok).toBe(true);
  });
  it('names the rules version of the package in every result', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    // On failure: run `npm run build -w @passerelle/rules` (it rewrites src/version.ts).
    expect(evaluate(single('2026-05')).rulesVersion).toBe(pkg.version);
  });
  it('accepts real calendar days only (leap years included)', () => {
    const born = (birthDate: string) =>
      safeEvaluate({ month: '2026-05', household: { members: [{ id: 'a', role: 'applicant', birthDate }] } })
        .ok;
    for (const d of ['2020-02-29', '2000-02-29', '1999-12-31', '2024-04-30']) expect(born(d), d).toBe(true);
    for (const d of ['2019-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00'])
      expect(born(d), d).toBe(false);
  });
  it('rejects a bad month option', () => {
    expect(() => evaluate(single('2026-05'), { month: '2026-13' })).toThrow(SituationError);
  });
});

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
    const f = (rfr: number) =>
      evaluate(
        family(
          '2026-05',
          [
            adult('a', 'applicant', '1990-01-01', { incomes: { salary: 2000 } }),
            adult('b', 'partner', '1990-01-01'),
            kid('c', '2025-06-01'),
          ],
          { taxReferenceIncome: rfr },
        ),
      );
    const full = Math.round(24853 * 1.25);
    const partial = Math.round(29694 * 1.25);
    expect(right(f(full), 'paje_base').variant).toBe('taux_plein');
    expect(right(f(full + 1), 'paje_base').variant).toBe('taux_partiel');
    expect(right(f(partial + 1), 'paje_base').status).toBe('not_eligible');
  });
  it('CF: three children aged 3 or more, ceilings and majoration', () => {
    const f = (rfr: number, youngest = '2020-01-01') =>
      evaluate(
        family(
          '2026-05',
          [
            adult('a', 'applicant', '1980-01-01', { incomes: { salary: 2000 } }),
            adult('b', 'partner', '1980-01-01'),
            kid('c', '2012-01-01'),
            kid('d', '2015-01-01'),
            kid('e', youngest),
          ],
          { taxReferenceIncome: rfr },
        ),
      );
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

describe('status and non-recours', () => {
  it('receiving gives already_received, never counted as non-recours', () => {
    const r = evaluate(single('2026-05', {}, { receiving: ['rsa', 'unknown_right'] }));
    expect(right(r, 'rsa').status).toBe('already_received');
    expect(r.warnings).toEqual(['receiving: unknown right id "unknown_right" (ignored)']);
    const nr = nonRecours(r);
    expect(nr.rights.find((x) => x.id === 'rsa')).toBeUndefined();
  });
  it('counts and sums only likely monthly money: not yearly amounts, not the CSS participation, not "possible"', () => {
    const r = evaluate(
      family(
        '2026-05',
        [adult('a', 'applicant', '1985-01-01'), kid('c', '2017-03-01', { otherParent: 'does_not_pay' })],
        { taxReferenceIncome: 0 },
      ),
    );
    const nr = nonRecours(r);
    const counted = r.rights.filter(
      (x) => x.status === 'eligible' && x.amount?.per === 'month' && !x.amount.isCost && x.amount.value > 0,
    );
    const expected = counted.reduce((s, x) => s + (x.amount?.value ?? 0), 0);
    expect(nr.count).toBe(counted.length);
    expect(nr.monthlyTotal).toBeCloseTo(expected, 2);
    expect(nr.monthlyTotal).toBeGreaterThan(500);
    // The yearly amounts of this household exist and stay out of the total.
    expect(r.rights.some((x) => x.status === 'eligible' && x.amount?.per === 'year')).toBe(true);
    expect(nr.note).toContain('une fois par an');
  });
  it('a month before 2025 needs the history entry (loaded here) and uses the law then in force', () => {
    expect(amount(evaluate(single('2018-06', {}, { housing: { status: 'tenant', rent: 0 } })), 'rsa')).toBe(
      550.93,
    );
  });
});

describe('local aids', () => {
  it('evaluates parsed local-aid files after the national rights, in the same result shape', () => {
    const parsed = parseLocalAids(BELLEVILLE_LOCAL_AIDS);
    expect(parsed.file).not.toBeNull();
    const r = evaluate(single('2026-05', {}, { commune: BELLEVILLE_COMMUNE }), {
      localAids: localAidsEvaluator(parsed.file ?? []),
    });
    const local = r.rights.filter((x) => x.id.startsWith('local:'));
    expect(local.length).toBe(parsed.aids.length);
    expect(resultSchema.parse(r).rights.length).toBe(RIGHT_IDS.length + local.length);
    expect(r.rights.slice(0, RIGHT_IDS.length).map((x) => x.id)).not.toContain(local[0]?.id);
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
