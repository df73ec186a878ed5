// Issue 15: the defects a social worker would not sign, each with a worked example at and around its
// threshold. Figures are derived by hand from the parameters cited in src/parameters/current-data.ts
// (barème of 1 October 2025 for the aide au logement, arrêté of 29 July 1987 for HLM ceilings…).
import { describe, expect, it } from 'vitest';
import { buildContext } from '../src/context.js';
import { loadHistory } from '../src/history.js';
import { me } from './examples/helpers.js';
import { evaluate } from '../src/evaluate.js';
import { parameterAt } from '../src/parameters-entry.js';
import type { EvaluationResult, RightResult } from '../src/result.js';
import { abattementR0 } from '../src/rights/logement.js';
import { householdCoefficient } from '../src/rights/ressources.js';
import type { Member, Situation } from '../src/situation.js';

loadHistory();

const right = (r: EvaluationResult, id: string): RightResult => {
  const x = r.rights.find((y) => y.id === id);
  if (!x) throw new Error(`no ${id}`);
  return x;
};
/** A tenant in Lyon (AL zone 2) paying 450 € a month. */
const tenant = (members: Member[], more: Partial<Situation> = {}): Situation => ({
  commune: '69123',
  household: { members },
  housing: { status: 'tenant', rent: 450 },
  ...more,
});
const al = (s: Situation, month = '2026-05') => right(evaluate(s, { month }), 'aide_logement');

