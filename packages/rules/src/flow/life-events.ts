// Entry by life event (issue 15): a person who starts from "I just had a baby" or "my husband died"
// sees the questions and the rights of that event first. Data and pure functions only: the
// questionnaire builds the screens. The orderings are in ./life-event-order.ts: this file stays light
// for the start screen (no question table). Question ids are those of ./questions.ts; right ids, the catalogue's.
import type { Theme } from '../situation.js';

export const LIFE_EVENT_IDS = [
  'naissance',
  'separation',
  'perte_emploi',
  'retraite',
  'handicap',
  'arrivee_france',
  'deces_proche',
] as const;
export type LifeEventId = (typeof LIFE_EVENT_IDS)[number];

export interface LifeEvent {
  id: LifeEventId;
  /** Plain French, for the start screen. */
  label: string;
  hint: string;
  /** Every theme, the most useful first: the start screen pre-selects the first ones. */
  themes: readonly Theme[];
  /** Questions asked first (the ones they depend on come with them). */
  questions: readonly string[];
  /** Rights put forward, in this order, before the others. */
  rights: readonly string[];
}

export const LIFE_EVENTS: readonly LifeEvent[] = [
  {
    id: 'naissance',
    label: 'J’attends un enfant ou un bébé est arrivé',
    hint: 'Grossesse, naissance ou adoption.',
    themes: ['famille', 'sante', 'emploi', 'ressources', 'logement', 'transport'],
    questions: [
      'applicant.pregnant',
      'children.count',
      'child.birthDate',
      'household.couple',
      'applicant.activity',
      'partner.activity',
      'taxReferenceIncome',
    ],
    rights: [
      'prime_naissance',
      'paje_base',
      'conge_naissance',
      'cmg',
      'prepare',
      'af',
      'css',
      'aide_logement',
      'rsa',
      'ppa',
      'ajpp',
    ],
  },
  {
    id: 'separation',
    label: 'Je me sépare ou je viens de me séparer',
    hint: 'Divorce, fin d’un Pacs ou d’une vie en couple.',
    themes: ['famille', 'logement', 'ressources', 'sante', 'emploi', 'transport'],
    questions: [
      'household.couple',
      'children.count',
      'child.birthDate',
      'child.otherParent',
      'maintenanceReceived',
      'housing.status',
      'housing.rent',
      'applicant.activity',
    ],
    rights: [
      'asf',
      'aripa',
      'rsa',
      'ppa',
      'aide_logement',
      'logement_social',
      'garantie_visale',
      'avance_loca_pass',
      'fsl',
      'aide_juridictionnelle',
      'css',
      'point_conseil_budget',
    ],
  },
  {
    id: 'perte_emploi',
    label: 'J’ai perdu mon travail',
    hint: 'Fin de contrat, licenciement, rupture conventionnelle, fin de mission.',
    themes: ['emploi', 'ressources', 'sante', 'logement', 'famille', 'transport'],
    questions: [
      'applicant.activity',
      'applicant.unemploymentRightsExhausted',
      'applicant.incomes.unemploymentBenefit',
      'applicant.workedFiveOfLastTenYears',
      'household.couple',
    ],
    rights: [
      'inscription_france_travail',
      'are',
      'ass',
      'rsa',
      'ppa',
      'css',
      'cej',
      'mission_locale',
      'aide_logement',
      'point_conseil_budget',
    ],
  },
  {
    id: 'retraite',
    label: 'Je pars ou je suis à la retraite',
    hint: 'Demander sa retraite, vivre avec une petite retraite.',
    themes: ['ressources', 'sante', 'logement', 'transport', 'famille', 'emploi'],
    questions: [
      'applicant.birthDate',
      'applicant.activity',
      'applicant.incomes.pension',
      'household.couple',
      'partner.birthDate',
      'housing.status',
    ],
    rights: [
      'demande_retraite',
      'aspa',
      'css',
      'complementaire_sante_senior',
      'aide_menagere',
      'apa',
      'aide_logement',
      'cheque_energie',
    ],
  },
  {
    id: 'handicap',
    label: 'Un handicap ou une maladie change ma vie',
    hint: 'Pour vous ou pour un proche, enfant ou adulte.',
    themes: ['sante', 'ressources', 'emploi', 'logement', 'transport', 'famille'],
    questions: ['applicant.disabilityRate', 'applicant.rsdae', 'applicant.activity', 'applicant.birthDate'],
    rights: ['aah', 'mva', 'pch', 'cmi', 'rqth', 'asi', 'aeeh', 'ajpp', 'css', 'pass_sport'],
  },
  {
    id: 'arrivee_france',
    label: 'Je viens d’arriver en France',
    hint: 'Premier titre de séjour, retour de l’étranger.',
    themes: ['sante', 'ressources', 'emploi', 'logement', 'famille', 'transport'],
    questions: [
      'applicant.nationality',
      'applicant.regularStay',
      'applicant.residencePermitYears',
      'housing.status',
      'applicant.activity',
    ],
    rights: [
      'puma',
      'ame',
      'css',
      'cir',
      'domiciliation',
      'inscription_france_travail',
      'rsa',
      'aide_logement',
      'mediation_numerique',
    ],
  },
  {
    id: 'deces_proche',
    label: 'Un proche est décédé',
    hint: 'Mari, femme, parent des enfants.',
    themes: ['ressources', 'famille', 'logement', 'sante', 'emploi', 'transport'],
    questions: [
      'household.couple',
      'applicant.widowed',
      'applicant.birthDate',
      'applicant.incomes.pension',
      'children.count',
      'child.otherParent',
    ],
    rights: [
      'allocation_veuvage',
      'pension_reversion',
      'asf',
      'rsa',
      'aide_logement',
      'css',
      'aide_juridictionnelle',
      'point_conseil_budget',
    ],
  },
];

/** The life event with this id, or undefined. */
export function lifeEvent(id: string): LifeEvent | undefined {
  return LIFE_EVENTS.find((e) => e.id === id);
}
