// Every amount an explanation (FALC) shows is the amount the questionnaire shows for the same case and
// month: each placeholder is rendered from the texts and compared, to the cent, with the evaluation of a
// household by @passerelle/rules.
import { evaluateValid, type Member, type Situation } from '@passerelle/rules';
import { REFERENCE_AMOUNTS } from '@passerelle/rules/amounts';
import { loadExtraRights } from '@passerelle/rules/extra';
import { child as kid } from '@passerelle/rules/test-builders';
import { describe, expect, it } from 'vitest';
import { evaluatePlaceholder, placeholders } from './amounts.js';
import { BODIES } from './bodies.js';
import { LOCALES, SECTION_IDS } from './types.js';

const adult = (role: 'applicant' | 'partner', extra: Partial<Member> = {}): Member => ({
  id: role,
  role,
  birthDate: role === 'applicant' ? '1985-01-01' : '1987-05-05',
  activity: 'inactive',
  nationality: 'fr',
  disabilityRate: 0,
  incomes: {},
  ...extra,
});
const household = (members: Member[], taxReferenceIncome = 0): Situation => ({
  commune: '69123',
  housing: { status: 'tenant', rent: 600 },
  receiving: [],
  taxReferenceIncome,
  household: { couple: members.some((m) => m.role === 'partner'), members },
});

/** Amounts the rules give a right for a household in a month, one per result that has one. */
function amountOf(right: string, s: Situation, month: string): { value: number; variant?: string } | null {
  const r = evaluateValid(s, { month, only: [right as never] }).rights.find((x) => x.id === right);
  return r?.amount ? { value: r.amount.value, ...(r.variant ? { variant: r.variant } : {}) } : null;
}

/** Incomes from 0 to 80 000 € a year: the first that gives the variant, for scales read by income. */
function withVariant(right: string, build: (rfr: number) => Situation, month: string, variant: string) {
  for (let rfr = 0; rfr <= 80_000; rfr += 250) {
    const a = amountOf(right, build(rfr), month);
    if (a?.variant === variant) return a.value;
  }
  return null;
}

const y = (month: string) => Number(month.slice(0, 4));
const ago = (month: string, years: number) => `${y(month) - years}-01-15`;
const single = (kids: Member[], rfr = 0) => household([adult('applicant'), ...kids], rfr);
const couple = (kids: Member[], rfr = 0) =>
  household([adult('applicant', { activity: 'employed' }), adult('partner'), ...kids], rfr);

/** The amount the rules give for the case a placeholder describes, in that month. */
const CASES: Record<string, (month: string) => number | null | undefined> = {
  'af.verse.deux_enfants': (m) => amountOf('af', couple([kid(1, ago(m, 4)), kid(2, ago(m, 8))]), m)?.value,
  'af.verse.enfant_supplementaire': (m) => {
    const two = [kid(1, ago(m, 4)), kid(2, ago(m, 6))];
    const a2 = amountOf('af', couple(two), m)?.value ?? Number.NaN;
    const a3 = amountOf('af', couple([...two, kid(3, ago(m, 8))]), m)?.value ?? Number.NaN;
    return Math.round((a3 - a2) * 100) / 100;
  },
  'cf.verse.majore': (m) =>
    amountOf('cf', couple([kid(1, ago(m, 4)), kid(2, ago(m, 6)), kid(3, ago(m, 8))]), m)?.value,
  'cf.verse.base': (m) => {
    // Above the majoré limit and under the ceiling: the first income where the amount drops.
    const kids = [kid(1, ago(m, 4)), kid(2, ago(m, 6)), kid(3, ago(m, 8))];
    const top = amountOf('cf', couple(kids), m)?.value;
    for (let rfr = 0; rfr <= 80_000; rfr += 250) {
      const a = amountOf('cf', couple(kids, rfr), m)?.value;
      if (a !== undefined && a !== top) return a;
    }
    return null;
  },
  'ars.verse.6_10_ans': (m) => amountOf('ars', single([kid(1, ago(m, 8))]), m)?.value,
  'ars.verse.11_14_ans': (m) => amountOf('ars', single([kid(1, ago(m, 12))]), m)?.value,
  'ars.verse.15_18_ans': (m) => amountOf('ars', single([kid(1, ago(m, 16))]), m)?.value,
  'paje_base.verse.taux_plein': (m) =>
    withVariant('paje_base', (rfr) => couple([kid(1, ago(m, 1))], rfr), m, 'taux_plein'),
  'paje_base.verse.taux_partiel': (m) =>
    withVariant('paje_base', (rfr) => couple([kid(1, ago(m, 1))], rfr), m, 'taux_partiel'),
  'asf.verse.un_parent': (m) =>
    amountOf('asf', single([kid(1, ago(m, 6), { otherParent: 'does_not_pay' })]), m)?.value,
  'prime_naissance.verse.naissance': (m) =>
    amountOf('prime_naissance', household([adult('applicant', { pregnant: true })]), m)?.value,
  'prepare.verse.taux_plein': (m) =>
    amountOf(
      'prepare',
      household([adult('applicant', { activity: 'parental_leave' }), kid(1, ago(m, 1)), kid(2, ago(m, 5))]),
      m,
    )?.value,
  ...Object.fromEntries(
    (['bourse_college', 'bourse_lycee'] as const).flatMap((right) =>
      [1, 3, 6].map((step) => [
        `${right}.verse.echelon_${step}`,
        (m: string) =>
          withVariant(
            right,
            (rfr) =>
              single(
                [
                  kid(1, ago(m, right === 'bourse_college' ? 12 : 16), {
                    schoolLevel: right.slice(7) as never,
                  }),
                ],
                rfr,
              ),
            m,
            `echelon_${step}`,
          ),
      ]),
    ),
  ),
  // Amounts that are one parameter: the rules pay the parameter itself in these cases.
  'rsa.montant_forfaitaire': (m) =>
    amountOf('rsa', { ...single([]), housing: { status: 'homeless' } } as Situation, m)?.value,
  'aah.montant': (m) => amountOf('aah', household([adult('applicant', { disabilityRate: 80 })]), m)?.value,
  'mva.montant': (m) => amountOf('mva', household([adult('applicant', { disabilityRate: 80 })]), m)?.value,
  'prime_noel.montant_base': (m) =>
    amountOf('prime_noel', { ...single([]), housing: { status: 'homeless' } } as Situation, m)?.value,
  'aide_permis_apprenti.montant': (m) =>
    amountOf(
      'aide_permis_apprenti',
      household([adult('applicant', { birthDate: ago(m, 19), activity: 'apprentice' })]),
      m,
    )?.value,
  'aspa.plafond.personne_seule/12': (m) =>
    amountOf('aspa', household([adult('applicant', { birthDate: ago(m, 70), activity: 'retired' })]), m)
      ?.value,
};

