// The closed vocabularies of the situation and of the results, without zod: the flow, the local aids,
// @passerelle/partners and the widgets read them (entry '@passerelle/rules/vocabulary') without pulling
// the schemas in.
export const ROLES = ['applicant', 'partner', 'child', 'other'] as const;
export const ACTIVITIES = [
  'employed',
  'self_employed',
  'unemployed',
  'student',
  'apprentice',
  'retired',
  'unfit_for_work',
  'parental_leave',
  'inactive',
] as const;
export const NATIONALITIES = ['fr', 'eu', 'other'] as const;
export const HOUSING_STATUSES = [
  'tenant',
  'social_tenant',
  'owner',
  'owner_with_loan',
  'hosted_free',
  'homeless',
  'hostel',
] as const;
/** none: the dwelling is not shared; flatshare: colocation; room: a room in someone's home. */
export const HOUSING_SHARING = ['none', 'flatshare', 'room'] as const;
export const SCHOOL_LEVELS = ['none', 'maternelle', 'primaire', 'college', 'lycee', 'superieur'] as const;
export const OTHER_PARENT = ['pays', 'pays_less', 'does_not_pay', 'deceased_or_unknown'] as const;

export const THEMES = ['famille', 'emploi', 'logement', 'sante', 'transport', 'ressources'] as const;
export type Theme = (typeof THEMES)[number];

/** Status of a right in a result (national or local). */
export const STATUSES = ['eligible', 'possible', 'not_eligible', 'already_received'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Partner types, one list for the rules' `contacts`, local aids and @passerelle/partners (places and
 * the finder's groups). Close to data·inclusion `reseaux_porteurs`, named for people; partners maps
 * other vocabularies onto these ids (partner-types.ts).
 */
export const PARTNER_TYPES = [
  'caf',
  'cpam',
  'msa',
  'carsat',
  'france-services',
  'ccas',
  'mairie',
  'mission-locale',
  'france-travail',
  'pmi',
  'mdph',
  'departement',
  'conseiller-numerique',
  'mediation-numerique',
  'point-justice',
  'adil',
  'cidff',
  'information-jeunesse',
  'caisse-retraite',
  'crous',
  'etablissement-scolaire',
  'bailleur-social',
  'association',
  'autre',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];
const partnerTypes: ReadonlySet<string> = new Set(PARTNER_TYPES);
export const isPartnerType = (s: string): s is PartnerType => partnerTypes.has(s);

/** Needs a person can name in the partner finder; each right leads to one or more of them. */
export const PARTNER_NEEDS = [
  'caf',
  'sante',
  'papiers',
  'numerique',
  'logement',
  'travail',
  'jeunes',
  'dettes',
  'famille',
  'handicap',
  'retraite',
  'droit',
] as const;
export type PartnerNeed = (typeof PARTNER_NEEDS)[number];
export type Activity = (typeof ACTIVITIES)[number];
export type HousingStatus = (typeof HOUSING_STATUSES)[number];
export type Role = (typeof ROLES)[number];

/** Département of an INSEE commune code: three characters overseas (97x, 98x), else two (2A and 2B included). */
export function departementOf(code: string): string {
  if (code.startsWith('97') || code.startsWith('98')) return code.slice(0, 3);
  return code.slice(0, 2);
}

// Paris, Lyon and Marseille: their arrondissements municipaux have codes of their own.
const PLM: ReadonlyArray<[string, RegExp]> = [
  ['75056', /^751\d\d$/],
  ['69123', /^6938\d$/],
  ['13055', /^132\d\d$/],
];
/** The city's code for an arrondissement municipal of Paris, Lyon or Marseille. */
export const cityOf = (code: string): string | undefined => PLM.find(([, re]) => re.test(code))?.[0];