describe('aide au logement (barème of 1 October 2025, zone 2, single, rent 450 €)', () => {
  // Common terms: L = min(450, 290,34) = 290,34; C = 60,59; P0 = max(8,5 % × 350,93; 39,56) = 39,56;
  // RL = 1 so TL = 0,45 % × 30 + 0,68 % × 25 = 0,305 %; Tp = 2,83 % + 0,305 % = 3,135 %; R0 = 5 235 €.
  // Aid = 350,93 − 39,56 − 3,135 % × (R − 5 235) − 5 to the cent, less the 0,5 % CRDS truncated to the cent
  // (OpenFisca-France, aides_logement_reforme_janvier_2021.yaml: amounts to the cent, net of CRDS).
  it('counts a pension after the 10 % deduction (revenus nets catégoriels)', () => {
    // 800 € × 12 × 0,9 = 8 640 → R = 8 700 (next 100 €): 306,37 − 3,135 % × 3 465 = 197,74, CRDS 0,98 → 196,76 €.
    // Without the deduction, R = 9 600 would give 169 €.
    const r = al(tenant([me('1956-03-01', { activity: 'retired', incomes: { pension: 800 } })]));
    expect(r.amount?.value).toBe(196.76);
    expect(r.status).toBe('eligible');
    expect(r.reasons.some((x) => x.text.includes('déduction de 10 %'))).toBe(true);
  });

  it('neutralises the earned income of an RSA recipient (CCH R822-15)', () => {
    const s = tenant([me('1986-03-01', { activity: 'employed', incomes: { salary: 1200 } })]);
    // R = 0: 306,37 − 1,53 = 304,84 €. Without the RSA: 1 200 × 12 × 0,9 = 12 960 → 13 000: 62,94 − 0,31 = 62,63 €.
    expect(al({ ...s, receiving: ['rsa'] }).amount?.value).toBe(304.84);
    expect(al({ ...s, receiving: ['rsa'] }).reasons.some((x) => x.text.includes('neutralisation'))).toBe(
      true,
    );
    expect(al(s).amount?.value).toBe(62.63);
  });

  it('pays from 10 € (minimum) and deducts 5 € (minoration), both parameters', () => {
    expect(parameterAt('aide_logement.minoration_forfaitaire', '2026-05').value).toBe(5);
    expect(parameterAt('aide_logement.montant_minimum_verse', '2026-05').value).toBe(10);
    // Salary 1 351 €: 14 590,80 → R = 14 600: 306,37 − 3,135 % × 9 365 = 12,78 − 0,06 = 12,72 € (paid).
    // Salary 1 352 €: 14 601,60 → R = 14 700: 9,64 € (under 10 €: not paid).
    const paid = al(tenant([me('1986-03-01', { activity: 'employed', incomes: { salary: 1351 } })]));
    expect(paid.amount?.value).toBe(12.72);
    const under = al(tenant([me('1986-03-01', { activity: 'employed', incomes: { salary: 1352 } })]));
    expect(under.amount).toBeNull();
    expect(under.status).toBe('possible'); // in zone 1 the aid would still be paid
  });

  it('reads R0 for 5 and 6 dependants from the official scale, then adds per dependant', () => {
    const ctx = buildContext({ household: { members: [me('1980-01-01')] } }, '2026-05');
    expect(abattementR0(ctx, 4)).toBe(9851);
    expect(abattementR0(ctx, 5)).toBe(10202); // extrapolated before: 9 851 + 346 = 10 197
    expect(abattementR0(ctx, 6)).toBe(10554); // extrapolated before: 10 543
    expect(abattementR0(ctx, 7)).toBe(10554 + 346);
  });

  it('gives a student under 28 the flat student resources (8 600 €), not at 28', () => {
    // R = 8 600: 306,37 − 3,135 % × 3 365 = 200,88 − 1,00 = 199,88 €; at 28, own resources (none): 304,84 €.
    const student = (birthDate: string) =>
      al(tenant([me(birthDate, { activity: 'student', incomes: {} })]), '2026-05');
    expect(student('1998-06-01').amount?.value).toBe(199.88); // 27
    expect(student('1998-05-01').amount?.value).toBe(304.84); // 28 on 1 May 2026
  });

  it('lowers the rent ceiling in a flat-share (× 0,75) and for a room (× 0,9)', () => {
    const s = (sharing: 'flatshare' | 'room' | 'none') =>
      al(tenant([me('1986-03-01', { incomes: {} })], { housing: { status: 'tenant', rent: 450, sharing } }));
    // 290,34 × 0,75 = 217,755: 217,755 + 60,59 − 39,56 − 5 = 233,79 − 1,16 = 232,63 €; room (261,31): 277,34 − 1,38 = 275,96 €.
    expect(s('none').amount?.value).toBe(304.84);
    expect(s('flatshare').amount?.value).toBe(232.63);
    expect(s('room').amount?.value).toBe(275.96);
  });

  it('warns an HLM tenant that the RLS lowers the APL (not computed), in metropolitan France only', () => {
    // OpenFisca-France LexImpact 2024 « rsa_01_seuil_rsa_inactif_d1 »: APL 410,89 − 98 % × RLS 66,06 = 346,15.
    const says = (status: 'tenant' | 'social_tenant', commune = '69123') =>
      al(
        tenant([me('1986-03-01', { incomes: {} })], { commune, housing: { status, rent: 450 } }),
      ).reasons.some((x) => x.text.includes('réduction de loyer de solidarité'));
    expect(says('social_tenant')).toBe(true);
    expect(says('tenant')).toBe(false);
    expect(says('social_tenant', '97411')).toBe(false); // no APL overseas, hence no RLS
  });

  it('does not apply the metropolitan scale overseas (Saint-Pierre-et-Miquelon: not computed)', () => {
    // The overseas scale of the DROM and Mayotte: test/overseas-housing.test.ts.
    const r = al(tenant([me('1986-03-01', { incomes: {} })], { commune: '97502' }));
    expect(r.status).toBe('possible');
    expect(r.amount).toBeNull();
    expect(r.reasons.some((x) => x.unknown && x.text.includes('Outre-mer'))).toBe(true);
  });

  it('settles the status: eligible in every zone, not eligible in none', () => {
    expect(al(tenant([me('1986-03-01', { incomes: { salary: 4000 } })])).status).toBe('not_eligible');
    expect(al(tenant([me('1986-03-01', { incomes: {} })])).status).toBe('eligible');
  });

  it('says when the October scale of the month is not in the data yet', () => {
    const s = tenant([me('1986-03-01', { incomes: {} })]);
    const said = (month: string) =>
      al(s, month).reasons.some((x) => x.text.includes('n’est pas encore dans nos données'));
    expect(said('2026-09')).toBe(false);
    expect(said('2026-10')).toBe(true);
  });
});

