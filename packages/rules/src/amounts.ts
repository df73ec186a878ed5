// The amounts a right pays for a typical case, computed with the same functions the evaluator uses, so that
// an explanation text (FALC) and the questionnaire never show two figures for one right. The evaluator calls
// familyBenefit() and schoolGrant() (rights/benefit.ts, kept apart so that the engine does not carry this
// table); texts name a REFERENCE_AMOUNTS id in a placeholder
// ({montant:asf.verse.un_parent}) and @passerelle/content resolves it with referenceAmount().
import { type ParameterId, valueAt } from './parameters/index.js';
import { familyBenefit, schoolGrant } from './rights/benefit.js';
import type { RightId } from './rights/types.js';

export { familyBenefit, familyGross, schoolGrant } from './rights/benefit.js';

/** Reads a parameter at a date (valueAt by default; tests may pass a table). */
export type AmountLookup = (id: ParameterId, date: string) => number;

export interface ReferenceAmount {
  /** Placeholder id: `<right>.verse.<case>`; no parameter id contains `.verse.`. */
  id: string;
  right: RightId;
  per: 'month' | 'year';
  /** The case, in French, for the docs. */
  label: string;
  /** Parameters the amount reads (at the date, or at the date the law fixes: ARS, bourses). */
  parameters: readonly ParameterId[];
  /** The official scale this amount reproduces and, where we hold one, a figure of it to check against. */
  source: { url: string; verifiedOn: string; published?: { date: string; value: number } };
  /** Amount at a date (YYYY-MM-DD or YYYY-MM). */
  at(date: string, lookup?: AmountLookup): number;
}

const SP = 'https://www.service-public.fr/particuliers/vosdroits/';
const day = (date: string): string => (date.length === 7 ? `${date}-01` : date);
const year = (date: string): number => Number(date.slice(0, 4));
const checked = '2026-12-03';
const src = (page: string, published?: { date: string; value: number }): ReferenceAmount['source'] => ({
  url: `${SP}${page}`,
  verifiedOn: checked,
  ...(published ? { published } : {}),
});

/** A family benefit at the date: BMAF × rate, net of CRDS. */
function family(
  right: RightId,
  name: string,
  label: string,
  rates: readonly ParameterId[],
  source: ReferenceAmount['source'],
  per: 'month' | 'year' = 'month',
): ReferenceAmount {
  return {
    id: `${right}.verse.${name}`,
    right,
    per,
    label,
    parameters: ['bmaf', ...rates, 'crds.taux'],
    source,
    at(date, p = valueAt) {
      const d = day(date);
      const rate = rates.reduce((sum, r) => sum + p(r, d), 0);
      return familyBenefit(p('bmaf', d), rate, p('crds.taux', d));
    },
  };
}

/** ARS for one child at the rentrée of the date's year: BMAF and rate of 1 August, as the evaluator reads them. */
function ars(name: string, label: string, rate: ParameterId, rentree2025: number): ReferenceAmount {
  return {
    id: `ars.verse.${name}`,
    right: 'ars',
    per: 'year',
    label,
    parameters: ['bmaf', rate, 'crds.taux'],
    source: src('F1878', { date: '2025-08-01', value: rentree2025 }),
    at(date, p = valueAt) {
      const aug = `${year(date)}-08-01`;
      return familyBenefit(p('bmaf', aug), p(rate, aug), p('crds.taux', day(date)));
    },
  };
}

/** A school grant for the school year starting in the date's year: BMAF of 1 January of that year. */
function grant(
  right: 'bourse_college' | 'bourse_lycee',
  step: number,
  page: string,
  published?: { date: string; value: number },
): ReferenceAmount {
  const rate = `${right}.montant.echelon_${step}` as ParameterId;
  return {
    id: `${right}.verse.echelon_${step}`,
    right,
    per: 'year',
    label: `Échelon ${step}, par an`,
    parameters: ['bmaf', rate],
    source: src(page, published),
    at(date, p = valueAt) {
      const jan = `${year(date)}-01-01`;
      return schoolGrant(p('bmaf', jan), p(rate, jan));
    },
  };
}

// Rates and the BMAF (478,16 € from 1 April 2026) are parameters with their own sources; `published` is a
// figure of the official scale that src/amounts.test.ts checks each function gives.
export const REFERENCE_AMOUNTS: readonly ReferenceAmount[] = [
  family(
    'af',
    'deux_enfants',
    'Deux enfants, revenus sous le premier plafond',
    ['af.taux.deuxieme_enfant'],
    src('F13213', { date: '2025-04-01', value: 151.05 }),
  ),
  {
    // What each further child adds to the amount for two: the evaluator applies the CRDS to the total.
    id: 'af.verse.enfant_supplementaire',
    right: 'af',
    per: 'month',
    label: 'Chaque enfant en plus (à partir du 3e), revenus sous le premier plafond',
    parameters: ['bmaf', 'af.taux.deuxieme_enfant', 'af.taux.enfant_supplementaire', 'crds.taux'],
    source: src('F13213'),
    at(date, p = valueAt) {
      const d = day(date);
      const [bmaf, two, more, crds] = [
        p('bmaf', d),
        p('af.taux.deuxieme_enfant', d),
        p('af.taux.enfant_supplementaire', d),
        p('crds.taux', d),
      ];
      return Math.round(100 * (familyBenefit(bmaf, two + more, crds) - familyBenefit(bmaf, two, crds))) / 100;
    },
  },
  family('cf', 'base', 'Montant de base', ['cf.taux_base'], src('F13214')),
  family('cf', 'majore', 'Montant majoré', ['cf.taux_majore'], src('F13214')),
  ars('6_10_ans', 'Enfant de 6 à 10 ans', 'ars.taux.6_10_ans', 423.48),
  ars('11_14_ans', 'Enfant de 11 à 14 ans', 'ars.taux.11_14_ans', 446.85),
  ars('15_18_ans', 'Enfant de 15 à 18 ans', 'ars.taux.15_18_ans', 462.33),
  family('paje_base', 'taux_plein', 'Taux plein', ['paje.taux_plein'], src('F2552')),
  family('paje_base', 'taux_partiel', 'Taux partiel', ['paje.taux_partiel'], src('F2552')),
  family(
    'asf',
    'un_parent',
    'Par enfant privé de l’aide d’un parent',
    ['asf.taux.un_parent'],
    src('F815', { date: '2025-04-01', value: 199.18 }),
  ),
  family(
    'asf',
    'deux_parents',
    'Par enfant privé de l’aide de ses deux parents',
    ['asf.taux.deux_parents'],
    src('F815'),
  ),
  family('prime_naissance', 'naissance', 'Par enfant à naître', ['prime_naissance.taux'], src('F2550')),
  family('prepare', 'taux_plein', 'Arrêt complet de travail', ['prepare.taux_plein'], src('F32485')),
  grant('bourse_college', 1, 'F984', { date: '2024-09-01', value: 114 }),
  grant('bourse_college', 3, 'F984', { date: '2024-09-01', value: 495 }),
  grant('bourse_lycee', 1, 'F616'),
  grant('bourse_lycee', 6, 'F616'),
];

const BY_ID = new Map(REFERENCE_AMOUNTS.map((a) => [a.id, a]));

/** The reference amount of that id, or undefined (then the id may be a parameter). */
export function referenceAmount(id: string): ReferenceAmount | undefined {
  return BY_ID.get(id);
}
