// AAH, ASPA and ASS worked examples.
import { applicant, household, me, partner } from './helpers.js';
import { CHECKED, SRC } from './sources.js';
import type { WorkedExample } from './types.js';

const A = SRC.aah;
const V = SRC.aspa;
const S = SRC.ass;
const retired = { activity: 'retired' as const };
const unfit = { activity: 'unfit_for_work' as const };
const assOk = {
  activity: 'unemployed' as const,
  unemploymentRightsExhausted: true,
  workedFiveOfLastTenYears: true,
};

export const minimaExamples: WorkedExample[] = [
  // ---- AAH
  {
    id: 'aah-01-seul-80',
    title: 'AAH : personne seule de 35 ans, taux d’incapacité de 80 %, sans ressources',
    month: '2025-06',
    situation: household([applicant('1990-05-05', {}, { ...unfit, disabilityRate: 80 })], {
      taxReferenceIncome: 0,
    }),
    expected: [{ id: 'aah', status: 'eligible', amount: { value: 1033.32, per: 'month', tolerance: 0.01 } }],
    source: `${A.sp} (${CHECKED}); montant 1 033,32 € au 1er avril 2025, ${A.montant2025}`,
    derivation: 'taux ≥ 80 %, aucune ressource → AAH à taux plein 1 033,32',
  },
  {
    id: 'aah-02-seul-60-rsdae',
    title: 'AAH : taux de 60 % avec restriction substantielle et durable d’accès à l’emploi',
    month: '2025-06',
    situation: household([applicant('1990-05-05', {}, { ...unfit, disabilityRate: 60, rsdae: true })], {
      taxReferenceIncome: 0,
    }),
    expected: [{ id: 'aah', status: 'eligible', amount: { value: 1033.32, per: 'month', tolerance: 0.01 } }],
    source: `${A.sp}; art. L821-2 CSS (taux de 50 à 79 % et RSDAE); ${A.montant2025}`,
    derivation: 'taux 60 % + RSDAE, aucune ressource → 1 033,32',
  },
  {
    id: 'aah-03-seul-60-sans-rsdae',
    title: 'AAH : taux de 60 % sans restriction d’accès à l’emploi, pas de droit',
    month: '2025-06',
    situation: household([applicant('1990-05-05', {}, { ...unfit, disabilityRate: 60, rsdae: false })], {
      taxReferenceIncome: 0,
    }),
    expected: [{ id: 'aah', status: 'not_eligible', amount: null }],
    source: `${A.sp}; art. L821-2 CSS`,
    derivation: 'taux < 80 % et pas de RSDAE → pas d’AAH',
  },
  {
    id: 'aah-04-2018',
    title: 'AAH décembre 2018 : personne seule sans ressources (revalorisation de novembre 2018)',
    month: '2018-12',
    situation: household([applicant('1980-05-05', {}, { ...unfit, disabilityRate: 80 })], {
      taxReferenceIncome: 0,
    }),
    expected: [{ id: 'aah', status: 'eligible', amount: { value: 860, per: 'month', tolerance: 0.01 } }],
    source: `${A.sp}; montant 860 € au 1er novembre 2018, décret 2018-948 du 31/10/2018 https://www.legifrance.gouv.fr/loda/id/JORFTEXT000037552841/`,
    derivation: 'AAH à taux plein au 1er novembre 2018 = 860,00',
  },
  {
    id: 'aah-05-deconjugalisation-novembre-2023',
    title:
      'AAH novembre 2023 : en couple avec un conjoint salarié à 3 000 €, revenus du conjoint non comptés',
    month: '2023-11',
    situation: household(
      [
        applicant('1985-05-05', {}, { ...unfit, disabilityRate: 80 }),
        partner('1984-04-04', { salary: 3000 }, { activity: 'employed' }),
      ],
      { taxReferenceIncome: 32400 },
    ),
    expected: [{ id: 'aah', status: 'eligible', amount: { value: 971.37, per: 'month', tolerance: 0.01 } }],
    source: `openfisca-france tests/formulas/aah/aah_couple.yaml: "Couple de personnes en situation de handicap, déconjugalisation" (période 2023-11, conjoint sans revenu : aah 971.37); ${A.deconjugalisation}; ${A.sp}`,
    derivation:
      'depuis le 1er octobre 2023 seules les ressources du demandeur comptent : 0 → AAH pleine 971,37 (montant au 1er avril 2023, décret n° 2023-328 du 29 avril 2023)',
  },
  {
    id: 'aah-06-conjugalisee-septembre-2023',
    title: 'AAH septembre 2023 : même couple avant la déconjugalisation, pas de droit',
    month: '2023-09',
    situation: household(
      [
        applicant('1985-05-05', {}, { ...unfit, disabilityRate: 80 }),
        partner('1984-04-04', { salary: 3000 }, { activity: 'employed' }),
      ],
      { taxReferenceIncome: 32400 },
    ),
    expected: [{ id: 'aah', status: 'not_eligible', amount: null }],
    source: `openfisca-france tests/formulas/aah/aah_couple.yaml: "Couple de personnes en situation de handicap, juste avant déconjugalisation" (période 2023-08); ${A.couple}; abattement forfaitaire de 5 000 € sur les revenus du conjoint, décret n° 2022-42 du 19/01/2022 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045038484`,
    derivation:
      'plafond couple 971,37 × 12 × 1,81 = 21 098 ; revenus du conjoint 36 000 × 0,9 − 5 000 = 27 400 > 21 098 → pas d’AAH',
  },
  // ---- ASPA
  {
    id: 'aspa-01-seul-pension-600',
    title: 'ASPA : personne seule de 70 ans avec 600 € de retraite',
    month: '2025-06',
    situation: household([applicant('1955-02-01', { pension: 600 }, retired)]),
    expected: [{ id: 'aspa', status: 'eligible', amount: { value: 434.28, per: 'month', tolerance: 1 } }],
    source: `${V.sp} (${CHECKED}); plafond personne seule 12 411,44 €/an au 1er janvier 2025, ${V.montant2025}`,
    derivation: '12 411,44 / 12 = 1 034,28 − 600 = 434,28 (allocation différentielle)',
  },
  {
    id: 'aspa-02-couple',
    title: 'ASPA : couple de retraités de 69 et 68 ans avec 1 200 € de retraites',
    month: '2025-06',
    situation: household([
      applicant('1956-03-03', { pension: 700 }, retired),
      partner('1957-04-04', { pension: 500 }, retired),
    ]),
    expected: [{ id: 'aspa', status: 'eligible', amount: { value: 405.73, per: 'month', tolerance: 1 } }],
    source: `${V.sp}; plafond couple 19 268,80 €/an au 1er janvier 2025, ${V.montant2025}`,
    derivation: '19 268,80 / 12 = 1 605,73 − (700 + 500) = 405,73 pour le couple',
  },
  {
    id: 'aspa-03-pension-1200',
    title: 'ASPA : personne seule avec 1 200 € de retraite, au-dessus du plafond',
    month: '2025-06',
    situation: household([applicant('1955-02-01', { pension: 1200 }, retired)]),
    expected: [{ id: 'aspa', status: 'not_eligible', amount: null }],
    source: `${V.sp}; ${V.montant2025}`,
    derivation: '1 200 > 1 034,28 → pas d’ASPA',
  },
  {
    id: 'aspa-04-60-ans',
    title: 'ASPA : personne de 60 ans sans ressources, trop jeune',
    month: '2025-06',
    situation: household([applicant('1965-01-01', {}, { activity: 'unemployed' })]),
    expected: [{ id: 'aspa', status: 'not_eligible', amount: null }],
    source: `${V.sp}; art. L815-1 CSS (65 ans, ou âge légal de retraite en cas d’inaptitude)`,
    derivation: '60 ans < 65 ans et pas d’inaptitude → pas d’ASPA',
  },
  {
    id: 'aspa-05-titre-sejour-5-ans',
    title: 'ASPA : personne de 70 ans, étrangère hors UE avec 5 ans de titre de séjour, pas de droit',
    month: '2025-06',
    situation: household([
      applicant(
        '1955-02-01',
        { pension: 200 },
        { ...retired, nationality: 'other', residencePermitYears: 5 },
      ),
    ]),
    expected: [{ id: 'aspa', status: 'not_eligible', amount: null }],
    source: `${V.sp}; ${V.sejour}`,
    derivation: '5 ans de titre de séjour < 10 ans → pas d’ASPA',
  },
  {
    id: 'aspa-06-seul-2019',
    title: 'ASPA juin 2019 : personne seule de 70 ans sans ressources',
    month: '2019-06',
    situation: household([applicant('1949-02-01', {}, retired)]),
    expected: [{ id: 'aspa', status: 'eligible', amount: { value: 868.2, per: 'month', tolerance: 0.01 } }],
    source: `${V.sp}; plafond 10 418,40 €/an au 1er janvier 2019 décret 2018-227 du 30/04/2018 https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000036756121`,
    derivation: '10 418,40 / 12 = 868,20',
  },
  // ---- ASS
  {
    id: 'ass-01-seul-sans-ressources',
    title: 'ASS : chômeur en fin de droits, seul, sans ressources (juin 2025, 30 jours)',
    month: '2025-06',
    situation: household([applicant('1975-05-05', {}, assOk)]),
    expected: [{ id: 'ass', status: 'eligible', amount: { value: 579.9, per: 'month', tolerance: 1 } }],
    source: `${S.sp} (${CHECKED}); 19,33 € par jour au 1er avril 2025, ${S.montant2025}`,
    derivation: '19,33 × 30 jours (juin) = 579,90',
  },
  {
    id: 'ass-02-2024',
    title: 'ASS juin 2024 : chômeur en fin de droits, seul, sans ressources',
    month: '2024-06',
    situation: household([applicant('1975-05-05', {}, assOk)]),
    expected: [{ id: 'ass', status: 'eligible', amount: { value: 570.3, per: 'month', tolerance: 1 } }],
    source: `${S.sp}; 19,01 € par jour au 1er avril 2024, décret n° 2024-341 du 12/04/2024 https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000049410776`,
    derivation: '19,01 × 30 jours (juin) = 570,30',
  },
  {
    id: 'ass-03-ressources-trop-elevees',
    title: 'ASS : chômeur en fin de droits avec 1 500 € d’autres revenus, au-dessus du plafond',
    month: '2025-06',
    situation: household([applicant('1975-05-05', { other: 1500 }, assOk)]),
    expected: [{ id: 'ass', status: 'not_eligible', amount: null }],
    source: `${S.sp}; ${S.plafond}`,
    derivation: 'plafond personne seule 70 × 19,33 = 1 353,10 < 1 500 → pas d’ASS',
  },
  {
    id: 'ass-04-activite-insuffisante',
    title: 'ASS : fin de droits mais moins de 5 ans de travail sur les 10 dernières années',
    month: '2025-06',
    situation: household([applicant('1975-05-05', {}, { ...assOk, workedFiveOfLastTenYears: false })]),
    expected: [{ id: 'ass', status: 'not_eligible', amount: null }],
    source: `${S.sp}; ${S.conditions}`,
    derivation: 'condition d’activité antérieure non remplie → pas d’ASS',
  },
  {
    id: 'ass-05-couple-conjoint-1200',
    title: 'ASS : chômeur en fin de droits en couple, conjoint salarié à 1 200 €, ASS à taux plein',
    month: '2025-06',
    situation: household([
      applicant('1975-05-05', {}, assOk),
      partner('1976-06-06', { salary: 1200 }, { activity: 'employed' }),
    ]),
    expected: [{ id: 'ass', status: 'eligible', amount: { value: 579.9, per: 'month', tolerance: 1 } }],
    source: `${S.sp}; ${S.plafond}; ${S.montant2025}`,
    derivation:
      'plafond couple 110 × 19,33 = 2 126,30 ; 1 200 + 579,90 = 1 779,90 ≤ 2 126,30 → ASS pleine 19,33 × 30 = 579,90',
  },
  {
    id: 'ass-06-couple-conjoint-2500',
    title: 'ASS : chômeur en fin de droits en couple, conjoint salarié à 2 500 €, pas d’ASS',
    month: '2025-06',
    situation: household([
      applicant('1975-05-05', {}, assOk),
      partner('1976-06-06', { salary: 2500 }, { activity: 'employed' }),
    ]),
    expected: [{ id: 'ass', status: 'not_eligible', amount: null }],
    source: `${S.sp}; ${S.plafond}`,
    derivation: 'ressources du couple 2 500 > plafond couple 2 126,30 → pas d’ASS',
  },
  {
    id: 'ass-07-differentielle',
    title: 'ASS différentielle : chômeur seul en fin de droits avec 1 000 € d’autres revenus',
    month: '2025-06',
    situation: household([applicant('1975-05-05', { other: 1000 }, assOk)]),
    expected: [{ id: 'ass', status: 'eligible', amount: { value: 353.1, per: 'month', tolerance: 1 } }],
    source: `${S.sp} (allocation réduite quand ressources + ASS dépassent le plafond); ${S.plafond}; ${S.montant2025}`,
    derivation: '1 000 + 579,90 > 1 353,10 → ASS réduite à 1 353,10 − 1 000 = 353,10',
  },
  {
    id: 'aah-07-mai-2026',
    title: 'AAH mai 2026 : personne seule sans ressources, montant revalorisé au 1er avril 2026',
    month: '2026-05',
    situation: household([applicant('1990-05-05', {}, { ...unfit, disabilityRate: 80 })], {
      taxReferenceIncome: 0,
    }),
    expected: [{ id: 'aah', status: 'eligible', amount: { value: 1041.59, per: 'month', tolerance: 0.01 } }],
    source: `${A.sp}; montant 1 041,59 € au 1er avril 2026, décret n° 2026-229 du 30 mars 2026 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053734356`,
    derivation: 'AAH à taux plein au 1er avril 2026 = 1 041,59',
  },
  {
    id: 'aspa-07-janvier-2026',
    title:
      'ASPA 2026 : personne seule de 70 ans avec 600 € de retraite, plafond revalorisé au 1er janvier 2026',
    month: '2026-02',
    situation: household([applicant('1955-02-01', { pension: 600 }, retired)]),
    expected: [{ id: 'aspa', status: 'eligible', amount: { value: 443.6, per: 'month', tolerance: 1 } }],
    source: `${V.sp}; plafond personne seule 12 523,14 €/an au 1er janvier 2026, circulaire Cnav 2025-29 du 22/12/2025 https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2025_29_22122025.pdf`,
    derivation: '12 523,14 / 12 = 1 043,60 − 600 = 443,60',
  },
  {
    id: 'ass-08-juin-2026',
    title: 'ASS juin 2026 : chômeur en fin de droits, seul, sans ressources (montant au 1er avril 2026)',
    month: '2026-06',
    situation: household([applicant('1975-05-05', {}, assOk)]),
    expected: [{ id: 'ass', status: 'eligible', amount: { value: 584.4, per: 'month', tolerance: 1 } }],
    source: `${S.sp}; 19,48 € par jour au 1er avril 2026, décret n° 2026-219 du 30 mars 2026 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053733811`,
    derivation: '19,48 × 30 jours (juin) = 584,40',
  },
  // ---- Typical households of December 2026 (issue 15): amounts from the official scales in force that month.
  {
    id: 'aspa-10-retraite-seul-decembre-2026',
    title: 'Décembre 2026 : retraité seul de 72 ans, pension de 700 €, propriétaire',
    month: '2026-12',
    situation: household([me('1954-06-01', { activity: 'retired', incomes: { pension: 700 } })], {
      housing: { status: 'owner' },
    }),
    expected: [{ id: 'aspa', status: 'eligible', amount: { value: 343.6, per: 'month', tolerance: 0.005 } }],
    source: `${V.sp} (${CHECKED}); plafond 12 523,14 € par an au 1er janvier 2026, circulaire Cnav 2025-29 du 22/12/2025 https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2025_29_22122025.pdf`,
    derivation: '(12 523,14 − 700 × 12) / 12 = 343,595 → 343,60 € par mois',
  },
  {
    id: 'ass-10-fin-de-droits-decembre-2026',
    title: 'Décembre 2026 : chômeur de 52 ans en fin de droits, seul, sans autre revenu',
    month: '2026-12',
    situation: household([me('1974-03-01', { ...assOk, incomes: {} })], {
      housing: { status: 'hosted_free' },
    }),
    expected: [{ id: 'ass', status: 'eligible', amount: { value: 584.4, per: 'month', tolerance: 0.005 } }],
    source: `${S.sp} (${CHECKED}); 19,48 € par jour au 1er avril 2026, décret n° 2026-219 du 30 mars 2026 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053733811`,
    derivation: '19,48 × 30 jours = 584,40 € (montant de référence d’un mois de 30 jours)',
  },
  {
    id: 'aah-10-seul-decembre-2026',
    title: 'Décembre 2026 : bénéficiaire de l’AAH, 45 ans, taux de 80 %, seul, sans ressources',
    month: '2026-12',
    situation: household([me('1981-09-01', { ...unfit, disabilityRate: 80, incomes: {} })], {
      taxReferenceIncome: 0,
    }),
    expected: [{ id: 'aah', status: 'eligible', amount: { value: 1041.59, per: 'month', tolerance: 0.005 } }],
    source: `${A.sp} (${CHECKED}); 1 041,59 € au 1er avril 2026, décret du 30 mars 2026 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053734356`,
    derivation: 'taux ≥ 80 %, aucune ressource → AAH à taux plein 1 041,59 € (pas de CRDS sur l’AAH)',
  },
];
