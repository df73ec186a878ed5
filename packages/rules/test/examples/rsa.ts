// RSA worked examples. Montant forfaitaire and forfait logement from the official barème; the household
// coefficients (1, +0.5, +0.3, +0.4) and forfait logement rates (12 %, 16 %, 16.5 %) are art. R262-1 to
// R262-10 CASF. Incomes are monthly averages, so the resource window (M-1..M-3 or M-2..M-4) does not matter.
import { applicant, child, household, partner } from './helpers.js';
import { CHECKED, SRC } from './sources.js';
import type { WorkedExample } from './types.js';

const SP_RSA = `${SRC.rsa.sp} (${CHECKED})`;
const BAREME_2025 = `${SP_RSA}; montant forfaitaire 646,52 € au 1er avril 2025, ${SRC.rsa.montant2025}; ${SRC.rsa.forfaitLogement}`;
const OF_RSA = 'openfisca-france tests/formulas/rsa.yaml';

const withAl = { receiving: ['aide_logement'] };

export const rsaExamples: WorkedExample[] = [
  {
    id: 'rsa-01-seul-sans-domicile',
    title: 'RSA : personne seule de 40 ans sans ressources et sans domicile',
    month: '2025-06',
    situation: household([applicant('1985-01-01')], { housing: { status: 'homeless' } }),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 646.52, per: 'month', tolerance: 0.01 } }],
    source: BAREME_2025,
    derivation:
      '646,52 × 1 (personne seule) − 0 ressource ; sans logement : ni aide au logement ni forfait logement → 646,52',
  },
  {
    id: 'rsa-02-seul-avec-aide-logement',
    title: 'RSA : personne seule sans ressources qui touche une aide au logement',
    month: '2025-06',
    situation: household([applicant('1985-01-01')], withAl),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 568.94, per: 'month', tolerance: 0.02 } }],
    source: BAREME_2025,
    derivation: '646,52 − forfait logement 12 % × 646,52 = 77,58 → 646,52 − 77,58 = 568,94',
  },
  {
    id: 'rsa-03-seul-heberge-gratuit',
    title: 'RSA : personne seule hébergée gratuitement (forfait logement appliqué)',
    month: '2025-06',
    situation: household([applicant('1985-01-01')], { housing: { status: 'hosted_free' } }),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 568.94, per: 'month', tolerance: 0.02 } }],
    source: `${BAREME_2025}; art. R262-9 CASF (hébergement à titre gratuit)`,
    derivation: '646,52 − forfait logement 1 personne 77,58 = 568,94',
  },
  {
    id: 'rsa-04-seul-proprietaire',
    title: 'RSA : personne seule propriétaire sans emprunt (forfait logement appliqué)',
    month: '2025-06',
    situation: household([applicant('1985-01-01')], { housing: { status: 'owner' } }),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 568.94, per: 'month', tolerance: 0.02 } }],
    source: `${BAREME_2025}; art. R262-9 CASF (propriétaire sans charges de remboursement)`,
    derivation: '646,52 − forfait logement 1 personne 77,58 = 568,94',
  },
  {
    id: 'rsa-05-couple-aide-logement',
    title: 'RSA : couple sans enfant, sans ressources, avec aide au logement',
    month: '2025-06',
    situation: household([applicant('1985-01-01'), partner('1987-05-05')], withAl),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 814.62, per: 'month', tolerance: 0.02 } }],
    source: BAREME_2025,
    derivation: '646,52 × 1,5 = 969,78 − forfait logement 16 % × 969,78 = 155,16 → 814,62',
  },
  {
    id: 'rsa-06-couple-2-enfants-af',
    title: 'RSA : couple avec 2 enfants, sans revenus d’activité ; les allocations familiales comptent',
    month: '2025-06',
    situation: household(
      [applicant('1985-01-01'), partner('1987-05-05'), child(1, '2021-03-01'), child(2, '2017-05-05')],
      { ...withAl, taxReferenceIncome: 0 },
    ),
    expected: [
      { id: 'rsa', status: 'eligible', amount: { value: 1014.62, per: 'month', tolerance: 1 } },
      { id: 'af', status: 'eligible', amount: { value: 151.05, per: 'month', tolerance: 0.005 } },
    ],
    source: `${BAREME_2025}; AF comptées dans les ressources (art. R262-6 CASF); même construction que ${OF_RSA}: "RSA Cas N°3"`,
    derivation:
      '646,52 × 2,1 = 1 357,69 − forfait logement 16,5 % × 646,52 × 1,8 = 192,02 − AF 2 enfants 151,05 (32 % BMAF 474,37 = 151,80, CRDS 0,75) = 1 014,62',
  },
  {
    id: 'rsa-07-seul-salaire-400',
    title: 'RSA : personne seule locataire avec aide au logement et 400 € de salaire par mois',
    month: '2025-06',
    situation: household([applicant('1990-02-02', { salary: 400 }, { activity: 'employed' })], withAl),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 168.94, per: 'month', tolerance: 1 } }],
    source: `${BAREME_2025}; revenus d’activité comptés à 100 % (art. R262-6 CASF)`,
    derivation: '646,52 − forfait logement 77,58 − 400 de salaire = 168,94',
  },
  {
    id: 'rsa-08-22-ans-sans-enfant',
    title: 'RSA : jeune de 22 ans sans enfant, non éligible (moins de 25 ans)',
    month: '2025-06',
    situation: household([applicant('2003-01-10')]),
    expected: [{ id: 'rsa', status: 'not_eligible', amount: null }],
    source: `${SP_RSA}; ${SRC.rsa.conditions} (25 ans, sauf charge d’enfant, grossesse ou RSA jeune actif)`,
    derivation: 'âge 22 < 25, ni enfant ni grossesse → pas de droit',
  },
  {
    id: 'rsa-09-enceinte-isolee-22-ans',
    title: 'RSA majoré : femme enceinte isolée de 22 ans, sans ressources, avec aide au logement',
    month: '2025-06',
    situation: household([applicant('2003-01-10', {}, { pregnant: true })], withAl),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 752.63, per: 'month', tolerance: 1 } }],
    source: `${SP_RSA}; majoration pour isolement, art. L262-9 CASF (128,412 % du montant forfaitaire); ${SRC.rsa.forfaitLogement}`,
    derivation: '646,52 × 1,28412 = 830,21 − forfait logement 1 personne 77,58 = 752,63',
  },
  {
    id: 'rsa-10-parent-seul-pension-alimentaire',
    title: 'RSA : parent seul avec un enfant de 8 ans, 250 € de pension alimentaire et une aide au logement',
    month: '2025-06',
    situation: household(
      [
        applicant('1985-01-01', { maintenanceReceived: 250 }),
        child(1, '2017-05-05', { otherParent: 'pays' }),
      ],
      withAl,
    ),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 564.62, per: 'month', tolerance: 1 } }],
    source: `${BAREME_2025}; pension alimentaire comptée dans les ressources (art. R262-6 CASF)`,
    derivation:
      '646,52 × 1,5 = 969,78 (pas de majoration : enfant de plus de 3 ans) − forfait logement 2 personnes 155,16 − pension 250 = 564,62 ; pension > ASF 199,18 donc pas d’ASF',
  },
  {
    id: 'rsa-11-couple-salaire-1500',
    title: 'RSA : couple sans enfant avec 1 500 € de salaire, non éligible',
    month: '2025-06',
    situation: household([
      applicant('1985-01-01', { salary: 1500 }, { activity: 'employed' }),
      partner('1987-05-05'),
    ]),
    expected: [{ id: 'rsa', status: 'not_eligible', amount: null }],
    source: BAREME_2025,
    derivation: '969,78 − 1 500 < 0 → pas de RSA',
  },
  {
    id: 'rsa-12-titre-sejour-3-ans',
    title: 'RSA : étranger hors UE avec 3 ans de titre de séjour, non éligible',
    month: '2025-06',
    situation: household([applicant('1985-01-01', {}, { nationality: 'other', residencePermitYears: 3 })]),
    expected: [{ id: 'rsa', status: 'not_eligible', amount: null }],
    source: `${SP_RSA}; ${SRC.rsa.conditions} 2° (titre de séjour autorisant à travailler depuis au moins 5 ans)`,
    derivation: '3 ans de séjour régulier < 5 ans → pas de droit',
  },
  {
    id: 'rsa-13-openfisca-2018-cas6',
    title: 'RSA 2018 : personne seule avec aide au logement et 134 € de salaire',
    month: '2018-05',
    situation: household([applicant('1980-01-10', { salary: 134 }, { activity: 'employed' })], withAl),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 350.82, per: 'month', tolerance: 1 } }],
    source: `${OF_RSA}: "RSA Cas N°6" (attendu 550.93 * (1 - 0.12) - 134)`,
    derivation: 'montant forfaitaire avril 2018 550,93 − forfait logement 12 % (66,11) − 134 = 350,82',
  },
  {
    id: 'rsa-14-openfisca-2018-cas1',
    title: 'RSA 2018 : couple avec aide au logement et 167 € de salaires',
    month: '2018-05',
    situation: household(
      [
        applicant('1980-01-01', { salary: 100 }, { activity: 'employed' }),
        partner('1982-02-02', { salary: 67 }, { activity: 'employed' }),
      ],
      withAl,
    ),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 527.18, per: 'month', tolerance: 1 } }],
    source: `${OF_RSA}: "RSA Cas N°1" (attendu 550.93 * 1.5 - 132.22 - 167)`,
    derivation: '550,93 × 1,5 = 826,40 − forfait logement 16 % = 132,22 − 167 = 527,18',
  },
  {
    id: 'rsa-15-openfisca-juillet-2022',
    title: 'RSA juillet 2022 : personne seule sans ressources après la revalorisation anticipée de 4 %',
    month: '2022-07',
    situation: household([applicant('1982-03-03')], { housing: { status: 'homeless' } }),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 598.54, per: 'month', tolerance: 0.01 } }],
    source:
      'openfisca-france tests/formulas/relavorisations_juillet2022.yaml: "Juillet 2022 personne seule, pas de bonification" (rsa 598.54); décret 2022-1011 du 18 juillet 2022',
    derivation: '575,52 × 1,04 = 598,54 au 1er juillet 2022',
  },
  {
    id: 'rsa-16-openfisca-avril-2022',
    title: 'RSA avril 2022 : personne seule sans ressources avant la revalorisation de juillet',
    month: '2022-04',
    situation: household([applicant('1982-03-03')], { housing: { status: 'homeless' } }),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 575.52, per: 'month', tolerance: 0.01 } }],
    source:
      'openfisca-france tests/formulas/relavorisations_juillet2022.yaml: "Avril 2022 personne seule, sans ressources" (rsa 575.52)',
    derivation: 'montant forfaitaire au 1er avril 2022 = 575,52',
  },
  {
    id: 'rsa-17-etudiant',
    title: 'RSA : étudiant de 26 ans sans ressources, non éligible',
    month: '2025-06',
    situation: household([applicant('1999-01-01', {}, { activity: 'student' })]),
    expected: [{ id: 'rsa', status: 'not_eligible', amount: null }],
    source: `${SP_RSA}; ${SRC.rsa.conditions} (élève, étudiant ou stagiaire non rémunéré exclus)`,
    derivation: 'étudiant → exclu du RSA',
  },
  {
    id: 'rsa-18-openfisca-2025-01',
    title: 'RSA janvier 2025 : couple avec aide au logement et 167 € de salaires',
    month: '2025-01',
    situation: household(
      [
        applicant('1980-01-01', { salary: 100 }, { activity: 'employed' }),
        partner('1982-02-02', { salary: 67 }, { activity: 'employed' }),
      ],
      withAl,
    ),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 633.99, per: 'month', tolerance: 1 } }],
    source: `${OF_RSA}: "RSA Cas period > Oct 2024 et ressource sur M-2 M-4 ( à jumeler avec un test avant Octobre 2024 en M-1 M-3)" (rsa 633.9946)`,
    derivation: '635,71 × 1,5 = 953,57 − forfait logement 16 % = 152,57 − 167 = 633,99',
  },
  {
    id: 'rsa-19-couple-1-enfant',
    title: 'RSA : couple avec un enfant de 6 ans, sans ressources, avec aide au logement',
    month: '2025-06',
    situation: household([applicant('1985-01-01'), partner('1987-05-05'), child(1, '2019-01-15')], {
      ...withAl,
      taxReferenceIncome: 0,
    }),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 971.72, per: 'month', tolerance: 0.02 } }],
    source: BAREME_2025,
    derivation:
      '646,52 × 1,8 (couple + 1 enfant) = 1 163,74 − forfait logement 16,5 % × 1 163,74 = 192,02 → 971,72 ; un seul enfant → pas d’AF à déduire',
  },
  {
    id: 'rsa-20-mai-2026',
    title: 'RSA mai 2026 : personne seule sans ressources ni domicile, montant revalorisé au 1er avril 2026',
    month: '2026-05',
    situation: household([applicant('1985-01-01')], { housing: { status: 'homeless' } }),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 651.69, per: 'month', tolerance: 0.01 } }],
    source: `${SP_RSA}; montant forfaitaire 651,69 € au 1er avril 2026, ${SRC.rsa.montant2026}; valeur aussi dans openfisca-france parameters/prestations_sociales/solidarite_insertion/minima_sociaux/rsa/rsa_m/montant_de_base_du_rsa.yaml (2026-04-01)`,
    derivation: '646,52 × 1,008 (revalorisation avril 2026) = 651,69',
  },
  {
    id: 'rsa-21-seul-chomage-300',
    title: 'RSA : personne seule avec 300 € d’allocation chômage et une aide au logement',
    month: '2025-06',
    situation: household(
      [applicant('1990-02-02', { unemploymentBenefit: 300 }, { activity: 'unemployed' })],
      withAl,
    ),
    expected: [{ id: 'rsa', status: 'eligible', amount: { value: 268.94, per: 'month', tolerance: 1 } }],
    source: `${BAREME_2025}; allocations chômage comptées à 100 % (art. R262-6 CASF)`,
    derivation: '646,52 − forfait logement 77,58 − 300 = 268,94',
  },
  {
    id: 'rsa-22-couple-3-enfants-af-cf',
    title:
      'RSA : couple avec 3 enfants, sans revenus, aide au logement ; AF et complément familial de base comptés',
    month: '2025-06',
    situation: household(
      [
        applicant('1985-01-01'),
        partner('1987-05-05'),
        child(1, '2021-03-01'),
        child(2, '2017-05-05'),
        child(3, '2013-11-11'),
      ],
      { ...withAl, taxReferenceIncome: 0 },
    ),
    expected: [
      { id: 'rsa', status: 'eligible', amount: { value: 883.12, per: 'month', tolerance: 1 } },
      { id: 'af', status: 'eligible', amount: { value: 344.56, per: 'month', tolerance: 0.005 } },
      { id: 'cf', status: 'eligible', amount: { value: 294.91, per: 'month', tolerance: 0.005 } },
    ],
    source: `${BAREME_2025}; art. R262-11 CASF https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006906129 et décret n° 2014-554 du 27 mai 2014 (majoration du complément familial neutralisée dans les ressources du RSA) https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000029002836; même construction que ${OF_RSA}: "RSA Cas N°4" (550.93 * 2.5 - forfait - 167 - AF 299.20 - CF non majoré 170.71, montants nets)`,
    derivation:
      '646,52 × 2,5 (1 + 0,5 + 0,3 + 0,3 + 0,4) = 1 616,30 − forfait logement 192,02 − AF 344,56 − CF au taux de base 196,60 (le CF majoré 294,91 est versé, seule la part de base compte) = 883,12',
  },
  {
    id: 'rsa-23-majoration-age-af-exclue',
    title: 'RSA : couple avec 2 enfants de 15 et 14 ans ; la majoration pour âge des AF n’est pas comptée',
    month: '2025-06',
    situation: household(
      [applicant('1985-01-01'), partner('1987-05-05'), child(1, '2010-01-15'), child(2, '2011-01-20')],
      { ...withAl, taxReferenceIncome: 0 },
    ),
    expected: [
      { id: 'rsa', status: 'eligible', amount: { value: 1014.62, per: 'month', tolerance: 1 } },
      { id: 'af', status: 'eligible', amount: { value: 226.58, per: 'month', tolerance: 0.005 } },
    ],
    source: `${BAREME_2025}; art. R262-11 3° CASF (majoration pour âge des allocations familiales exclue des ressources) https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006906129`,
    derivation:
      '646,52 × 2,1 = 1 357,69 − forfait logement 192,02 − AF de base 151,05 (la majoration de 75,53 n’est pas comptée) = 1 014,62',
  },
  {
    id: 'rsa-24-parent-isole-bebe-majore',
    title: 'RSA majoré : parent seul avec un bébé de 4 mois, sans revenus ; PAJE et forfait ASF comptés',
    month: '2025-06',
    situation: household(
      [applicant('1995-01-01'), child(1, '2025-02-10', { inSchool: false, otherParent: 'does_not_pay' })],
      { ...withAl, taxReferenceIncome: 0 },
    ),
    expected: [
      { id: 'rsa', status: 'eligible', amount: { value: 648.46, per: 'month', tolerance: 1 } },
      { id: 'paje_base', status: 'eligible', amount: { value: 196.6, per: 'month', tolerance: 0.005 } },
    ],
    source: `${SP_RSA}; majoration pour isolement art. L262-9 CASF (128,412 % + 42,804 % par enfant); art. R262-11 2° CASF (PAJE de base exclue seulement jusqu’aux 3 mois de l’enfant pour un parent isolé); ASF comptée forfaitairement à 22,5 % de la BMAF (décret n° 2014-554 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000029002836); même construction que ${OF_RSA}: "RSA Cas N°7" (rsa_forfait_asf 0.225 * BMAF)`,
    derivation:
      '646,52 × (1,28412 + 0,42804) = 1 106,95 − forfait logement 2 personnes 155,16 − PAJE de base 196,60 − forfait ASF 0,225 × 474,37 = 106,73 → 648,46',
  },
  {
    id: 'rsa-25-sous-minimum-6',
    title: 'RSA : droit calculé de 4,52 €, non versé (minimum 6 €)',
    month: '2025-06',
    situation: household([applicant('1985-01-01', { salary: 642 }, { activity: 'employed' })], {
      housing: { status: 'homeless' },
    }),
    expected: [{ id: 'rsa', status: 'not_eligible', amount: null }],
    source: `${SP_RSA}; montant minimum de versement 6 € (art. R262-39 CASF https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000020526072)`,
    derivation: '646,52 − 642 = 4,52 < 6 → pas de versement',
  },
  {
    id: 'rsa-26-couple-bebe-paje',
    title: 'RSA : couple avec un bébé de 4 mois, sans revenus, aide au logement ; la PAJE de base compte',
    month: '2025-06',
    situation: household(
      [applicant('1990-01-01'), partner('1991-01-01'), child(1, '2025-02-10', { inSchool: false })],
      { ...withAl, taxReferenceIncome: 0 },
    ),
    expected: [
      { id: 'rsa', status: 'eligible', amount: { value: 775.12, per: 'month', tolerance: 1 } },
      { id: 'paje_base', status: 'eligible', amount: { value: 196.6, per: 'month', tolerance: 0.005 } },
    ],
    source: `${BAREME_2025}; art. R262-11 2° CASF (PAJE de base exclue seulement le mois de la naissance pour un couple) https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006906129`,
    derivation: '646,52 × 1,8 = 1 163,74 − forfait logement 192,02 − PAJE de base 196,60 = 775,12',
  },
];
