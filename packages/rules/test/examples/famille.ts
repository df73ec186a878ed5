// Family benefits (af, cf, ars, paje_base, asf). Amounts are rates of the BMAF, net of the 0,5 % CRDS.
// Rounding of the published amounts: gross amount rounded to the cent, CRDS truncated to the cent
// (MSA, April 2023: 3 enfants 325,53 − 1,62 = 323,91; rounding the CRDS would give 323,90). Flat
// amounts are therefore checked to the cent.
import { applicant, child, household, me, partner } from './helpers.js';
import { CHECKED, SRC } from './sources.js';
import type { WorkedExample } from './types.js';

const F = SRC.famille;
const employed = { activity: 'employed' as const };
const AF2025 = `${F.af} (${CHECKED}); ${F.bmaf2025}; ${F.afTaux}; ${F.plafonds2025}; ${F.crds}`;
const couple1 = (salary = 2500) => [applicant('1985-01-01', { salary }, employed), partner('1987-05-05')];

export const familleExamples: WorkedExample[] = [
  // ---- Allocations familiales
  {
    id: 'af-01-deux-enfants',
    title: 'Allocations familiales : couple avec 2 enfants de 4 et 8 ans',
    month: '2025-06',
    situation: household([...couple1(), child(1, '2021-03-01'), child(2, '2017-05-05')], {
      taxReferenceIncome: 40000,
    }),
    expected: [{ id: 'af', status: 'eligible', amount: { value: 151.05, per: 'month', tolerance: 0.005 } }],
    source: AF2025,
    derivation: '474,37 × 32 % = 151,80 − CRDS 0,75 = 151,05 (revenus 40 000 ≤ 78 565 : tranche 1)',
  },
  {
    id: 'af-02-trois-enfants-et-cf',
    title: 'Allocations familiales et complément familial : couple avec 3 enfants de 4, 8 et 11 ans',
    month: '2025-06',
    situation: household(
      [...couple1(), child(1, '2021-03-01'), child(2, '2017-05-05'), child(3, '2013-11-11')],
      {
        taxReferenceIncome: 40000,
      },
    ),
    expected: [
      { id: 'af', status: 'eligible', amount: { value: 344.56, per: 'month', tolerance: 0.005 } },
      { id: 'cf', status: 'eligible', amount: { value: 196.6, per: 'month', tolerance: 0.005 } },
    ],
    source: `${AF2025}; ${F.cf}`,
    derivation:
      'AF : 474,37 × 73 % = 346,29 − CRDS 1,73 = 344,56 ; CF : 40 000 ≤ 24 414 × 1,8 = 43 945 (un revenu) → 474,37 × 41,65 % = 197,58 − 0,98 = 196,60',
  },
  {
    id: 'af-03-majoration-14-ans',
    title: 'Allocations familiales : 2 enfants de 15 et 14 ans, majoration pour le cadet seulement',
    month: '2025-06',
    situation: household([...couple1(), child(1, '2010-01-15'), child(2, '2011-01-20')], {
      taxReferenceIncome: 40000,
    }),
    expected: [{ id: 'af', status: 'eligible', amount: { value: 226.58, per: 'month', tolerance: 0.005 } }],
    source: `${AF2025}; majoration pour âge art. R521-1 CSS (pas pour l’aîné d’une famille de 2 enfants)`,
    derivation: '151,05 + majoration 474,37 × 16 % = 75,90 − 0,37 = 75,53 → 226,58',
  },
  {
    id: 'af-04-tranche-2',
    title: 'Allocations familiales : 2 enfants, revenus de 90 000 € (montant divisé par 2)',
    month: '2025-06',
    situation: household([...couple1(4000), child(1, '2021-03-01'), child(2, '2017-05-05')], {
      taxReferenceIncome: 90000,
    }),
    expected: [{ id: 'af', status: 'eligible', amount: { value: 75.53, per: 'month', tolerance: 0.005 } }],
    source: AF2025,
    derivation: '78 565 < 90 000 ≤ 104 719 → tranche 2 : 474,37 × 16 % = 75,90 − 0,37 = 75,53',
  },
  {
    id: 'af-05-tranche-3',
    title: 'Allocations familiales : 2 enfants, revenus de 120 000 € (montant divisé par 4)',
    month: '2025-06',
    situation: household([...couple1(6000), child(1, '2021-03-01'), child(2, '2017-05-05')], {
      taxReferenceIncome: 120000,
    }),
    expected: [{ id: 'af', status: 'eligible', amount: { value: 37.77, per: 'month', tolerance: 0.005 } }],
    source: AF2025,
    derivation: '120 000 > 104 719 → tranche 3 : 474,37 × 8 % = 37,95 − 0,18 = 37,77',
  },
  {
    id: 'af-06-un-enfant',
    title: 'Allocations familiales : un seul enfant en métropole, pas de droit',
    month: '2025-06',
    situation: household([...couple1(), child(1, '2017-05-05')], { taxReferenceIncome: 40000 }),
    expected: [{ id: 'af', status: 'not_eligible', amount: null }],
    source: `${F.af}; art. L521-1 CSS (à partir du 2e enfant à charge en métropole)`,
    derivation: '1 enfant < 2 → pas d’allocations familiales',
  },
  {
    id: 'af-07-deux-enfants-2018',
    title: 'Allocations familiales 2018 : couple avec 2 enfants de 8 et 5 ans',
    month: '2018-06',
    situation: household([...couple1(), child(1, '2010-05-05'), child(2, '2013-05-05')], {
      taxReferenceIncome: 40000,
    }),
    expected: [{ id: 'af', status: 'eligible', amount: { value: 131.16, per: 'month', tolerance: 0.005 } }],
    source: `${F.af}; BMAF 411,92 € au 1er avril 2018 (instruction DSS/SD2B/2018/81 du 22/03/2018); ${F.afTaux}; même montant que l’entrée af 2018-05 de openfisca-france tests/formulas/rsa.yaml: "RSA Cas N°3" (131.16); ${F.crds}`,
    derivation: '411,92 × 32 % = 131,81 − CRDS 0,65 (0,659 tronqué) = 131,16',
  },
  {
    id: 'af-08-majoration-2026-nouveau-regime',
    title:
      'Allocations familiales avril 2026 : 3 enfants, l’aîné a eu 14 ans en mars 2026 (plus de majoration à 14 ans)',
    month: '2026-04',
    situation: household(
      [...couple1(), child(1, '2012-03-15'), child(2, '2014-06-01'), child(3, '2016-06-01')],
      {
        taxReferenceIncome: 40000,
      },
    ),
    expected: [{ id: 'af', status: 'eligible', amount: { value: 347.32, per: 'month', tolerance: 0.005 } }],
    source: `openfisca-france tests/formulas/af_majoration_age_2026.yaml: "Allocations familiales - Majoration pour âge - passage à 18 ans pour les enfants dont le 14e anniversaire intervient à compter du 1er mars 2026" (af_majoration 0); ${F.afAge2026}; ${F.bmaf2026}`,
    derivation:
      'BMAF 478,16 (1er avril 2026) × 73 % = 349,06 − CRDS 1,74 = 347,32 ; 14 ans le 15/03/2026 → majoration reportée à 18 ans',
  },
  {
    id: 'af-09-majoration-2026-ancien-regime',
    title:
      'Allocations familiales avril 2026 : 3 enfants, l’aîné a eu 14 ans en février 2026 (majoration maintenue)',
    month: '2026-04',
    situation: household(
      [...couple1(), child(1, '2012-02-10'), child(2, '2014-06-01'), child(3, '2016-06-01')],
      {
        taxReferenceIncome: 40000,
      },
    ),
    expected: [{ id: 'af', status: 'eligible', amount: { value: 423.45, per: 'month', tolerance: 0.005 } }],
    source: `openfisca-france tests/formulas/af_majoration_age_2026.yaml: "Allocations familiales - Majoration pour âge - maintien à 14 ans pour les enfants dont le 14e anniversaire précède le 1er mars 2026" (af_majoration 474.37 * 0.16 brut, BMAF de mars 2026); ${F.afAge2026}; ${F.bmaf2026}`,
    derivation: '347,32 + majoration 478,16 × 16 % = 76,51 − 0,38 = 76,13 → 423,45',
  },
  {
    id: 'af-10-trois-enfants-avril-2023-msa',
    title: 'Allocations familiales avril 2023 : 3 enfants, montant publié par la MSA',
    month: '2023-06',
    situation: household(
      [...couple1(), child(1, '2016-03-01'), child(2, '2014-05-05'), child(3, '2012-11-11')],
      {
        taxReferenceIncome: 40000,
      },
    ),
    expected: [{ id: 'af', status: 'eligible', amount: { value: 323.91, per: 'month', tolerance: 0.005 } }],
    source: `${F.msaAf2023} (tranche 1, 3 enfants : 323,91 €); BMAF 445,93 € au 1er avril 2023`,
    derivation:
      '445,93 × 73 % = 325,53 − CRDS 1,62 (1,6277 tronqué) = 323,91 ; enfants de 7, 9 et 10 ans : pas de majoration',
  },
  {
    id: 'af-11-tranche-3-avril-2023-msa',
    title: 'Allocations familiales avril 2023 : 2 enfants, revenus de 100 000 €, montant publié par la MSA',
    month: '2023-06',
    situation: household([...couple1(5000), child(1, '2016-03-01'), child(2, '2014-05-05')], {
      taxReferenceIncome: 100000,
    }),
    expected: [{ id: 'af', status: 'eligible', amount: { value: 35.5, per: 'month', tolerance: 0.005 } }],
    source: `${F.msaAf2023} (tranche 3, 2 enfants : 35,50 €); plafonds 2023 : 71 194 / 94 893 € pour 2 enfants`,
    derivation: '100 000 > 94 893 → tranche 3 : 445,93 × 8 % = 35,67 − CRDS 0,17 (0,1784 tronqué) = 35,50',
  },
  {
    id: 'af-12-outre-mer-un-enfant',
    title:
      'Allocations familiales à La Réunion : couple avec un seul enfant (droit dès le 1er enfant outre-mer)',
    month: '2025-06',
    situation: household([...couple1(), child(1, '2015-09-02')], {
      commune: '97411',
      taxReferenceIncome: 30000,
    }),
    expected: [{ id: 'af', status: 'eligible', amount: { value: 27.76, per: 'month', tolerance: 0.005 } }],
    source: `${F.af} (départements d’outre-mer); art. L755-12 CSS (5,88 % de la BMAF pour un seul enfant, valeur du paramètre openfisca-france af_maj_dom/allocations_familiales_un_enfant.yaml); même règle que openfisca-france tests/formulas/af_2020_04.yaml: "Allocations familiales - Couple, 1 enfant, résidence DOM hors Mayotte"; ${F.bmaf2025}`,
    derivation: '474,37 × 5,88 % = 27,89 − CRDS 0,13 (0,139 tronqué) = 27,76 (revenus 30 000 : tranche 1)',
  },
  {
    id: 'af-13-deja-percues',
    title:
      'Allocations familiales déjà perçues : le droit est signalé comme déjà reçu, pas comme non-recours',
    month: '2025-06',
    situation: household([...couple1(), child(1, '2021-03-01'), child(2, '2017-05-05')], {
      taxReferenceIncome: 40000,
      receiving: ['af'],
    }),
    expected: [{ id: 'af', status: 'already_received' }],
    source: `${F.af}; contrat des règles (shared/design/rules-contract.md) : « receiving » donne already_received`,
    derivation: 'AF dues (2 enfants) et déclarées perçues → already_received',
  },
  {
    id: 'af-14-deux-enfants-2024',
    title: 'Allocations familiales 2024 : couple avec 2 enfants de 3 et 7 ans',
    month: '2024-06',
    situation: household([...couple1(), child(1, '2021-03-01'), child(2, '2017-05-05')], {
      taxReferenceIncome: 40000,
    }),
    expected: [{ id: 'af', status: 'eligible', amount: { value: 148.52, per: 'month', tolerance: 0.005 } }],
    source: `${F.af}; ${F.bmaf2024}; ${F.afTaux}; montant 2024 de 148,52 € repris par la presse lors de la revalorisation d’avril 2025 (« l’aide passera de 148,52 euros à 151,04 euros » https://dnalgerie.com/les-allocations-familiales-augmenteront-a-partir-du-1er-avril)`,
    derivation: '466,44 × 32 % = 149,26 − CRDS 0,74 (0,7463 tronqué) = 148,52',
  },
  // ---- Complément familial
  {
    id: 'cf-01-majore',
    title: 'Complément familial majoré : 3 enfants de plus de 3 ans, revenus de 18 000 €',
    month: '2025-06',
    situation: household(
      [...couple1(1500), child(1, '2021-03-01'), child(2, '2017-05-05'), child(3, '2013-11-11')],
      { taxReferenceIncome: 18000 },
    ),
    expected: [{ id: 'cf', status: 'eligible', amount: { value: 294.91, per: 'month', tolerance: 0.005 } }],
    source: `${F.cf} (${CHECKED}); ${F.bmaf2025}; ${F.plafonds2025}; ${F.crds}`,
    derivation: '18 000 ≤ 43 945 / 2 = 21 973 → majoré : 474,37 × 62,48 % = 296,39 − CRDS 1,48 = 294,91',
  },
  {
    id: 'cf-02-au-dessus-plafond',
    title: 'Complément familial : 3 enfants, revenus de 60 000 €, au-dessus du plafond',
    month: '2025-06',
    situation: household(
      [...couple1(4000), child(1, '2021-03-01'), child(2, '2017-05-05'), child(3, '2013-11-11')],
      { taxReferenceIncome: 60000 },
    ),
    expected: [{ id: 'cf', status: 'not_eligible', amount: null }],
    source: `${F.cf}; ${F.plafonds2025}`,
    derivation: '60 000 > 43 945 (un revenu) et > 53 757 (deux revenus) → pas de CF',
  },
  {
    id: 'cf-03-enfant-de-moins-de-3-ans',
    title:
      'Complément familial : 3 enfants dont un de 2 ans, pas de droit (il faut 3 enfants de 3 ans ou plus)',
    month: '2025-06',
    situation: household(
      [...couple1(1500), child(1, '2023-03-01'), child(2, '2017-05-05'), child(3, '2013-11-11')],
      { taxReferenceIncome: 18000 },
    ),
    expected: [{ id: 'cf', status: 'not_eligible', amount: null }],
    source: `${F.cf}; art. L522-1 CSS (au moins 3 enfants tous âgés de 3 ans ou plus)`,
    derivation: 'seulement 2 enfants de 3 ans ou plus → pas de CF',
  },
  {
    id: 'cf-04-parent-isole-plafond-majore',
    title:
      'Complément familial : parent seul avec 3 enfants, revenus de 50 000 € (plafond majoré pour un parent isolé)',
    month: '2025-06',
    situation: household(
      [
        applicant('1985-01-01', { salary: 3500 }, employed),
        child(1, '2021-03-01', { otherParent: 'pays' }),
        child(2, '2017-05-05', { otherParent: 'pays' }),
        child(3, '2013-11-11', { otherParent: 'pays' }),
      ],
      { taxReferenceIncome: 50000 },
    ),
    expected: [
      { id: 'cf', status: 'eligible', amount: { value: 196.6, per: 'month', tolerance: 0.005 } },
      { id: 'af', status: 'eligible', amount: { value: 344.56, per: 'month', tolerance: 0.005 } },
    ],
    source: `${F.cf}; ${F.plafonds2025} (majoration biactifs ou isolés 9 812 €)`,
    derivation:
      '43 945 + 9 812 = 53 757 ≥ 50 000 > 26 878 (plafond du taux majoré) → CF de base 196,60 ; AF 3 enfants 344,56',
  },
  // ---- Allocation de rentrée scolaire
  {
    id: 'ars-01-un-enfant-8-ans',
    title: 'Allocation de rentrée scolaire 2025 : un enfant de 8 ans',
    month: '2025-08',
    situation: household([...couple1(1800), child(1, '2017-03-10')], { taxReferenceIncome: 25000 }),
    expected: [{ id: 'ars', status: 'eligible', amount: { value: 423.48, per: 'year', tolerance: 0.005 } }],
    source: `${F.ars} (${CHECKED}); ${F.arsTaux}; ${F.arsPlafond2025}; ${F.bmaf2025}`,
    derivation: '25 000 ≤ 21 880 × 1,3 = 28 444 ; 474,37 × 89,72 % = 425,60 − CRDS 2,12 = 423,48',
  },
  {
    id: 'ars-02-trois-enfants',
    title: 'Allocation de rentrée scolaire 2025 : enfants de 8, 13 et 16 ans',
    month: '2025-08',
    situation: household(
      [...couple1(1800), child(1, '2017-03-10'), child(2, '2012-03-10'), child(3, '2009-03-10')],
      { taxReferenceIncome: 30000 },
    ),
    expected: [{ id: 'ars', status: 'eligible', amount: { value: 1332.66, per: 'year', tolerance: 0.005 } }],
    source: `${F.ars}; ${F.arsTaux}; ${F.arsPlafond2025}`,
    derivation:
      '30 000 ≤ 21 880 × 1,9 = 41 572 ; 423,48 (6-10 ans) + 446,85 (449,09 − 2,24, 11-14 ans) + 462,33 (464,65 − 2,32, 15-18 ans) = 1 332,66',
  },
  {
    id: 'ars-03-au-dessus-plafond',
    title: 'Allocation de rentrée scolaire 2025 : un enfant, revenus de 35 000 €, pas de droit',
    month: '2025-08',
    situation: household([...couple1(2500), child(1, '2017-03-10')], { taxReferenceIncome: 35000 }),
    expected: [{ id: 'ars', status: 'not_eligible', amount: null }],
    source: `${F.ars}; ${F.arsPlafond2025}`,
    derivation: '35 000 > 28 444 + 423,48 → pas d’ARS, même différentielle',
  },
  {
    id: 'ars-04-differentielle',
    title: 'Allocation de rentrée scolaire 2025 différentielle : revenus légèrement au-dessus du plafond',
    month: '2025-08',
    situation: household([...couple1(2000), child(1, '2017-03-10')], { taxReferenceIncome: 28600 }),
    expected: [{ id: 'ars', status: 'eligible', amount: { value: 267.48, per: 'year', tolerance: 1 } }],
    source: `${F.ars} (ARS différentielle : montant diminué du dépassement de plafond, non versée sous 15 €); ${F.arsPlafond2025}`,
    derivation: 'dépassement 28 600 − 28 444 = 156 → 423,48 − 156 = 267,48 (≥ 15 €, donc versée)',
  },
  {
    id: 'ars-05-un-enfant-2024',
    title: 'Allocation de rentrée scolaire 2024 : un enfant de 8 ans',
    month: '2024-08',
    situation: household([...couple1(1800), child(1, '2016-03-10')], { taxReferenceIncome: 25000 }),
    expected: [{ id: 'ars', status: 'eligible', amount: { value: 416.4, per: 'year', tolerance: 0.005 } }],
    source: `${F.ars}; ${F.bmaf2024}; plafond 2024 20 878 × 1,3 = 27 141 €; ${F.arsTaux}`,
    derivation: '466,44 × 89,72 % = 418,49 − CRDS 2,09 = 416,40',
  },
  {
    id: 'ars-06-dix-huit-ans',
    title: 'Allocation de rentrée scolaire 2025 : lycéen qui a 18 ans avant le 15 septembre, pas de droit',
    month: '2025-08',
    situation: household([...couple1(1800), child(1, '2007-06-01', { schoolLevel: 'lycee' })], {
      taxReferenceIncome: 20000,
    }),
    expected: [{ id: 'ars', status: 'not_eligible', amount: null }],
    source: `${F.ars} (enfant de 6 à 18 ans : moins de 18 ans au 15 septembre); art. L543-1 CSS`,
    derivation: 'né le 1er juin 2007 → 18 ans au 15 septembre 2025 → pas d’ARS',
  },
  // ---- PAJE allocation de base
  {
    id: 'paje-01-taux-plein',
    title: 'PAJE allocation de base à taux plein : bébé né en février 2025, revenus de 25 000 €',
    month: '2025-06',
    situation: household([...couple1(2000), child(1, '2025-02-10', { inSchool: false })], {
      taxReferenceIncome: 25000,
    }),
    expected: [
      { id: 'paje_base', status: 'eligible', amount: { value: 196.6, per: 'month', tolerance: 0.005 } },
    ],
    source: `${F.paje} (${CHECKED}); ${F.pajePlafond2025}; ${F.bmaf2025}; taux plein 41,65 % BMAF`,
    derivation:
      '25 000 ≤ 24 414 × 1,25 = 30 517 (1 enfant, un revenu) → taux plein : 474,37 × 41,65 % = 197,58 − 0,98 = 196,60',
  },
  {
    id: 'paje-02-taux-partiel',
    title: 'PAJE allocation de base à taux partiel : bébé né en février 2025, revenus de 33 000 €',
    month: '2025-06',
    situation: household([...couple1(2500), child(1, '2025-02-10', { inSchool: false })], {
      taxReferenceIncome: 33000,
    }),
    expected: [
      { id: 'paje_base', status: 'eligible', amount: { value: 98.3, per: 'month', tolerance: 0.005 } },
    ],
    source: `${F.paje}; ${F.pajePlafond2025}; taux partiel 20,825 % BMAF`,
    derivation:
      '30 517 < 33 000 ≤ 29 169 × 1,25 = 36 461 → taux partiel : 474,37 × 20,825 % = 98,79 − 0,49 = 98,30',
  },
  {
    id: 'paje-03-au-dessus-plafond',
    title: 'PAJE allocation de base : bébé né en février 2025, revenus de 50 000 €, pas de droit',
    month: '2025-06',
    situation: household([...couple1(3500), child(1, '2025-02-10', { inSchool: false })], {
      taxReferenceIncome: 50000,
    }),
    expected: [{ id: 'paje_base', status: 'not_eligible', amount: null }],
    source: `${F.paje}; ${F.pajePlafond2025}`,
    derivation: '50 000 > 36 461 (et > 36 461 + 11 725 pour deux revenus) → pas d’allocation de base',
  },
  {
    id: 'paje-04-deux-enfants-plafond-majore',
    title:
      'PAJE allocation de base : bébé et enfant de 4 ans, revenus de 33 000 €, taux plein grâce au 2e enfant',
    month: '2025-06',
    situation: household(
      [...couple1(2500), child(1, '2025-02-10', { inSchool: false }), child(2, '2021-03-01')],
      { taxReferenceIncome: 33000 },
    ),
    expected: [
      { id: 'paje_base', status: 'eligible', amount: { value: 196.6, per: 'month', tolerance: 0.005 } },
      { id: 'af', status: 'eligible', amount: { value: 151.05, per: 'month', tolerance: 0.005 } },
    ],
    source: `${F.paje}; ${F.pajePlafond2025} (majoration du plafond de 25 % par enfant pour les 2 premiers)`,
    derivation:
      '33 000 ≤ 24 414 × 1,5 = 36 621 (2 enfants, un revenu) → taux plein 196,60 ; AF 2 enfants 151,05',
  },
  {
    id: 'paje-05-couple-biactif',
    title: 'PAJE allocation de base : couple de deux actifs, bébé, revenus de 38 000 €, taux plein',
    month: '2025-06',
    situation: household(
      [
        applicant('1985-01-01', { salary: 1600 }, employed),
        partner('1987-05-05', { salary: 1600 }, employed),
        child(1, '2025-02-10', { inSchool: false }),
      ],
      { taxReferenceIncome: 38000 },
    ),
    expected: [
      { id: 'paje_base', status: 'eligible', amount: { value: 196.6, per: 'month', tolerance: 0.005 } },
    ],
    source: `${F.paje}; ${F.pajePlafond2025} (majoration biactifs ou parent isolé 9 812 € au 1er janvier 2025)`,
    derivation: '38 000 ≤ 30 517 + 9 812 = 40 329 (deux revenus d’activité) → taux plein 196,60',
  },
  // ---- Allocation de soutien familial
  {
    id: 'asf-01-parent-seul-sans-pension',
    title: 'ASF : parent seul avec un enfant de 9 ans, sans pension alimentaire',
    month: '2025-06',
    situation: household(
      [
        applicant('1988-02-02', { salary: 1200 }, employed),
        child(1, '2016-04-04', { otherParent: 'does_not_pay' }),
      ],
      {
        taxReferenceIncome: 14000,
      },
    ),
    expected: [
      {
        id: 'asf',
        status: ['eligible', 'possible'],
        amount: { value: 199.18, per: 'month', tolerance: 0.005 },
      },
    ],
    source: `${F.asf} (${CHECKED}); ${F.asfTaux}; ${F.bmaf2025}; ${F.crds}`,
    derivation: '474,37 × 42,2 % = 200,18 − CRDS 1,00 = 199,18 par enfant',
  },
  {
    id: 'asf-02-differentielle',
    title: 'ASF différentielle : parent seul, pension alimentaire de 100 € par mois',
    month: '2025-06',
    situation: household(
      [
        applicant('1988-02-02', { salary: 1200, maintenanceReceived: 100 }, employed),
        child(1, '2016-04-04', { otherParent: 'pays_less' }),
      ],
      { taxReferenceIncome: 14000 },
    ),
    expected: [
      { id: 'asf', status: ['eligible', 'possible'], amount: { value: 99.18, per: 'month', tolerance: 1 } },
    ],
    source: `${F.asf} (ASF complémentaire quand la pension est inférieure au montant de l’ASF); art. L523-1 CSS; ${F.asfTaux}`,
    derivation:
      '199,18 − 100 = 99,18 (100,18 brut − CRDS = 99,68 si la différence est faite avant CRDS : écart < 1 €)',
  },
  {
    id: 'asf-04-deux-enfants-parent-inconnu',
    title: 'ASF : parent seul avec 2 enfants, l’autre parent est inconnu',
    month: '2025-06',
    situation: household(
      [
        applicant('1988-02-02', { salary: 1200 }, employed),
        child(1, '2016-04-04', { otherParent: 'deceased_or_unknown' }),
        child(2, '2019-09-09', { otherParent: 'deceased_or_unknown' }),
      ],
      { taxReferenceIncome: 14000 },
    ),
    expected: [
      {
        id: 'asf',
        status: ['eligible', 'possible'],
        amount: { value: 398.36, per: 'month', tolerance: 0.01 },
      },
    ],
    source: `${F.asf}; ${F.asfTaux}; ${F.bmaf2025}; même principe que openfisca-france tests/formulas/asf/asf_2018_04.yaml: "Cas N°2 famille ayant droit à l'ASF - Parent isolé avec deux enfant" (2 × le montant par enfant)`,
    derivation: '2 enfants × 199,18 = 398,36',
  },
  {
    id: 'asf-03-pension-superieure',
    title: 'ASF : parent seul qui reçoit 250 € de pension alimentaire, pas de droit',
    month: '2025-06',
    situation: household(
      [
        applicant('1988-02-02', { salary: 1200, maintenanceReceived: 250 }, employed),
        child(1, '2016-04-04', { otherParent: 'pays' }),
      ],
      { taxReferenceIncome: 14000 },
    ),
    expected: [{ id: 'asf', status: 'not_eligible', amount: null }],
    source: `${F.asf}; ${F.asfTaux}`,
    derivation: 'pension 250 ≥ ASF 199,18 → pas d’ASF',
  },
  // ---- Typical households of December 2026 (issue 15): amounts from the official scales in force that month.
  {
    id: 'asf-10-parent-seul-decembre-2026',
    title: 'Décembre 2026 : parent seul, un enfant de 10 ans, l’autre parent ne paie pas de pension',
    month: '2026-12',
    situation: household(
      [
        me('1990-02-01', { activity: 'inactive', incomes: {} }),
        child(1, '2016-05-01', { otherParent: 'does_not_pay' }),
      ],
      { taxReferenceIncome: 0 },
    ),
    expected: [
      { id: 'asf', status: 'eligible', amount: { value: 200.78, per: 'month', tolerance: 0.005 } },
      { id: 'af', status: 'not_eligible', amount: null },
    ],
    source: `${F.asf} (${CHECKED}); ${F.asfTaux}; ${F.bmaf2026}; ${F.crds}`,
    derivation:
      '478,16 × 42,2 % = 201,78 ; CRDS 1,00 → 200,78 € ; un seul enfant : pas d’allocations familiales',
  },
  {
    id: 'af-cf-10-couple-trois-enfants-decembre-2026',
    title: 'Décembre 2026 : couple, un salaire, trois enfants de 4, 8 et 10 ans, revenu fiscal 30 000 €',
    month: '2026-12',
    situation: household(
      [
        me('1986-01-01', { activity: 'employed', incomes: { salary: 2100 } }),
        partner('1988-01-01'),
        child(1, '2022-03-01'),
        child(2, '2018-03-01'),
        child(3, '2016-03-01'),
      ],
      { taxReferenceIncome: 30000 },
    ),
    expected: [
      { id: 'af', status: 'eligible', amount: { value: 347.32, per: 'month', tolerance: 0.005 } },
      { id: 'cf', status: 'eligible', amount: { value: 198.16, per: 'month', tolerance: 0.005 } },
    ],
    source: `${F.af}; ${F.cf} (${CHECKED}); ${F.afTaux}; ${F.bmaf2026}; plafond du complément familial 24 853 € au 1er janvier 2026 https://bulletins-officiels.social.gouv.fr/sites/textes-officiels/files/2025-12/SFHS2535630J_0.pdf; ${F.crds}`,
    derivation:
      'AF : 478,16 × (32 % + 41 %) = 153,01 + 196,05 = 349,06 ; CRDS 1,74 → 347,32. CF : plafond 24 853 × 1,8 = 44 735 (majoré : 22 368) ; 30 000 entre les deux → 478,16 × 41,65 % = 199,15 ; CRDS 0,99 → 198,16',
  },
  {
    id: 'af-10-la-reunion-decembre-2026',
    title: 'Décembre 2026 : La Réunion, couple avec un enfant de 5 ans, sans revenus',
    month: '2026-12',
    situation: household([me('1992-01-01', { incomes: {} }), partner('1993-01-01'), child(1, '2021-06-01')], {
      commune: '97411',
      taxReferenceIncome: 0,
    }),
    expected: [{ id: 'af', status: 'eligible', amount: { value: 27.98, per: 'month', tolerance: 0.005 } }],
    source: `${F.af} (${CHECKED}); art. D755-5 CSS (5,88 % de la BMAF pour un seul enfant outre-mer) https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006750947; ${F.bmaf2026}; ${F.crds}`,
    derivation:
      '478,16 × 5,88 % = 28,12 ; CRDS 0,14 → 27,98 € (enfant de moins de 11 ans : pas de majoration)',
  },
];
