// The rights added with issue 15 ('@passerelle/rules/extra'): amounts against official figures, each
// threshold tested at and around its value, duties and payment metadata, and advice on received rights.
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../src/history.js';
import { loadExtraRights } from '../src/extra.js';

loadHistory();
loadExtraRights();
import { listCatalogue } from '../src/catalogue-entry.js';
import { evaluate } from '../src/evaluate.js';
import { RIGHT_IDS } from '../src/index.js';
import type { EvaluationResult, RightResult } from '../src/result.js';
import type { Member, Situation } from '../src/situation.js';
import { adult, family, kid, single } from './situations.js';

const right = (r: EvaluationResult, id: string): RightResult => {
  const x = r.rights.find((y) => y.id === id);
  if (!x) throw new Error(`no result for ${id}`);
  return x;
};
const run = (s: Situation, id: string): RightResult => right(evaluate(s), id);
const value = (s: Situation, id: string): number | null => run(s, id).amount?.value ?? null;

describe('catalogue of issue 15', () => {
  it('lists at least 50 rights over six themes, each with payment metadata and details', () => {
    const all = listCatalogue();
    expect(all.length).toBe(RIGHT_IDS.length);
    expect(all.length).toBeGreaterThanOrEqual(50);
    expect(new Set(all.map((r) => r.theme)).size).toBe(6);
    for (const r of all) {
      expect(['monthly', 'yearly', 'once', 'none'], r.id).toContain(r.payment.frequency);
      if (r.payment.month !== undefined) expect(r.payment.frequency).toBe('yearly');
      for (const d of r.duties ?? []) {
        expect(d.text, r.id).toMatch(/\.$/);
        expect(d.source.length, r.id).toBeGreaterThan(5);
      }
    }
  });

  it('says the prime de Noël is paid in December and keeps loans and guarantees out of money', () => {
    const byId = Object.fromEntries(listCatalogue().map((r) => [r.id, r]));
    expect(byId.prime_noel?.payment).toMatchObject({ frequency: 'yearly', month: 12 });
    expect(byId.prime_naissance?.payment.frequency).toBe('once');
    expect(byId.avance_loca_pass?.payment.frequency).toBe('none');
    expect(byId.garantie_visale?.payment.frequency).toBe('none');
  });

  it('carries the duties of the RSA: France Travail for both partners, 15 hours, sanctions, appeal', () => {
    const rsa = listCatalogue().find((r) => r.id === 'rsa');
    const text = (rsa?.duties ?? []).map((d) => d.text).join(' ');
    expect(text).toContain('inscrit à France Travail');
    expect(text).toContain('conjoint');
    expect(text).toContain('15 heures');
    expect(text).toContain('suspendu');
    expect(text).toContain('contester');
    for (const id of ['ass', 'cej', 'aah', 'are', 'ppa', 'css'])
      expect(listCatalogue().find((r) => r.id === id)?.duties?.length, id).toBeGreaterThan(0);
  });
});

describe('prime à la naissance', () => {
  const expecting = (month: string, rfr: number, extra: Partial<Member> = {}): Situation =>
    single(
      month,
      { pregnant: true, activity: 'employed', incomes: { salary: 1500 }, ...extra },
      { taxReferenceIncome: rfr },
    );

  it('is 229,75 % of the BMAF after CRDS: 1 084,43 € in 2025, 1 093,08 € from April 2026', () => {
    // service-public.fr F2550 (2025: 1 084,43 €); 474,37 × 2,2975 = 1 089,87 − CRDS 5,44.
    expect(value(expecting('2025-05', 10000), 'prime_naissance')).toBe(1084.43);
    // 478,16 × 2,2975 = 1 098,57 − CRDS 5,49.
    const r = run(expecting('2026-05', 10000), 'prime_naissance');
    expect(r.amount).toEqual({ value: 1093.08, per: 'once', kind: 'flat' });
    expect(r.status).toBe('eligible');
  });

  it('uses the PAJE taux partiel ceiling with the unborn child: 49 054 € for a parent alone in 2026', () => {
    // 29 694 × 1,25 + 11 936 = 49 053,5 → 49 054 €.
    expect(run(expecting('2026-05', 49054), 'prime_naissance').status).toBe('eligible');
    expect(run(expecting('2026-05', 49055), 'prime_naissance').status).toBe('not_eligible');
  });

  it('is not for someone without pregnancy nor baby; a baby under one year makes it possible', () => {
    expect(run(single('2026-05', {}, { taxReferenceIncome: 0 }), 'prime_naissance').status).toBe(
      'not_eligible',
    );
    const s = family('2026-05', [adult('moi', 'applicant', '1990-01-01'), kid('b', '2026-01-10')], {
      taxReferenceIncome: 10000,
    });
    expect(run(s, 'prime_naissance').status).toBe('possible');
  });
});

