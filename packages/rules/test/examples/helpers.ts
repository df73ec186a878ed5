// Small builders so that each example reads as a household description, not as boilerplate. Other packages'
// tests import them as '@passerelle/rules/test-builders' (a source-only export: never in dist).
import type { Member, Situation } from '../../src/situation.js';

type Incomes = NonNullable<Member['incomes']>;
type Extra = Omit<Partial<Member>, 'id' | 'role' | 'birthDate' | 'incomes'>;

const adult =
  (id: string, role: 'applicant' | 'partner') =>
  (birthDate: string, incomes: Incomes = {}, extra: Extra = {}): Member => ({
    id,
    role,
    birthDate,
    activity: 'inactive',
    nationality: 'fr',
    disabilityRate: 0,
    incomes,
    ...extra,
  });

/** The applicant: French national unless told otherwise. */
export const applicant = adult('demandeur', 'applicant');
export const partner = adult('conjoint', 'partner');

/** The applicant with only what a test gives (no default activity, income or disability rate). */
export const me = (birthDate: string, more: Partial<Member> = {}): Member => ({
  id: 'moi',
  role: 'applicant',
  birthDate,
  nationality: 'fr',
  ...more,
});

/** A dependent child living in the household full time. */
export function child(n: number, birthDate: string, extra: Extra = {}): Member {
  return {
    id: `enfant${n}`,
    role: 'child',
    birthDate,
    nationality: 'fr',
    inSchool: true,
    alternatingCustody: false,
    disabilityRate: 0,
    ...extra,
  };
}

type Housing = NonNullable<Situation['housing']>;

export const tenant = (rent = 500, charges = 50): Housing => ({ status: 'tenant', rent, charges });

export function household(members: Member[], opts: Omit<Situation, 'household'> = {}): Situation {
  const couple = members.some((m) => m.role === 'partner');
  return {
    commune: '69123', // Lyon: metropolitan France, no overseas rate, not an RSA experiment département
    housing: tenant(),
    receiving: [],
    ...opts,
    household: { couple, members },
  };
}
