// The situation's closed vocabularies, without zod: the flow, the local aids and the widgets read them
// without pulling the schemas in.
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
export const SCHOOL_LEVELS = ['none', 'maternelle', 'primaire', 'college', 'lycee', 'superieur'] as const;
export const OTHER_PARENT = ['pays', 'pays_less', 'does_not_pay', 'deceased_or_unknown'] as const;

export const THEMES = ['famille', 'emploi', 'logement', 'sante', 'transport', 'ressources'] as const;
export type Theme = (typeof THEMES)[number];
export type Activity = (typeof ACTIVITIES)[number];
export type HousingStatus = (typeof HOUSING_STATUSES)[number];
export type Role = (typeof ROLES)[number];