describe('complémentaire santé solidaire: an under-25 at his parents’ (art. R861-2 CSS)', () => {
  const young = (birthDate: string, housing: Situation['housing']) =>
    right(
      evaluate(
        { household: { members: [me(birthDate, { activity: 'inactive', incomes: {} })] }, housing },
        { month: '2026-05' },
      ),
      'css',
    );
  it('cannot be likely without the parents’ resources', () => {
    const r = young('2007-01-01', { status: 'hosted_free', withParents: true });
    expect(r.status).toBe('possible');
    expect(r.variant).toBeUndefined();
    expect(r.amount).toBeNull();
  });
  it('asks whether he lives with his parents when he is housed free', () => {
    const r = young('2007-01-01', { status: 'hosted_free' });
    expect(r.status).toBe('possible');
    expect(r.missing).toContain('housing.withParents');
  });
  it('is his own household when he does not live with them, or from 25', () => {
    expect(young('2007-01-01', { status: 'hosted_free', withParents: false }).variant).toBe('gratuite');
    expect(young('2001-06-01', { status: 'hosted_free', withParents: true }).status).toBe('possible'); // 24
    expect(young('2001-05-01', { status: 'hosted_free', withParents: true }).variant).toBe('gratuite'); // 25
  });
});

describe('demande de logement social: PLUS and PLS ceilings (1 January 2026)', () => {
  const hlm = (rfr: number, members: Member[] = [me('1980-01-01')], commune = '69123') =>
    right(
      evaluate(
        { commune, household: { members }, housing: { status: 'tenant' }, taxReferenceIncome: rfr },
        { month: '2026-05' },
      ),
      'logement_social',
    );
  it('62 000 € of taxable income alone: not eligible', () => {
    expect(hlm(62000).status).toBe('not_eligible');
  });
  it('single, other regions: PLUS 23 403 €, PLS 30 423 € (× 1,3)', () => {
    expect(hlm(23403).status).toBe('eligible');
    expect(hlm(23404).status).toBe('possible');
    expect(hlm(30423).status).toBe('possible');
    expect(hlm(30424).status).toBe('not_eligible');
  });
  it('by zone and household category', () => {
    expect(hlm(26920, [me('1980-01-01')], '75056').status).toBe('eligible');
    expect(hlm(26921, [me('1980-01-01')], '75056').status).toBe('possible');
    const child: Member = { id: 'c', role: 'child', birthDate: '2015-01-01' };
    // A lone parent with one child is category 3 (37 584 €), not 2 (31 254 €).
    expect(hlm(37584, [me('1980-01-01'), child]).status).toBe('eligible');
    const partner = (birthDate: string): Member => ({ id: 'p', role: 'partner', birthDate });
    // A young couple (ages adding up to 55 at most) is category 3 as well.
    expect(hlm(37584, [me('1999-01-01'), partner('1999-01-01')]).status).toBe('eligible'); // 27 + 27
    expect(hlm(37584, [me('1980-01-01'), partner('1980-01-01')]).status).toBe('possible'); // cat. 2
  });
});

describe('AAH: retirement age by year of birth (CSS L161-17-2)', () => {
  const aah = (birthDate: string, month: string) =>
    right(
      evaluate(
        { household: { members: [me(birthDate, { disabilityRate: 60, rsdae: true, incomes: {} })] } },
        { month },
      ),
      'aah',
    ).status;
  it('born in June 1964: 62 years 9 months since the 2026 suspension, so until March 2027', () => {
    expect(aah('1964-06-15', '2027-03')).toBe('eligible');
    expect(aah('1964-06-15', '2027-04')).toBe('not_eligible');
  });
  it('born in 1969: 64 years', () => {
    expect(aah('1969-01-10', '2033-01')).toBe('eligible');
    expect(aah('1969-01-10', '2033-02')).toBe('not_eligible');
  });
  it('born before September 1961: 62 years', () => {
    expect(aah('1960-05-01', '2022-04')).toBe('eligible');
    expect(aah('1960-05-01', '2022-05')).toBe('not_eligible');
  });
});

