// Chèque énergie, bourses de collège et de lycée, aides au logement (status only).
import { applicant, child, household, me, partner } from './helpers.js';
import { CHECKED, SRC } from './sources.js';
import type { WorkedExample } from './types.js';

const E = SRC.chequeEnergie;
const B = SRC.bourses;
const L = SRC.logement;
const employed = { activity: 'employed' as const };
const CE = `${E.site} (${CHECKED}); ${E.bareme2019}; ${E.seuil2021}; ${E.uc}`;

export const autresExamples: WorkedExample[] = [
  // ---- Chèque énergie (per year, revenu fiscal de référence par unité de consommation)
  {
    id: 'cheque-01-seul-rfr-5000',
    title: 'Chèque énergie 2024 : personne seule, revenu fiscal de référence de 5 000 €',
    month: '2024-05',
    situation: household([applicant('1960-01-01', { pension: 450 }, { activity: 'retired' })], {
      taxReferenceIncome: 5000,
    }),
    expected: [
      { id: 'cheque_energie', status: 'eligible', amount: { value: 194, per: 'year', tolerance: 0.005 } },
    ],
    source: `${CE}; openfisca-france tests/formulas/cheque_energie/montant.yaml: "1 UC - RFR < 5600" (barème 2018, 144 €; 194 € depuis 2019)`,
    derivation: '1 UC ; 5 000 / 1 < 5 600 → 194 €',
  },
  {
    id: 'cheque-02-couple-rfr-9000',
    title: 'Chèque énergie 2024 : couple, revenu fiscal de référence de 9 000 €',
    month: '2024-05',
    situation: household(
      [applicant('1960-01-01', { pension: 400 }, { activity: 'retired' }), partner('1962-01-01')],
      {
        taxReferenceIncome: 9000,
      },
    ),
    expected: [
      { id: 'cheque_energie', status: 'eligible', amount: { value: 176, per: 'year', tolerance: 0.005 } },
    ],
    source: CE,
    derivation: '1,5 UC ; 9 000 / 1,5 = 6 000 (entre 5 600 et 6 700), barème 1 < UC < 2 → 176 €',
  },
  {
    id: 'cheque-03-famille-rfr-12000',
    title: 'Chèque énergie 2024 : couple avec 2 enfants, revenu fiscal de référence de 12 000 €',
    month: '2024-05',
    situation: household(
      [
        applicant('1985-01-01', { salary: 1100 }, employed),
        partner('1987-05-05'),
        child(1, '2016-01-01'),
        child(2, '2018-01-01'),
      ],
      { taxReferenceIncome: 12000 },
    ),
    expected: [
      { id: 'cheque_energie', status: 'eligible', amount: { value: 202, per: 'year', tolerance: 0.005 } },
    ],
    source: CE,
    derivation:
      '1 + 0,5 + 0,3 + 0,3 = 2,1 UC ; 12 000 / 2,1 = 5 714 (entre 5 600 et 6 700), barème UC ≥ 2 → 202 €',
  },
  {
    id: 'cheque-04-seul-rfr-9000',
    title: 'Chèque énergie 2024 : personne seule, revenu fiscal de référence de 9 000 €',
    month: '2024-05',
    situation: household([applicant('1960-01-01', { pension: 780 }, { activity: 'retired' })], {
      taxReferenceIncome: 9000,
    }),
    expected: [
      { id: 'cheque_energie', status: 'eligible', amount: { value: 48, per: 'year', tolerance: 0.005 } },
    ],
    source: CE,
    derivation: '1 UC ; 7 700 ≤ 9 000 < 10 800 → 48 €',
  },
  {
    id: 'cheque-05-seul-rfr-12000',
    title: 'Chèque énergie 2024 : personne seule, revenu fiscal de référence de 12 000 €, pas de chèque',
    month: '2024-05',
    situation: household([applicant('1960-01-01', { pension: 1050 }, { activity: 'retired' })], {
      taxReferenceIncome: 12000,
    }),
    expected: [{ id: 'cheque_energie', status: 'not_eligible', amount: null }],
    source: CE,
    derivation: '12 000 / 1 UC ≥ 10 800 → pas de chèque énergie',
  },
  {
    id: 'cheque-06-seuil-2020',
    title: 'Chèque énergie 2020 : personne seule, 10 750 € par UC, au-dessus du seuil de 10 700 €',
    month: '2020-05',
    situation: household([applicant('1960-01-01', { pension: 950 }, { activity: 'retired' })], {
      taxReferenceIncome: 10750,
    }),
    expected: [{ id: 'cheque_energie', status: 'not_eligible', amount: null }],
    source: `${E.site}; ${E.bareme2019} (seuil 10 700 € par UC de 2019 à 2020)`,
    derivation: '10 750 ≥ 10 700 → pas de chèque en 2020',
  },
  {
    id: 'cheque-07-seuil-2021',
    title: 'Chèque énergie 2021 : le même foyer, seuil relevé à 10 800 €',
    month: '2021-05',
    situation: household([applicant('1960-01-01', { pension: 950 }, { activity: 'retired' })], {
      taxReferenceIncome: 10750,
    }),
    expected: [
      { id: 'cheque_energie', status: 'eligible', amount: { value: 48, per: 'year', tolerance: 0.005 } },
    ],
    source: `${E.site}; ${E.seuil2021}`,
    derivation: '7 700 ≤ 10 750 < 10 800 → 48 €',
  },
  {
    id: 'cheque-08-openfisca-2019',
    title: 'Chèque énergie 2019 : personne seule, revenu fiscal de référence de 7 800 €',
    month: '2019-05',
    situation: household([applicant('1955-01-01', { pension: 700 }, { activity: 'retired' })], {
      taxReferenceIncome: 7800,
    }),
    expected: [
      { id: 'cheque_energie', status: 'eligible', amount: { value: 48, per: 'year', tolerance: 0.005 } },
    ],
    source: `openfisca-france tests/formulas/cheque_energie/montant.yaml: "1 UC - RFR = 7800 (barème 2019)" (cheque_energie_montant 48); ${E.bareme2019}`,
    derivation: '1 UC ; 7 700 ≤ 7 800 < 10 700 → 48 €',
  },
  {
    id: 'cheque-09-trois-personnes',
    title: 'Chèque énergie 2024 : parent seul avec 2 enfants, revenu fiscal de référence de 10 000 €',
    month: '2024-05',
    situation: household(
      [
        applicant('1985-01-01', { salary: 900 }, employed),
        child(1, '2016-01-01', { otherParent: 'pays' }),
        child(2, '2018-01-01', { otherParent: 'pays' }),
      ],
      { taxReferenceIncome: 10000 },
    ),
    expected: [
      { id: 'cheque_energie', status: 'eligible', amount: { value: 240, per: 'year', tolerance: 0.005 } },
    ],
    source: CE,
    derivation: '1 + 0,5 + 0,3 = 1,8 UC ; 10 000 / 1,8 = 5 556 < 5 600, barème 1 < UC < 2 → 240 €',
  },
  // ---- Bourse de collège (rentrée 2024, revenu fiscal de référence 2023)
  {
    id: 'bourse-college-01-echelon-3',
    title: 'Bourse de collège 2024-2025 : un collégien de 12 ans, revenu fiscal de 2 000 €',
    month: '2024-10',
    situation: household(
      [applicant('1984-01-01', { other: 300 }), child(1, '2012-06-01', { schoolLevel: 'college' })],
      { taxReferenceIncome: 2000 },
    ),
    expected: [
      { id: 'bourse_college', status: 'eligible', amount: { value: 495, per: 'year', tolerance: 0.005 } },
    ],
    source: `${B.college} (${CHECKED}); ${B.college2024}; ${B.collegeRegle}`,
    derivation: '1 enfant à charge ; 2 000 ≤ 3 419 → échelon 3 = 495 € par an',
  },
  {
    id: 'bourse-college-02-echelon-2',
    title: 'Bourse de collège 2024-2025 : un collégien, revenu fiscal de 5 000 €',
    month: '2024-10',
    situation: household(
      [
        applicant('1984-01-01', { salary: 450 }, employed),
        child(1, '2012-06-01', { schoolLevel: 'college' }),
      ],
      {
        taxReferenceIncome: 5000,
      },
    ),
    expected: [
      { id: 'bourse_college', status: 'eligible', amount: { value: 315, per: 'year', tolerance: 0.005 } },
    ],
    source: `${B.college}; ${B.college2024}`,
    derivation: '3 419 < 5 000 ≤ 9 691 → échelon 2 = 315 € par an',
  },
  {
    id: 'bourse-college-03-echelon-1',
    title: 'Bourse de collège 2024-2025 : un collégien, revenu fiscal de 12 000 €',
    month: '2024-10',
    situation: household(
      [
        applicant('1984-01-01', { salary: 1100 }, employed),
        child(1, '2012-06-01', { schoolLevel: 'college' }),
      ],
      {
        taxReferenceIncome: 12000,
      },
    ),
    expected: [
      { id: 'bourse_college', status: 'eligible', amount: { value: 114, per: 'year', tolerance: 0.005 } },
    ],
    source: `${B.college}; ${B.college2024}`,
    derivation: '9 691 < 12 000 ≤ 17 927 → échelon 1 = 114 € par an',
  },
  {
    id: 'bourse-college-05-deux-enfants',
    title: 'Bourse de collège 2024-2025 : un collégien et un enfant en primaire, revenu fiscal de 10 000 €',
    month: '2024-10',
    situation: household(
      [
        applicant('1984-01-01', { salary: 900 }, employed),
        child(1, '2012-06-01', { schoolLevel: 'college' }),
        child(2, '2016-06-01', { schoolLevel: 'primaire' }),
      ],
      { taxReferenceIncome: 10000 },
    ),
    expected: [
      { id: 'bourse_college', status: 'eligible', amount: { value: 315, per: 'year', tolerance: 0.005 } },
    ],
    source: `${B.college}; ${B.college2024} ; plafonds pour 2 enfants à charge 22 064 / 11 928 / 4 208 €`,
    derivation: '2 enfants à charge ; 4 208 < 10 000 ≤ 11 928 → échelon 2 = 315 € par an (un seul collégien)',
  },
  {
    id: 'bourse-college-04-au-dessus',
    title: 'Bourse de collège 2024-2025 : un collégien, revenu fiscal de 20 000 €, pas de bourse',
    month: '2024-10',
    situation: household(
      [
        applicant('1984-01-01', { salary: 1800 }, employed),
        child(1, '2012-06-01', { schoolLevel: 'college' }),
      ],
      {
        taxReferenceIncome: 20000,
      },
    ),
    expected: [{ id: 'bourse_college', status: 'not_eligible', amount: null }],
    source: `${B.college}; ${B.college2024}`,
    derivation: '20 000 > 17 927 (1 enfant) → pas de bourse',
  },
  // ---- Bourse de lycée (rentrée 2024)
  {
    id: 'bourse-lycee-01-echelon-6',
    title: 'Bourse de lycée 2024-2025 : un lycéen de 16 ans, revenu fiscal nul',
    month: '2024-10',
    situation: household([applicant('1980-01-01'), child(1, '2008-06-01', { schoolLevel: 'lycee' })], {
      taxReferenceIncome: 0,
    }),
    expected: [
      { id: 'bourse_lycee', status: 'eligible', amount: { value: 1008, per: 'year', tolerance: 0.005 } },
    ],
    source: `${B.lycee} (${CHECKED}); ${B.lycee2024}`,
    derivation: 'revenu 0 → échelon 6 (le plus haut) = 1 008 € par an',
  },
  {
    id: 'bourse-lycee-02-echelon-1',
    title: 'Bourse de lycée 2024-2025 : un lycéen, revenu fiscal de 21 000 €',
    month: '2024-10',
    situation: household(
      [applicant('1980-01-01', { salary: 1900 }, employed), child(1, '2008-06-01', { schoolLevel: 'lycee' })],
      {
        taxReferenceIncome: 21000,
      },
    ),
    expected: [
      { id: 'bourse_lycee', status: 'eligible', amount: { value: 474, per: 'year', tolerance: 0.005 } },
    ],
    source: `${B.lycee}; ${B.lycee2024}; rapport des plafonds échelon 2 / échelon 1 pour 1 enfant = 1 468,4 / 1 855 = 0,79 (barème 2016, openfisca-france parameters prestations_sociales/education/bourses/bourses_education/bourse_lycee/apres_2016/echelon_{1,2}/plafond_1e.yaml), les plafonds étant revalorisés ensemble`,
    derivation: '≈ 16 900 (échelon 2) < 21 000 ≤ 21 370 → échelon 1 = 474 € par an',
  },
  {
    id: 'bourse-lycee-03-au-dessus',
    title: 'Bourse de lycée 2024-2025 : un lycéen, revenu fiscal de 25 000 €, pas de bourse',
    month: '2024-10',
    situation: household(
      [applicant('1980-01-01', { salary: 2200 }, employed), child(1, '2008-06-01', { schoolLevel: 'lycee' })],
      {
        taxReferenceIncome: 25000,
      },
    ),
    expected: [{ id: 'bourse_lycee', status: 'not_eligible', amount: null }],
    source: `${B.lycee}; ${B.lycee2024}`,
    derivation: '25 000 > 21 370 (1 enfant) → pas de bourse',
  },
  // ---- Aides au logement: eligibility only (the engine gives an order of magnitude at most)
  {
    id: 'al-01-seul-sans-ressources-locataire',
    title: 'Aide au logement : personne seule sans ressources, locataire à 450 €',
    month: '2025-06',
    situation: household([applicant('1995-01-01')], {
      housing: { status: 'tenant', rent: 450, charges: 40 },
    }),
    expected: [{ id: 'aide_logement', status: ['eligible', 'possible'] }],
    source: `${L.sp} (${CHECKED}); art. L821-1 CCH`,
    derivation:
      'locataire, ressources nulles → ouvre droit (montant non vérifié : ordre de grandeur seulement)',
  },
  {
    id: 'al-02-proprietaire-sans-emprunt',
    title: 'Aide au logement : propriétaire sans emprunt, pas de droit',
    month: '2025-06',
    situation: household([applicant('1960-01-01', { pension: 700 }, { activity: 'retired' })], {
      housing: { status: 'owner' },
    }),
    expected: [{ id: 'aide_logement', status: 'not_eligible', amount: null }],
    source: `${L.sp}; art. L821-1 CCH (loyer ou mensualités de prêt nécessaires)`,
    derivation: 'ni loyer ni remboursement de prêt → pas d’aide au logement',
  },
  {
    id: 'al-03-heberge-gratuit',
    title: 'Aide au logement : personne hébergée gratuitement, pas de droit',
    month: '2025-06',
    situation: household([applicant('1995-01-01')], { housing: { status: 'hosted_free' } }),
    expected: [{ id: 'aide_logement', status: 'not_eligible', amount: null }],
    source: `${L.sp}; art. L821-1 CCH`,
    derivation: 'aucune dépense de logement → pas d’aide au logement',
  },
  {
    id: 'al-04-salaire-4000',
    title: 'Aide au logement : personne seule avec 4 000 € de salaire, locataire à 700 €, pas de droit',
    month: '2025-06',
    situation: household([applicant('1985-01-01', { salary: 4000 }, employed)], {
      housing: { status: 'tenant', rent: 700, charges: 50 },
      taxReferenceIncome: 43000,
    }),
    expected: [{ id: 'aide_logement', status: 'not_eligible', amount: null }],
    source: `${L.sp}; barème des aides personnelles au logement (participation personnelle supérieure au loyer plafonné)`,
    derivation:
      'loyer plafond zone 2 1 personne ≈ 280 € ; participation personnelle avec 48 000 €/an de revenus > loyer plafond → aide nulle',
  },
  {
    id: 'al-05-famille-hlm',
    title: 'Aide au logement : couple avec 2 enfants, 1 800 € de salaire, locataire HLM à 650 €',
    month: '2025-06',
    situation: household(
      [
        applicant('1985-01-01', { salary: 1800 }, employed),
        partner('1987-05-05'),
        child(1, '2016-01-01'),
        child(2, '2018-01-01'),
      ],
      { housing: { status: 'social_tenant', rent: 650, charges: 80 }, taxReferenceIncome: 19000 },
    ),
    expected: [{ id: 'aide_logement', status: ['eligible', 'possible'] }],
    source: `${L.sp}; simulateur CAF https://wwwd.caf.fr/wps/portal/caffr/aidesetdemarches/mesdemarches/faireunesimulation/lelogement`,
    derivation:
      'famille de 4 personnes, ressources ≈ 21 600 €/an, loyer 650 € → ouvre droit (montant non vérifié)',
  },
  // ---- Typical households of December 2026 (issue 15): amounts from the official scales in force that month.
  {
    id: 'logement-10-etudiant-decembre-2026',
    title: 'Décembre 2026 : étudiant de 20 ans, non boursier, locataire à Lyon (loyer 450 €)',
    month: '2026-12',
    situation: household([me('2006-04-01', { activity: 'student', incomes: {} })], {
      housing: { status: 'tenant', rent: 450, charges: 0 },
    }),
    expected: [
      {
        id: 'aide_logement',
        status: ['eligible', 'possible'],
        amount: { value: 199.88, per: 'month', tolerance: 0.005 },
      },
    ],
    source: `${L.sp} (${CHECKED}); barème du 1er octobre 2025 (arrêté du 27 septembre 2019 modifié ; celui d’octobre 2026 n’est pas publié au 3 décembre 2026), ressources forfaitaires étudiant 8 600 € (art. R822-20 CCH)`,
    derivation:
      'zone 2 : loyer retenu 290,34, charges 60,59, participation minimale 39,56 ; 350,93 − 39,56 − 3,135 % × (8 600 − 5 235) − 5 = 200,88 ; CRDS 1,00 → 199,88 €',
  },
];