describe('PreParE', () => {
  const leave = (month: string, kids: Member[]) =>
    family(month, [adult('moi', 'applicant', '1990-01-01', { activity: 'parental_leave' }), ...kids]);

  it('full rate is 96,62 % of the BMAF after CRDS: 456,05 € in 2025, 459,69 € from April 2026', () => {
    const kids = [kid('a', '2024-10-01'), kid('b', '2020-01-01')];
    expect(value(leave('2025-05', kids), 'prepare')).toBe(456.05);
    expect(value(leave('2026-05', kids), 'prepare')).toBe(459.69);
  });

  it('needs a child under 3 and a parent on parental leave; one child: until the first birthday', () => {
    expect(run(leave('2026-05', [kid('a', '2023-04-30')]), 'prepare').status).toBe('not_eligible');
    expect(run(leave('2026-05', [kid('a', '2025-06-01')]), 'prepare').status).toBe('possible');
    expect(run(leave('2026-05', [kid('a', '2025-05-01')]), 'prepare').status).toBe('not_eligible');
    const working = family('2026-05', [
      adult('moi', 'applicant', '1990-01-01', { activity: 'employed' }),
      kid('a', '2025-06-01'),
    ]);
    expect(run(working, 'prepare').status).toBe('not_eligible');
  });
});

describe('congé de naissance and CMG', () => {
  it('congé de naissance: children born from 1 January 2026, parents who work', () => {
    const s = (birth: string, month = '2026-08') =>
      family(month, [adult('moi', 'applicant', '1990-01-01', { activity: 'employed' }), kid('b', birth)]);
    expect(run(s('2026-01-01'), 'conge_naissance').status).toBe('possible');
    expect(run(s('2025-12-31'), 'conge_naissance').status).toBe('not_eligible');
    expect(run(s('2025-06-01', '2025-08'), 'conge_naissance').status).toBe('not_eligible');
  });

  it('CMG: child under 6, working parents, 2025 calculation explained without an amount', () => {
    const s = (birth: string) =>
      family('2026-05', [adult('moi', 'applicant', '1990-01-01', { activity: 'employed' }), kid('b', birth)]);
    const r = run(s('2020-05-02'), 'cmg');
    expect(r.status).toBe('possible');
    expect(r.amount).toBeNull();
    expect(r.reasons.map((x) => x.text).join(' ')).toContain('1er septembre 2025');
    expect(run(s('2020-05-01'), 'cmg').status).toBe('not_eligible');
  });
});

describe('prime de Noël', () => {
  const onRsa = (members: Member[]): Situation => ({
    ...family('2026-12', members),
    receiving: ['rsa'],
  });

  it('152,45 € for a person alone; 228,68 € alone with a child; 320,15 € for a couple with two children', () => {
    // Décret n° 2023-1184 : 152,45 €, + 50 % for the 2nd person, + 30 % for the 3rd and 4th, + 40 % beyond
    // the 2nd child. 152,45 × 2,1 = 320,145 (rounded to the cent: 320,15).
    const alone = run(onRsa([adult('moi', 'applicant', '1985-01-01')]), 'prime_noel');
    expect(alone.amount).toEqual({ value: 152.45, per: 'year', kind: 'flat' });
    expect(alone.status).toBe('eligible');
    expect(
      value(onRsa([adult('moi', 'applicant', '1985-01-01'), kid('a', '2015-01-01')]), 'prime_noel'),
    ).toBe(228.68);
    const couple2 = [
      adult('moi', 'applicant', '1985-01-01'),
      adult('lui', 'partner', '1985-01-01'),
      kid('a', '2015-01-01'),
      kid('b', '2016-01-01'),
    ];
    expect(value(onRsa(couple2), 'prime_noel')).toBe(320.15);
  });

  it('is not for someone without the RSA or the ASS', () => {
    const s = single('2026-12', { activity: 'employed', incomes: { salary: 2500 } });
    expect(run(s, 'prime_noel').status).toBe('not_eligible');
  });
});

