// Prime d'activité worked examples. Formula (art. L842-3 CSS): montant forfaitaire (household
// coefficients as RSA) + 59,85 % (61 % before April 2025) of activity income + individual bonification
// − max(montant forfaitaire, resources incl. forfait logement). Bonification (art. D843-2): 0 below
// 59 × SMIC horaire brut of individual activity income, rising linearly to 29,101 % of the base at
// 120 × SMIC horaire brut. Not paid under 15 €. SMIC horaire brut: 11,88 € (Nov 2024 – Dec 2025),
// 11,65 € (2024), 10,03 € (2019).
import { applicant, child, household, me, partner } from './helpers.js';
import { CHECKED, SRC } from './sources.js';
import type { WorkedExample } from './types.js';

const P = SRC.ppa;
const B2025 = `${P.sp} (${CHECKED}); montant forfaitaire 633,21 € au 1er avril 2025, ${P.montant2025}; ${P.tauxActivite}; ${P.bonification}; ${P.calcul}`;
const employed = { activity: 'employed' as const };

export const ppaExamples: WorkedExample[] = [
  {
    id: 'ppa-01-seul-1400',
    title: 'Prime d’activité : personne seule, 1 400 € de salaire, locataire sans aide au logement',
    month: '2025-06',
    situation: household([applicant('1990-02-02', { salary: 1400 }, employed)]),
    expected: [{ id: 'ppa', status: 'eligible', amount: { value: 248.87, per: 'month', tolerance: 1 } }],
    source: B2025,
    derivation:
      'aide au logement nulle à ce revenu (ressources ≈ 0,9 × 16 800 = 15 120 € : participation personnelle 39,15 + 3,135 % × (15 120 − 5 235) ≈ 349 € > loyer plafond zone 2 287,35 + charges 59,97) donc pas de forfait logement ; bonification 0,29101 × 633,21 = 184,27 × (1 400 − 59 × 11,88) / (120 × 11,88 − 59 × 11,88) = 184,27 × 699,08 / 724,68 = 177,76 ; 633,21 + 0,5985 × 1 400 (837,90) + 177,76 − max(633,21 ; 1 400) = 248,87',
  },
  {
    id: 'ppa-02-seul-500-rsa-et-ppa',
    title: 'Prime d’activité et RSA : personne seule, 500 € de salaire, aide au logement (cumul des deux)',
    month: '2025-06',
    situation: household([applicant('1990-02-02', { salary: 500 }, employed)], {
      receiving: ['aide_logement'],
    }),
    expected: [
      { id: 'ppa', status: 'eligible', amount: { value: 299.25, per: 'month', tolerance: 1 } },
      { id: 'rsa', status: 'eligible', amount: { value: 68.94, per: 'month', tolerance: 1 } },
    ],
    source: `${B2025}; RSA ${SRC.rsa.montant2025}`,
    derivation:
      'PPA : 633,21 + 0,5985 × 500 (299,25) + 0 (500 < 59 × 11,88 = 700,92) − max(633,21 ; 500 + forfait logement 75,99) = 299,25 ; RSA : 646,52 − forfait logement 77,58 − 500 = 68,94',
  },
  {
    id: 'ppa-03-seul-2500',
    title: 'Prime d’activité : personne seule, 2 500 € de salaire, non éligible',
    month: '2025-06',
    situation: household([applicant('1990-02-02', { salary: 2500 }, employed)]),
    expected: [{ id: 'ppa', status: 'not_eligible', amount: null }],
    source: B2025,
    derivation: '633,21 + 0,5985 × 2 500 + 184,27 − 2 500 = −186,27 < 0 → pas de prime',
  },
  {
    id: 'ppa-04-seul-1000-2024',
    title: 'Prime d’activité 2024 : personne seule, 1 000 € de salaire, avec aide au logement',
    month: '2024-06',
    situation: household([applicant('1990-02-02', { salary: 1000 }, employed)], {
      receiving: ['aide_logement'],
    }),
    expected: [{ id: 'ppa', status: 'eligible', amount: { value: 237.63, per: 'month', tolerance: 1 } }],
    source: `${P.sp}; montant forfaitaire 622,63 € au 1er avril 2024, ${P.montant2024}; taux 61 % ${P.tauxActivite}; ${P.bonification}`,
    derivation:
      'bonification 0,29101 × 622,63 = 181,19 × (1 000 − 687,35) / (1 398 − 687,35) = 79,72 ; 622,63 + 0,61 × 1 000 + 79,72 − max(622,63 ; 1 000 + forfait logement 12 % × 622,63 = 74,72) = 237,63',
  },
  {
    id: 'ppa-05-couple-2000',
    title: 'Prime d’activité : couple sans enfant, un salaire de 2 000 €',
    month: '2025-06',
    situation: household([applicant('1988-03-14', { salary: 2000 }, employed), partner('1989-07-01')]),
    expected: [{ id: 'ppa', status: 'eligible', amount: { value: 331.09, per: 'month', tolerance: 1 } }],
    source: B2025,
    derivation:
      '633,21 × 1,5 = 949,82 + 0,5985 × 2 000 (1 197) + bonification maximale 184,27 (2 000 ≥ 1 425,60) − 2 000 = 331,09 ; aide au logement nulle à ce revenu, pas de forfait logement',
  },
  {
    id: 'ppa-06-seul-1400-proprietaire',
    title:
      'Prime d’activité : personne seule, 1 400 € de salaire, propriétaire sans emprunt (forfait logement)',
    month: '2025-06',
    situation: household([applicant('1990-02-02', { salary: 1400 }, employed)], {
      housing: { status: 'owner' },
    }),
    expected: [{ id: 'ppa', status: 'eligible', amount: { value: 172.88, per: 'month', tolerance: 1 } }],
    source: `${B2025}; forfait logement 12 % du montant forfaitaire pour un propriétaire sans emprunt (F2882)`,
    derivation:
      'comme ppa-01 mais ressources 1 400 + forfait logement 12 % × 633,21 = 75,99 → 248,87 − 75,99 = 172,88',
  },
  {
    id: 'ppa-07-couple-2-enfants-1400',
    title:
      'Prime d’activité : couple avec 2 enfants, un salaire de 1 400 €, aide au logement ; les AF comptent',
    month: '2025-06',
    situation: household(
      [
        applicant('1988-03-14', { salary: 1400 }, employed),
        partner('1989-07-01'),
        child(1, '2021-03-01'),
        child(2, '2017-05-05'),
      ],
      { taxReferenceIncome: 15000, receiving: ['aide_logement'] },
    ),
    expected: [
      { id: 'ppa', status: 'eligible', amount: { value: 606.29, per: 'month', tolerance: 1 } },
      { id: 'af', status: 'eligible', amount: { value: 151.05, per: 'month', tolerance: 0.005 } },
    ],
    source: `${B2025}; prestations familiales comptées dans les ressources (F2882); ${SRC.famille.bmaf2025}`,
    derivation:
      '633,21 × 2,1 = 1 329,74 + 837,90 + 177,76 − (1 400 + AF 151,05 + forfait logement 16,5 % × 633,21 × 1,8 = 188,06) = 606,29',
  },
  {
    id: 'ppa-08-seul-1200-2019',
    title: 'Prime d’activité 2019 : personne seule, 1 200 € de salaire (après la réforme de décembre 2018)',
    month: '2019-06',
    situation: household([applicant('1985-02-02', { salary: 1200 }, employed)], {
      housing: { status: 'tenant', rent: 200, charges: 30 },
    }),
    expected: [{ id: 'ppa', status: 'eligible', amount: { value: 243.06, per: 'month', tolerance: 1 } }],
    source: `${P.sp}; montant forfaitaire 551,51 € (août 2018), bonification 29,101 % atteinte à 120 SMIC horaires, décret 2018-1197 du 21/12/2018 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037846000; SMIC horaire 2019 10,03 €`,
    derivation:
      'bonification 0,29101 × 551,51 = 160,49 × (1 200 − 591,77) / (1 203,60 − 591,77) = 159,55 ; 551,51 + 0,61 × 1 200 + 159,55 − 1 200 = 243,06 (loyer 200 € : aide au logement nulle, pas de forfait logement)',
  },
  {
    id: 'ppa-09-etudiant-500',
    title: 'Prime d’activité : étudiant salarié gagnant 500 €, non éligible (moins de 78 % du SMIC)',
    month: '2025-06',
    situation: household([applicant('2003-05-05', { salary: 500 }, { activity: 'student' })]),
    expected: [{ id: 'ppa', status: 'not_eligible', amount: null }],
    source: `${P.sp}; étudiants et apprentis : revenus d’activité d’au moins 78 % du SMIC net (F2882, art. L842-2 CSS)`,
    derivation: '500 € < 0,78 × SMIC net mensuel (≈ 1 110 €) → étudiant exclu',
  },
  {
    id: 'ppa-10-sous-minimum-15',
    title: 'Prime d’activité : droit calculé de 10 €, non versé (minimum 15 €)',
    month: '2025-06',
    situation: household([applicant('1990-02-02', { salary: 2011 }, employed)]),
    expected: [{ id: 'ppa', status: 'not_eligible', amount: null }],
    source: `${B2025}; montant minimum versé 15 € (F2882 ; art. D846-2 CSS https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031674204)`,
    derivation: '633,21 + 0,5985 × 2 011 (1 203,58) + 184,27 − 2 011 = 10,06 < 15 → non versé',
  },
  {
    id: 'ppa-11-openfisca-2019-1202',
    title: 'Prime d’activité avril 2019 : personne seule, 1 202 € de salaire (cas public OpenFisca)',
    month: '2019-04',
    situation: household([applicant('1980-01-01', { salary: 1202 }, employed)], {
      housing: { status: 'tenant', rent: 200, charges: 30 },
    }),
    expected: [{ id: 'ppa', status: 'eligible', amount: { value: 242.8, per: 'month', tolerance: 1 } }],
    source:
      'openfisca-france tests/formulas/ppa/ppa_2018.yaml: "PPA après réforme octobre et smic janvier" (période 2019-04, ppa 243, marge absolue 1)',
    derivation:
      'bonification 160,49 × (1 202 − 591,77) / (1 203,60 − 591,77) = 160,07 ; 551,51 + 0,61 × 1 202 (733,22) + 160,07 − 1 202 = 242,80 (loyer 200 € : aide au logement nulle, pas de forfait logement)',
  },
  {
    id: 'ppa-12-openfisca-couple-2x300',
    title:
      'Prime d’activité septembre 2024 : couple, deux salaires de 300 €, aide au logement (cas public OpenFisca)',
    month: '2024-09',
    situation: household(
      [applicant('1984-01-01', { salary: 300 }, employed), partner('1984-01-01', { salary: 300 }, employed)],
      { receiving: ['aide_logement'] },
    ),
    expected: [{ id: 'ppa', status: 'eligible', amount: { value: 366, per: 'month', tolerance: 0.01 } }],
    source:
      'openfisca-france tests/formulas/ppa/ppa.yaml: "Cas PPA period < Oct 2024 et ressources sur M-1 M-3 ( à jumeler avec un test avant Octobre 2024 en M-2 M-4)" (ppa 366)',
    derivation:
      'ressources 600 + forfait logement 16 % × 933,95 = 749,43 < 622,63 × 1,5 = 933,95 → PPA = 933,95 + 0,61 × 600 − 933,95 = 366 (pas de bonification : 300 < 59 × 11,65)',
  },
  {
    id: 'ppa-13-openfisca-janvier-2023',
    title: 'Prime d’activité janvier 2023 : personne seule, 1 583,20 € de salaire (cas public OpenFisca)',
    month: '2023-01',
    situation: household([applicant('1997-01-01', { salary: 1583.2 }, employed)]),
    expected: [{ id: 'ppa', status: 'eligible', amount: { value: 139.38, per: 'month', tolerance: 1 } }],
    source:
      'openfisca-france tests/formulas/ppa/ppa.yaml: "PPA - Revalorisation 2022" (période 2023-01, ppa 139.38394); montant forfaitaire 586,23 € au 1er juillet 2022; SMIC horaire 11,27 € au 1er janvier 2023',
    derivation:
      '586,23 + 0,61 × 1 583,20 (965,75) + bonification maximale 0,29101 × 586,23 = 170,60 (1 583,20 ≥ 120 × 11,27) − 1 583,20 = 139,38',
  },
  {
    id: 'ppa-14-couple-deux-salaires',
    title: 'Prime d’activité : couple sans enfant, deux salaires de 1 400 € (une bonification par personne)',
    month: '2025-06',
    situation: household([
      applicant('1988-03-14', { salary: 1400 }, employed),
      partner('1989-07-01', { salary: 1400 }, employed),
    ]),
    expected: [{ id: 'ppa', status: 'eligible', amount: { value: 181.14, per: 'month', tolerance: 1 } }],
    source: `${B2025} (bonification calculée pour chaque membre du foyer qui travaille)`,
    derivation:
      '633,21 × 1,5 = 949,82 + 0,5985 × 2 800 (1 675,80) + 2 × 177,76 − 2 800 = 181,14 ; aide au logement nulle à ce revenu, pas de forfait logement',
  },
  {
    id: 'ppa-15-parent-seul-pension',
    title:
      'Prime d’activité : parent seul avec un enfant de 8 ans, 1 200 € de salaire, 250 € de pension alimentaire, aide au logement',
    month: '2025-06',
    situation: household(
      [
        applicant('1985-01-01', { salary: 1200, maintenanceReceived: 250 }, employed),
        child(1, '2017-05-05', { otherParent: 'pays' }),
      ],
      { receiving: ['aide_logement'], taxReferenceIncome: 14000 },
    ),
    expected: [{ id: 'ppa', status: 'eligible', amount: { value: 192.96, per: 'month', tolerance: 1 } }],
    source: `${B2025}; pension alimentaire et forfait logement comptés dans les ressources (F2882)`,
    derivation:
      '633,21 × 1,5 = 949,82 + 0,5985 × 1 200 (718,20) + bonification 184,27 × (1 200 − 700,92) / 724,68 = 126,91 − (1 200 + 250 + forfait logement 16 % × 949,82 = 151,97) = 192,96',
  },
  // ---- Typical households of December 2026 (issue 15): amounts from the official scales in force that month.
  {
    id: 'ppa-10-couple-ile-de-france-decembre-2026',
    title:
      'Décembre 2026 : couple locataire à Saint-Denis (93), deux salaires de 1 000 €, sans aide au logement',
    month: '2026-12',
    situation: household(
      [
        me('1990-01-01', { activity: 'employed', incomes: { salary: 1000 } }),
        partner('1991-01-01', { salary: 1000 }, { activity: 'employed' }),
      ],
      { commune: '93066', housing: { status: 'tenant', rent: 800, charges: 80 } },
    ),
    expected: [{ id: 'ppa', status: 'eligible', amount: { value: 289.88, per: 'month', tolerance: 0.005 } }],
    source: `${SRC.ppa.sp} (${CHECKED}); montant forfaitaire 638,28 € au 1er avril 2026 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053733855; ${SRC.ppa.bonification} (seuils 59 et 138 SMIC horaires, 37,7 % depuis avril 2026); SMIC horaire 12,31 € au 1er juin 2026 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054126589`,
    derivation:
      '638,28 × 1,5 = 957,42 + 59,85 % × 2 000 (1 197) + 2 bonifications 240,63 × (1 000 − 726,29) / 972,49 = 67,73 chacune (au centime) − ressources 2 000 = 289,88',
  },
];