describe('numbers the law keeps as parameters', () => {
  it('RSA and PPA household coefficients read rsa.majoration.*', () => {
    const ctx = buildContext({ household: { members: [me('1980-01-01')] } }, '2026-05');
    expect(householdCoefficient(ctx, 1, 0)).toBe(1);
    expect(householdCoefficient(ctx, 1, 1)).toBe(1.5);
    expect(householdCoefficient(ctx, 2, 3)).toBeCloseTo(2.5, 10);
    expect(householdCoefficient(ctx, 1, 3)).toBeCloseTo(2.2, 10);
  });
  it('Pass’Sport is 70 € from the 2025 school year', () => {
    expect(parameterAt('pass_sport.montant', '2025-08').value).toBe(50);
    expect(parameterAt('pass_sport.montant', '2025-09').value).toBe(70);
  });
  it('chèque énergie units and the AAH band are parameters', () => {
    expect(parameterAt('cheque_energie.uc.deuxieme_personne', '2026-05').value).toBe(0.5);
    expect(parameterAt('aah.abattement_activite.seuil_smic', '2026-05').value).toBe(0.3);
  });
  it('a misspelled parameter id does not compile', () => {
    const ctx = buildContext({ household: { members: [me('1980-01-01')] } }, '2026-05');
    // @ts-expect-error the id is misspelled: tsc rejects it (npm run typecheck)
    expect(() => ctx.p('rsa.montant_forfaitair')).toThrow();
  });
});

describe('RSA and prime d’activité: solidarité à la source', () => {
  const rsa = (month: string, incomes: Member['incomes'] = {}) =>
    right(
      evaluate(
        { household: { members: [me('1980-01-01', { incomes })] }, housing: { status: 'tenant', rent: 400 } },
        { month },
      ),
      'rsa',
    ).reasons.map((x) => x.text);
  it('says which months are used, what is pre-filled and what to declare', () => {
    const may = rsa('2026-05').join(' ');
    expect(may).toContain('de janvier 2026 à mars 2026');
    expect(may).toContain('la CAF et la MSA');
    expect(may).toContain('préremplis');
    expect(may).toContain('pensions alimentaires');
    const april2025 = rsa('2025-04').join(' ');
    expect(april2025).toContain('de décembre 2024 à février 2025');
    expect(april2025).toContain('la MSA à partir de juillet 2025');
    expect(rsa('2025-02').join(' ')).toContain('moyenne des 3 derniers mois');
  });
  it('names the incomes the person must declare', () => {
    expect(rsa('2026-05', { maintenanceReceived: 100 }).join(' ')).toContain(
      'une pension alimentaire : à déclarer vous-même',
    );
  });
});

describe('PAJE allocation de base: a child born before April 2018 keeps the 2014 scale', () => {
  // June 2019, couple with one income, one child born in May 2017. Ceilings of 1 January 2019 (arrêté of
  // 21 December 2018, art. 3) raised by 22 % for every dependent child, the first included (art. R531-1 CSS):
  // 24 908 × 1,22 = 30 388 € (taux plein), 29 757 × 1,22 = 36 304 € (taux partiel). Amounts frozen at
  // the BMAF of 1 April 2013 (403,79 €, LFSS 2014 art. 74; instruction DSS/SD2B/2019/65): 45,95 % →
  // 185,54 − CRDS 0,92 = 184,62 €; 22,975 % → 92,77 − 0,46 = 92,31 € (openfisca-france
  // tests/formulas/paje/paje_2018.yaml, "PAJE - PAB - Cas N°1" and "Cas N°4").
  /** A couple with one income and a child born on `born` (and an elder one if `children` is 2). */
  const pajeAt = (month: string, born: string, rfr: number, children = 1) =>
    right(
      evaluate(
        {
          household: {
            couple: true,
            members: [
              me('1985-01-01', { incomes: { salary: 2000 } }),
              { id: 'p', role: 'partner', birthDate: '1985-01-01', incomes: {} },
              { id: 'c', role: 'child', birthDate: born },
              ...(children > 1 ? [{ id: 'c2', role: 'child' as const, birthDate: '2012-05-01' }] : []),
            ],
          },
          taxReferenceIncome: rfr,
        },
        { month },
      ),
      'paje_base',
    );
  const paje = (rfr: number, children = 1) => pajeAt('2019-06', '2017-05-01', rfr, children);
  it('full rate up to 30 388 €, partial up to 36 304 €, nothing above', () => {
    expect(paje(30388)).toMatchObject({ status: 'eligible', variant: 'taux_plein' });
    expect(paje(30388).amount?.value).toBeCloseTo(184.62, 2);
    expect(paje(30389)).toMatchObject({ status: 'eligible', variant: 'taux_partiel' });
    expect(paje(30389).amount?.value).toBeCloseTo(92.31, 2);
    expect(paje(36304).status).toBe('eligible');
    expect(paje(36305).status).toBe('not_eligible');
  });
  it('two children: + 44 % (35 868 € and 42 850 €)', () => {
    // 24 908 × 1,44 = 35 867,52 → 35 868; 29 757 × 1,44 = 42 850,08 → 42 850.
    expect(paje(35868, 2).variant).toBe('taux_plein');
    expect(paje(35869, 2).variant).toBe('taux_partiel');
    expect(paje(42850, 2).status).toBe('eligible');
    expect(paje(42851, 2).status).toBe('not_eligible');
  });
  it('a child born from April 2018 follows the current BMAF (170,71 € in May 2018)', () => {
    expect(pajeAt('2018-05', '2018-04-10', 13500).amount?.value).toBeCloseTo(170.71, 2);
  });
});