describe('ASI, MVA', () => {
  const invalid = (month: string, pension: number) =>
    single(month, { activity: 'unfit_for_work', birthDate: '1975-01-01', incomes: { pension } });

  it('ASI = ceiling − resources: 914,85 − 800 = 114,85 € (Cnav circular 2025-13)', () => {
    expect(value(invalid('2025-05', 800), 'asi')).toBe(114.85);
    expect(run(invalid('2025-05', 914.85), 'asi').status).toBe('not_eligible');
    expect(value(invalid('2025-05', 914.84), 'asi')).toBe(0.01);
  });

  it('ASI stops at the legal retirement age (64 at most)', () => {
    const old = single('2026-05', {
      activity: 'unfit_for_work',
      birthDate: '1961-01-01',
      incomes: { pension: 500 },
    });
    expect(run(old, 'asi').status).toBe('not_eligible');
  });

  it('MVA: 104,77 € with the AAH at 80 %, own home with housing aid, no earnings', () => {
    const s = (salary: number): Situation => ({
      ...single('2026-05', { disabilityRate: 80, activity: 'unfit_for_work', incomes: { salary } }),
      receiving: ['aah', 'aide_logement'],
    });
    expect(run(s(0), 'mva').amount).toEqual({ value: 104.77, per: 'month', kind: 'flat' });
    expect(run(s(100), 'mva').status).toBe('not_eligible');
  });
});

describe('widowhood', () => {
  const widow = (birth: string, income: number, month = '2026-05') =>
    single(month, { widowed: true, birthDate: birth, incomes: { pension: income } });

  it('allocation de veuvage 2026: 719,58 € a month, reduced above 3,75 × the amount over 3 months', () => {
    expect(value(widow('1980-01-01', 0), 'allocation_veuvage')).toBe(719.58);
    // Ceiling 719,58 × 3,75 / 3 = 899,48 a month: 899,48 − 300 = 599,48.
    expect(value(widow('1980-01-01', 300), 'allocation_veuvage')).toBe(599.48);
    expect(run(widow('1980-01-01', 899.48), 'allocation_veuvage').status).toBe('not_eligible');
  });

  it('before 55: veuvage; from 55: réversion, with its 2080 × SMIC ceiling (25 001,60 € in 2026)', () => {
    expect(run(widow('1971-05-02', 0), 'allocation_veuvage').status).toBe('possible');
    expect(run(widow('1971-05-01', 0), 'allocation_veuvage').status).toBe('not_eligible');
    expect(run(widow('1971-05-01', 0), 'pension_reversion').status).toBe('possible');
    const text = run(widow('1960-01-01', 2000), 'pension_reversion')
      .reasons.map((r) => r.text)
      .join(' ');
    expect(text).toContain('25\u202f001,60 €');
    // Above the ceiling the complementary pension still pays: still worth asking.
    expect(run(widow('1960-01-01', 2100), 'pension_reversion').status).toBe('possible');
  });

  it('is not shown to a person who is not widowed', () => {
    const s = single('2026-05', { birthDate: '1960-01-01' });
    expect(run(s, 'pension_reversion').status).toBe('not_eligible');
    expect(run(s, 'allocation_veuvage').status).toBe('not_eligible');
  });
});