/**
 * Placeholders that show a parameter as it is (a ceiling, a daily rate, one end of a range) where the rules
 * pay an amount that depends on the case, or pay nothing: the text and the rules read the same parameter.
 */
const NOT_A_RULES_AMOUNT: Record<string, string> = {
  'asf.verse.deux_parents': 'the rules do not ask whether both parents are missing (same familyBenefit)',
  'pass_sport.montant': 'the rules show no amount for the Pass’Sport (amountKind none)',
  'ajpp.montant_journalier': 'a daily rate; the rules multiply it by the days of leave',
  'ass.montant_journalier': 'a daily rate; the rules multiply it by the days of the month',
  'ass.montant_journalier*30': 'an example month of 30 days (“environ”)',
  'asi.plafond.personne_seule/12': 'a ceiling (“jusqu’à”) that includes other income',
  'veuvage.montant': 'a maximum (“jusqu’à”), lowered by other income',
  'cheque_energie.montants.uc_1[3]': 'one end of the range of the scale',
  'cheque_energie.montants.uc_2[0]': 'one end of the range of the scale',
  'css.participation.moins_30_ans': 'one end of the range of participations by age',
  'css.participation.70_ans_et_plus': 'one end of the range of participations by age',
  'loca_pass.montant_max': 'a maximum loan (“jusqu’à”)',
};

loadExtraRights();
const MONTHS = ['2025-06', '2026-06', '2026-12'];

const used = new Map<string, string>(); // placeholder expression -> right
for (const b of BODIES)
  for (const s of SECTION_IDS)
    for (const p of LOCALES.flatMap((l) => placeholders(b[l].sections[s])))
      if (p.kind === 'montant') used.set(p.raw.slice('{montant:'.length, -1), b.id);

describe('FALC amounts and the rules agree', () => {
  it('family amounts name the rules’ amounts, never a formula of their own', () => {
    const formulas = [...used.keys()].filter((e) => e.includes('bmaf'));
    expect(formulas).toEqual([]);
    for (const a of REFERENCE_AMOUNTS) expect(used.has(a.id), a.id).toBe(true);
  });

  it('every amount of a text is compared with the rules, or says why it cannot be', () => {
    const missing = [...used.keys()].filter((e) => !CASES[e] && !NOT_A_RULES_AMOUNT[e]);
    expect(missing).toEqual([]);
  });

  for (const [expr, right] of used) {
    const compare = CASES[expr];
    if (!compare) continue;
    for (const month of MONTHS)
      it(`${right}: {montant:${expr}} in ${month}`, () => {
        const falc = Math.round(evaluatePlaceholder(`{montant:${expr}}`, month) * 100) / 100;
        expect(compare(month)).toBe(falc);
      });
  }
});
