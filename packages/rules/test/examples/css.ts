// Complémentaire santé solidaire worked examples. Resources of the 12 months before the month M-2
// (constant monthly incomes here, so × 12), compared with the annual ceilings in force; the participative
// variant costs a monthly participation per person by age on 1 January. No forfait logement: the
// households are tenants without housing aid.
import { applicant, child, household, partner } from './helpers.js';
import { CHECKED, SRC } from './sources.js';
import type { WorkedExample } from './types.js';

const C = SRC.css;
const B2025 = `${C.sp} (${CHECKED}); ${C.plafond2025}; ${C.plafond}`;
const PART = C.participation;
const employed = { activity: 'employed' as const };

export const cssExamples: WorkedExample[] = [
  {
    id: 'css-01-seul-750-gratuite',
    title: 'CSS : personne seule de 40 ans, 750 € de salaire et une aide au logement, sans participation',
    month: '2025-06',
    situation: household([applicant('1985-01-01', { salary: 750 }, employed)], {
      receiving: ['aide_logement'],
    }),
    expected: [
      {
        id: 'css',
        status: 'eligible',
        variant: 'gratuite',
        amount: { value: 0, per: 'month', tolerance: 0.005 },
      },
    ],
    source: B2025,
    derivation:
      '750 × 12 = 9 000 + forfait logement 12 × 77,58 = 930,96 → 9 930,96 ≤ 10 339 (1 personne) → gratuite, participation 0 €',
  },
  {
    id: 'css-02-seul-1000-participative-40-ans',
    title: 'CSS : personne seule de 40 ans, 1 000 € de salaire, avec participation de 14 €',
    month: '2025-06',
    situation: household([applicant('1985-01-01', { salary: 1000 }, employed)]),
    expected: [
      {
        id: 'css',
        status: 'eligible',
        variant: 'participative',
        amount: { value: 14, per: 'month', tolerance: 0.005 },
      },
    ],
    source: `${B2025}; ${PART}`,
    derivation:
      '1 000 × 12 = 12 000 : 10 339 < 12 000 ≤ 13 957 → participative ; 40 ans au 1er janvier 2025 → 14 €/mois',
  },
  {
    id: 'css-03-seul-1000-participative-54-ans',
    title: 'CSS : personne seule de 54 ans, 1 000 € de salaire, participation de 21 €',
    month: '2025-06',
    situation: household([applicant('1970-03-03', { salary: 1000 }, employed)]),
    expected: [
      {
        id: 'css',
        status: 'eligible',
        variant: 'participative',
        amount: { value: 21, per: 'month', tolerance: 0.005 },
      },
    ],
    source: `${B2025}; ${PART}`,
    derivation:
      '12 000 entre 10 339 et 13 957 → participative ; 54 ans au 1er janvier 2025 (tranche 50-59 ans) → 21 €/mois',
  },
  {
    id: 'css-04-seul-1000-participative-24-ans',
    title: 'CSS : personne seule de 24 ans, 1 000 € de salaire, participation de 8 €',
    month: '2025-06',
    situation: household([applicant('2000-03-03', { salary: 1000 }, employed)]),
    expected: [
      {
        id: 'css',
        status: 'eligible',
        variant: 'participative',
        amount: { value: 8, per: 'month', tolerance: 0.005 },
      },
    ],
    source: `${B2025}; ${PART}`,
    derivation: '12 000 entre 10 339 et 13 957 → participative ; 24 ans au 1er janvier 2025 → 8 €/mois',
  },
  {
    id: 'css-05-seul-1300-non-eligible',
    title: 'CSS : personne seule, 1 300 € de salaire, au-dessus du plafond',
    month: '2025-06',
    situation: household([applicant('1985-01-01', { salary: 1300 }, employed)]),
    expected: [{ id: 'css', status: 'not_eligible', amount: null }],
    source: B2025,
    derivation: '1 300 × 12 = 15 600 > 13 957 → pas de CSS',
  },
  {
    id: 'css-06-famille-4-participative',
    title: 'CSS : couple avec 2 enfants, 2 000 € de salaire, participation pour 4 personnes',
    month: '2025-06',
    situation: household(
      [
        applicant('1985-01-01', { salary: 2000 }, employed),
        partner('1987-05-05'),
        child(1, '2021-03-01'),
        child(2, '2017-05-05'),
      ],
      { taxReferenceIncome: 21600 },
    ),
    expected: [
      {
        id: 'css',
        status: 'eligible',
        variant: 'participative',
        amount: { value: 44, per: 'month', tolerance: 0.005 },
      },
    ],
    source: `${B2025}; ${PART}`,
    derivation:
      '2 000 × 12 = 24 000 (+ AF 151,05 × 12 = 25 813) : entre 21 711 et 29 311 (4 personnes) → participative ; 14 + 14 (adultes 30-49 ans) + 8 + 8 (enfants) = 44 €/mois',
  },
  {
    id: 'css-07-seul-sans-ressources',
    title: 'CSS : personne seule sans ressources, gratuite',
    month: '2025-06',
    situation: household([applicant('1985-01-01')]),
    expected: [
      {
        id: 'css',
        status: 'eligible',
        variant: 'gratuite',
        amount: { value: 0, per: 'month', tolerance: 0.005 },
      },
    ],
    source: B2025,
    derivation: 'ressources 0 ≤ 10 339 → gratuite',
  },
  {
    id: 'css-08-retraite-71-ans-participative',
    title: 'CSS : retraité seul de 71 ans, propriétaire, 1 000 € de pension, participation de 30 €',
    month: '2025-06',
    situation: household([applicant('1953-02-02', { pension: 1000 }, { activity: 'retired' })], {
      housing: { status: 'owner' },
    }),
    expected: [
      {
        id: 'css',
        status: 'eligible',
        variant: 'participative',
        amount: { value: 30, per: 'month', tolerance: 0.005 },
      },
    ],
    source: `${B2025}; ${PART}`,
    derivation:
      '1 000 × 12 = 12 000 + forfait logement propriétaire 12 % × 646,52 × 12 = 930,96 → 12 930,96 entre 10 339 et 13 957 → participative ; 71 ans au 1er janvier 2025 → 30 €/mois',
  },
  {
    id: 'css-09-decembre-2019-gratuite',
    title:
      'CSS décembre 2019 (création de la CSS) : personne seule, 600 € de salaire et une aide au logement, gratuite',
    month: '2019-12',
    situation: household([applicant('1984-06-06', { salary: 600 }, employed)], {
      receiving: ['aide_logement'],
    }),
    expected: [
      {
        id: 'css',
        status: 'eligible',
        variant: 'gratuite',
        amount: { value: 0, per: 'month', tolerance: 0.005 },
      },
    ],
    source: `${C.sp}; CSS créée au 1er novembre 2019 (loi 2018-1203, art. 52) ; plafond 1 personne 8 951 € au 1er avril 2019 (${C.plafond})`,
    derivation: '600 × 12 = 7 200 + forfait logement 12 × 12 % × 559,74 = 806,03 → 8 006 ≤ 8 951 → gratuite',
  },
  {
    id: 'css-10-decembre-2019-participative',
    title: 'CSS décembre 2019 : personne seule de 35 ans, 900 € de salaire, participation de 14 €',
    month: '2019-12',
    situation: household([applicant('1984-06-06', { salary: 900 }, employed)]),
    expected: [
      {
        id: 'css',
        status: 'eligible',
        variant: 'participative',
        amount: { value: 14, per: 'month', tolerance: 0.005 },
      },
    ],
    source: `${C.sp}; plafond 8 951 € × 1,35 = 12 083,85 € (${C.plafond}); participation 14 € pour 30-49 ans (montants par âge inchangés depuis 2019, ${C.participation})`,
    derivation:
      '900 × 12 = 10 800 (11 606 avec un forfait logement de 806) : 8 951 < ressources ≤ 12 083,85 → participative dans les deux cas ; 35 ans → 14 €/mois',
  },
  {
    id: 'css-11-2024-participative',
    title:
      'CSS juin 2024 : personne seule, 780 € de salaire et une aide au logement, au-dessus du plafond gratuit de 2024',
    month: '2024-06',
    situation: household([applicant('1985-01-01', { salary: 780 }, employed)], {
      receiving: ['aide_logement'],
    }),
    expected: [
      {
        id: 'css',
        status: 'eligible',
        variant: 'participative',
        amount: { value: 14, per: 'month', tolerance: 0.005 },
      },
    ],
    source: `${C.sp}; plafonds au 1er avril 2024 : 10 166 € / 13 724 € (${C.plafond2024}); ${PART}`,
    derivation:
      '780 × 12 = 9 360 + forfait logement ≈ 12 × 12 % du RSA (73 à 76 €) ≈ 880 à 915 → 10 240 à 10 275 : au-dessus de 10 166 et ≤ 13 724 → participative ; 39 ans au 1er janvier 2024 → 14 €/mois',
  },
  {
    id: 'css-12-2025-meme-foyer-gratuite',
    title:
      'CSS juin 2025 : le même foyer (780 € de salaire, aide au logement) passe sous le plafond gratuit revalorisé',
    month: '2025-06',
    situation: household([applicant('1985-01-01', { salary: 780 }, employed)], {
      receiving: ['aide_logement'],
    }),
    expected: [
      {
        id: 'css',
        status: 'eligible',
        variant: 'gratuite',
        amount: { value: 0, per: 'month', tolerance: 0.005 },
      },
    ],
    source: B2025,
    derivation:
      '780 × 12 = 9 360 + forfait logement 12 × 77,58 = 930,96 → 10 290,96 ≤ 10 339 (plafond au 1er avril 2025) → gratuite',
  },
  {
    id: 'css-13-beneficiaire-aah',
    title: 'CSS : personne seule de 40 ans qui vit de l’AAH, avec participation',
    month: '2025-06',
    situation: household([applicant('1985-01-01', {}, { activity: 'unfit_for_work', disabilityRate: 80 })], {
      taxReferenceIncome: 0,
    }),
    expected: [
      { id: 'aah', status: 'eligible', amount: { value: 1033.32, per: 'month', tolerance: 0.01 } },
      {
        id: 'css',
        status: 'eligible',
        variant: 'participative',
        amount: { value: 14, per: 'month', tolerance: 0.005 },
      },
    ],
    source: `${B2025}; ${PART}; abattement de 68 € par mois sur l’AAH dans les ressources CSS (openfisca-france tests/formulas/cs/css_abattement_aah.yaml: "CSS: Base de ressource d'une personne seule beneficiant de l'aah" : 1 068 € d’AAH sur 11 mois → base 11 000)`,
    derivation:
      '(1 033,32 − 68) × 12 = 11 583,84 : entre 10 339 et 13 957 → participative, 14 €/mois (sans l’abattement : 12 399,84, même résultat)',
  },
  {
    id: 'css-14-beneficiaire-aspa',
    title: 'CSS : retraité seul de 72 ans qui vit de l’ASPA, avec participation',
    month: '2025-06',
    situation: household([applicant('1952-09-09', {}, { activity: 'retired' })], { taxReferenceIncome: 0 }),
    expected: [
      { id: 'aspa', status: 'eligible', amount: { value: 1034.28, per: 'month', tolerance: 0.01 } },
      {
        id: 'css',
        status: 'eligible',
        variant: 'participative',
        amount: { value: 30, per: 'month', tolerance: 0.005 },
      },
    ],
    source: `${B2025}; ${PART}; abattement de 71 € par mois sur l’ASPA d’une personne seule (openfisca-france tests/formulas/cs/css_abattement_aspa.yaml: "CSS: Base de ressource ASPA d'une personne seule" : 1 071 € sur 11 mois → base 11 000); ASPA ${SRC.aspa.montant2025}`,
    derivation:
      'ASPA 12 411,44 / 12 = 1 034,28 ; (1 034,28 − 71) × 12 = 11 559,36 : entre 10 339 et 13 957 → participative ; 72 ans → 30 €/mois',
  },
];