describe('housing access and employment steps', () => {
  it('Visale: 18 to 30 any status; over 30 only salaried', () => {
    const s = (birth: string, activity: Member['activity']) =>
      single('2026-05', { birthDate: birth, activity });
    expect(run(s('1996-05-01', 'student'), 'garantie_visale').status).toBe('eligible'); // 30
    expect(run(s('1995-05-01', 'student'), 'garantie_visale').status).toBe('not_eligible'); // 31
    expect(run(s('1995-05-01', 'employed'), 'garantie_visale').status).toBe('possible');
    expect(run(s('2008-05-02', 'student'), 'garantie_visale').status).toBe('not_eligible'); // 17
  });

  it('Loca-Pass: a loan, never an amount', () => {
    const r = run(single('2026-05', { birthDate: '2000-01-01' }), 'avance_loca_pass');
    expect(r.status).toBe('possible');
    expect(r.amount).toBeNull();
    expect(r.reasons.map((x) => x.text).join(' ')).toContain('1\u202f200 €');
  });

  it('domiciliation and DALO follow the housing situation', () => {
    const s = (status: NonNullable<Situation['housing']>['status']) => ({
      ...single('2026-05'),
      housing: { status },
    });
    expect(run(s('homeless'), 'domiciliation').status).toBe('eligible');
    expect(run(s('tenant'), 'domiciliation').status).toBe('not_eligible');
    expect(run(s('hosted_free'), 'dalo').status).toBe('possible');
    expect(run(s('owner'), 'dalo').status).toBe('not_eligible');
  });

  it('ARE: received, ended, or to ask; the apprentices’ permit aid is 500 € once from 18', () => {
    const u = (extra: Partial<Member>) => single('2026-05', { activity: 'unemployed', ...extra });
    expect(run(u({ incomes: { unemploymentBenefit: 900 } }), 'are').status).toBe('already_received');
    expect(run(u({ unemploymentRightsExhausted: true }), 'are').status).toBe('not_eligible');
    expect(run(u({ unemploymentRightsExhausted: false }), 'are').status).toBe('possible');
    const a = (birth: string) => single('2026-05', { activity: 'apprentice', birthDate: birth });
    expect(run(a('2008-05-01'), 'aide_permis_apprenti').amount).toEqual({
      value: 500,
      per: 'once',
      kind: 'estimate',
    });
    expect(run(a('2008-05-02'), 'aide_permis_apprenti').status).toBe('not_eligible');
  });

  it('CIR: first residence permit only', () => {
    const s = (years: number) =>
      single('2026-05', { nationality: 'other', regularStay: true, residencePermitYears: years });
    expect(run(s(1), 'cir').status).toBe('possible');
    expect(run(s(2), 'cir').status).toBe('not_eligible');
  });
});

describe('advice on received rights', () => {
  it('RSA: France Travail registration for both, free CSS', () => {
    const r = evaluate({ ...single('2026-05'), receiving: ['rsa'] });
    expect(right(r, 'rsa').advice?.map((a) => a.code)).toContain('rsa_france_travail');
    const css = right(r, 'css').advice?.find((a) => a.code === 'rsa_css_free');
    expect(css?.text).toContain('gratuite');
    expect(css?.source).toContain('L861');
    // Already receiving the CSS: told it should be free.
    const both = evaluate({ ...single('2026-05'), receiving: ['rsa', 'css'] });
    expect(right(both, 'css').advice?.[0]?.text).toContain('doit être gratuite');
  });

  it('chèque énergie not received since 2025: says how to claim it; none when received', () => {
    const s: Situation = { ...single('2026-05', { incomes: { pension: 700 } }), taxReferenceIncome: 5000 };
    const advice = right(evaluate(s), 'cheque_energie').advice ?? [];
    expect(advice.map((a) => a.code)).toEqual(['cheque_energie_claim']);
    expect(advice[0]?.text).toContain('guichet en ligne');
    expect(right(evaluate({ ...s, receiving: ['cheque_energie'] }), 'cheque_energie').advice).toBeUndefined();
    expect(right(evaluate({ ...s, month: '2024-05' }), 'cheque_energie').advice).toBeUndefined();
  });

  it('a received right whose conditions are not met asks to check with the caisse', () => {
    const rich: Situation = {
      ...single('2026-05', { activity: 'employed', incomes: { salary: 4000 } }),
      receiving: ['rsa'],
    };
    const codes = right(evaluate(rich), 'rsa').advice?.map((a) => a.code);
    expect(codes).toContain('received_check');
    const poor: Situation = { ...single('2026-05', { incomes: {} }), receiving: ['rsa'] };
    expect(right(evaluate(poor), 'rsa').advice?.map((a) => a.code)).not.toContain('received_check');
  });

  it('no advice without a received right or an open chèque énergie', () => {
    const r = evaluate(
      single('2026-05', { activity: 'employed', incomes: { salary: 4000 } }, { taxReferenceIncome: 60000 }),
    );
    expect(r.rights.filter((x) => x.advice)).toEqual([]);
  });
});