describe('allocations familiales: complément dégressif just above a ceiling (art. L521-1, D521-2 CSS)', () => {
  // January 2018, couple with four children of 12, 10, 7 and 5: first ceiling 78 798 € (56 286 + 4 × 5 628,
  // 1 January 2018). Gross amounts with the BMAF of 407,84 €: 114 % → 464,94 € (full), 232,47 € (half).
  // Complement = (78 798 + 12 × 464,94 − R) / 12 − 232,47; openfisca-france af_2018_01.yaml « Cas N°10 »:
  // R = 81 000 → 48,97 € gross, so 231,31 + 48,97 − CRDS 0,24 = 280,04 €.
  const af = (rfr: number) =>
    right(
      evaluate(
        {
          commune: '69123',
          household: {
            couple: true,
            members: [
              me('1980-01-01', { incomes: { salary: 4000 } }),
              { id: 'p', role: 'partner', birthDate: '1982-01-01', incomes: { salary: 3000 } },
              { id: 'c1', role: 'child', birthDate: '2005-07-01' },
              { id: 'c2', role: 'child', birthDate: '2007-07-01' },
              { id: 'c3', role: 'child', birthDate: '2010-07-01' },
              { id: 'c4', role: 'child', birthDate: '2012-07-01' },
            ],
          },
          taxReferenceIncome: rfr,
        },
        { month: '2018-01' },
      ),
      'af',
    );
  it('full amount at the ceiling, the complement one euro above', () => {
    expect(af(78798).amount?.value).toBeCloseTo(462.62, 2);
    expect(af(78798).reasons.some((x) => x.code === 'degressive')).toBe(false);
    // (5 579,28 − 1) / 12 − 232,47 = 232,40 gross → 231,31 + 232,40 − 1,16 = 462,55 (cents of rounding)
    expect(af(78799).amount?.value).toBeCloseTo(462.54, 2);
    expect(af(78799).reasons.some((x) => x.code === 'degressive')).toBe(true);
  });
  it('OpenFisca’s case: 81 000 € gives 280,04 €', () => {
    expect(af(81000).amount?.value).toBeCloseTo(280.04, 2);
  });
  it('ends where the excess reaches a year of the amount lost (81 587,64 €)', () => {
    expect(af(81587).amount?.value).toBeCloseTo(231.36, 2);
    expect(af(81588).amount?.value).toBeCloseTo(231.31, 2);
    expect(af(81588).reasons.some((x) => x.code === 'degressive')).toBe(false);
  });
});

/** May 2018: a working couple renting with housing aid, children born in 2000 (with wages) and 2005. */
const coupleWithElder = (salary: number, partnerSalary: number, childSalary: number) =>
  evaluate(
    {
      commune: '69123',
      housing: { status: 'tenant', rent: 500 },
      receiving: ['aide_logement'],
      household: {
        couple: true,
        members: [
          me('1980-01-01', { activity: 'employed', incomes: { salary } }),
          {
            id: 'p',
            role: 'partner',
            birthDate: '1982-01-01',
            nationality: 'fr',
            activity: 'employed',
            incomes: { salary: partnerSalary },
          },
          { id: 'c1', role: 'child', birthDate: '2000-01-10', incomes: { salary: childSalary } },
          { id: 'c2', role: 'child', birthDate: '2005-03-10' },
        ],
      },
      taxReferenceIncome: 0,
    },
    { month: '2018-05' },
  );

