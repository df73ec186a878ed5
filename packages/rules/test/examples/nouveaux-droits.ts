// Rights added with issue 15 ('@passerelle/rules/extra'): PreParE, prime de Noël, ASI, MVA, allocation de
// veuvage, prime à la naissance (status: its amount is paid once, which the example format does not hold;
// test/extra-rights.test.ts checks it to the cent).
import { applicant, child, household, partner } from './helpers.js';
import type { WorkedExample } from './types.js';

const CHECKED = 'vérifié le 2026-12-03';
const BMAF_2026 = 'BMAF 478,16 € au 1er avril 2026 (instruction DSS du 20 mars 2026)';
const BMAF_2025 =
  'BMAF 474,37 € au 1er avril 2025 (https://sante.gouv.fr/fichiers/bo/2025/2025.6.sante.pdf#page=9)';
const NOEL =
  'Décret n° 2023-1184 du 14 décembre 2023 https://www.legifrance.gouv.fr/eli/decret/2023/12/14/2023-1184/jo/texte (montants reconduits en 2024 et 2025)';
const ASI =
  'Circulaire Cnav 2025-13 du 3 avril 2025 https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2025_13_03042025.pdf';
const onLeave = { activity: 'parental_leave' as const };

export const nouveauxDroitsExamples: WorkedExample[] = [
  {
    id: 'prepare-01-taux-plein-2026',
    title: 'PreParE 2026 : arrêt complet pour un bébé de 10 mois, un aîné',
    month: '2026-05',
    situation: household([
      applicant('1990-01-01', {}, onLeave),
      partner('1989-01-01', { salary: 1800 }, { activity: 'employed' }),
      child(1, '2025-07-01', { inSchool: false }),
      child(2, '2019-01-01'),
    ]),
    expected: [
      { id: 'prepare', status: 'possible', amount: { value: 459.69, per: 'month', tolerance: 0.005 } },
    ],
    source: `https://www.service-public.fr/particuliers/vosdroits/F32485 (${CHECKED}); ${BMAF_2026}`,
    derivation: '478,16 × 96,62 % = 462,00 ; CRDS 0,5 % tronquée = 2,31 → 459,69 € par mois',
  },
  {
    id: 'prepare-02-taux-plein-2025',
    title: 'PreParE 2025 : arrêt complet pour un enfant de 2 ans, un aîné',
    month: '2025-05',
    situation: household([
      applicant('1990-01-01', {}, onLeave),
      child(1, '2023-06-01'),
      child(2, '2018-01-01'),
    ]),
    expected: [
      { id: 'prepare', status: 'possible', amount: { value: 456.05, per: 'month', tolerance: 0.005 } },
    ],
    source: `https://www.service-public.fr/particuliers/vosdroits/F32485 (${CHECKED}); ${BMAF_2025}`,
    derivation: '474,37 × 96,62 % = 458,34 ; CRDS 2,29 → 456,05 € par mois (montant publié pour 2025)',
  },
  {
    id: 'noel-01-seul-rsa',
    title: 'Prime de Noël 2026 : personne seule au RSA',
    month: '2026-12',
    situation: household([applicant('1980-01-01')], { receiving: ['rsa'] }),
    expected: [
      { id: 'prime_noel', status: 'eligible', amount: { value: 152.45, per: 'year', tolerance: 0.005 } },
    ],
    source: NOEL,
    derivation: 'montant de base pour une personne seule : 152,45 €, versé une fois mi-décembre',
  },
  {
    id: 'noel-02-parent-seul-un-enfant',
    title: 'Prime de Noël 2026 : parent seul avec un enfant, au RSA',
    month: '2026-12',
    situation: household([applicant('1985-01-01'), child(1, '2016-03-01')], { receiving: ['rsa'] }),
    expected: [
      { id: 'prime_noel', status: 'eligible', amount: { value: 228.68, per: 'year', tolerance: 0.005 } },
    ],
    source: NOEL,
    derivation: '152,45 × 1,5 (deuxième personne du foyer + 50 %) = 228,675 → 228,68 €',
  },
  {
    id: 'noel-03-couple-trois-enfants',
    title: 'Prime de Noël 2026 : couple avec trois enfants, au RSA',
    month: '2026-12',
    situation: household(
      [
        applicant('1985-01-01'),
        partner('1986-01-01'),
        child(1, '2012-01-01'),
        child(2, '2014-01-01'),
        child(3, '2016-01-01'),
      ],
      { receiving: ['rsa'] },
    ),
    // Published figures differ by one cent (381,12 € or 381,13 €): the decree gives the rates only.
    expected: [
      { id: 'prime_noel', status: 'eligible', amount: { value: 381.12, per: 'year', tolerance: 0.011 } },
    ],
    source: NOEL,
    derivation: '152,45 × (1 + 0,5 + 0,3 + 0,3 + 0,4) = 152,45 × 2,5 = 381,125 € (arrondi 381,12 ou 381,13)',
  },
  {
    id: 'asi-01-seul-pension-800',
    title: 'ASI avril 2025 : personne seule, pension d’invalidité de 800 €',
    month: '2025-05',
    situation: household([applicant('1975-01-01', { pension: 800 }, { activity: 'unfit_for_work' })]),
    expected: [{ id: 'asi', status: 'possible', amount: { value: 114.85, per: 'month', tolerance: 0.005 } }],
    source: ASI,
    derivation: 'plafond 10 978,30 € / 12 = 914,85 € ; 914,85 − 800 = 114,85 € par mois (exemple de la Cnav)',
  },
  {
    id: 'mva-01-aah-80',
    title: 'MVA 2026 : AAH à 80 %, logement à soi avec aide au logement, sans salaire',
    month: '2026-05',
    situation: household([applicant('1980-01-01', {}, { activity: 'unfit_for_work', disabilityRate: 80 })], {
      receiving: ['aah', 'aide_logement'],
    }),
    expected: [{ id: 'mva', status: 'eligible', amount: { value: 104.77, per: 'month', tolerance: 0.005 } }],
    source: 'art. D821-3 CSS https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000019505277/',
    derivation: 'montant forfaitaire de 104,77 € par mois depuis 2008',
  },
  {
    id: 'veuvage-01-sans-revenu-2026',
    title: 'Allocation de veuvage 2026 : veuve de 45 ans sans revenus',
    month: '2026-05',
    situation: household([applicant('1981-01-01', {}, { widowed: true })]),
    expected: [
      {
        id: 'allocation_veuvage',
        status: 'possible',
        amount: { value: 719.58, per: 'month', tolerance: 0.005 },
      },
      { id: 'pension_reversion', status: 'not_eligible', amount: null },
    ],
    source: `https://www.lassuranceretraite.fr/ (montant 2026 publié : 719,58 € ; ${CHECKED})`,
    derivation: 'pas de ressources : montant maximal, 719,58 € par mois ; moins de 55 ans : pas de réversion',
  },
  {
    id: 'naissance-01-plafond',
    title: 'Prime à la naissance 2026 : parent seul enceinte, revenus au plafond du taux partiel',
    month: '2026-05',
    situation: household(
      [applicant('1995-01-01', { salary: 3000 }, { activity: 'employed', pregnant: true })],
      {
        taxReferenceIncome: 49054,
      },
    ),
    expected: [{ id: 'prime_naissance', status: 'eligible' }],
    source: `https://www.service-public.fr/particuliers/vosdroits/F2550 (${CHECKED}); art. D531-2 CSS`,
    derivation:
      'plafond 29 694 × 1,25 (un enfant, celui à naître) + 11 936 (parent seul) = 49 054 € ; prime 1 093,08 €',
  },
];