describe('RSA: a child whose own resources reach the increase it brings is not counted (art. R262-3 CASF)', () => {
  // May 2018, couple earning 400 + 200 €, housing aid received, children born in 2000 and 2005, AF 131,16 €.
  // The 18-year-old is the first child: he brings 30 % × 550,93 = 165,28 €. Counted (resources < 165,28 €):
  // 2,1 × 550,93 − forfait 163,63 − (600 + his resources) − 131,16. Not counted: 1,8 × 550,93 − 163,63 − 600
  // − 131,16 = 96,89 € (openfisca-france rsa.yaml « RSA Cas Non Passant N°3 »: 96,89 €).
  const rsa = (childSalary: number) => right(coupleWithElder(400, 200, childSalary), 'rsa');
  it('counts the child and his resources under 165,28 €', () => {
    expect(rsa(0).amount?.value).toBeCloseTo(262.16, 2);
    expect(rsa(165).amount?.value).toBeCloseTo(97.16, 2);
    expect(rsa(165).reasons.some((x) => x.code === 'child_resources')).toBe(false);
  });
  it('leaves him out, with his resources, from 165,28 €', () => {
    expect(rsa(166).amount?.value).toBeCloseTo(96.89, 1);
    expect(rsa(300).amount?.value).toBeCloseTo(96.89, 1);
    expect(rsa(300).reasons.find((x) => x.code === 'child_resources')?.text).toContain('165,28');
  });
});

describe('ASS in Mayotte: its own daily amount (décret n° 2026-218), ceilings of 70 and 110 daily amounts', () => {
  // May 2026, single job seeker whose unemployment benefit has ended: 9,75 € a day in Mayotte (19,48 € in
  // mainland France). Full ASS 30 × 9,75 = 292,50 € while resources ≤ 40 × 9,75 = 390 €; ceiling
  // 70 × 9,75 = 682,50 €; nothing once the ASS would fall under one daily amount (resources > 672,75 €).
  const ass = (other: number, commune = '97611') =>
    right(
      evaluate(
        {
          commune,
          household: {
            members: [
              me('1975-01-01', {
                activity: 'unemployed',
                unemploymentRightsExhausted: true,
                workedFiveOfLastTenYears: true,
                incomes: { other },
              }),
            ],
          },
        },
        { month: '2026-05' },
      ),
      'ass',
    );
  it('full amount up to 390 € of resources, then the differential', () => {
    expect(ass(0).amount?.value).toBeCloseTo(292.5, 2);
    expect(ass(390).amount?.value).toBeCloseTo(292.5, 2);
    expect(ass(391).amount?.value).toBeCloseTo(291.5, 2);
    expect(ass(0).reasons.find((x) => x.code === 'mayotte')?.text).toContain('9,75');
  });
  it('nothing under one daily amount', () => {
    expect(ass(672.75).amount?.value).toBeCloseTo(9.75, 2);
    expect(ass(673).status).toBe('not_eligible');
  });
  it('mainland France and the other DROM keep the general amount', () => {
    expect(ass(0, '69123').amount?.value).toBeCloseTo(584.4, 2);
    expect(ass(0, '97411').amount?.value).toBeCloseTo(584.4, 2);
  });
});

describe('prime d’activité: the same rule for a child with his own resources', () => {
  // May 2018, couple earning 1 200 + 1 450 €, children born in 2000 and 2005: the elder, first child,
  // brings 30 % of 531,51 € = 159,45 € (openfisca-france ppa_2018.yaml « PPA Cas Non Passant N°3 »: 400 €
  // of wages, no prime).
  const ppa = (childSalary: number) => right(coupleWithElder(1200, 1450, childSalary), 'ppa');
  const left = (r: RightResult) => r.reasons.some((x) => x.code === 'child_resources');
  it('counts him under 159,45 €, leaves him out from it', () => {
    expect(left(ppa(159))).toBe(false);
    expect(left(ppa(160))).toBe(true);
    expect(ppa(400).status).toBe('not_eligible');
  });
});
