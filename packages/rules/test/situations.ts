// Builders for test situations (test-only module).
import type { Member, Situation } from '../src/situation.js';

export const adult = (
  id: string,
  role: 'applicant' | 'partner',
  birthDate: string,
  extra: Partial<Member> = {},
): Member => ({
  id,
  role,
  birthDate,
  nationality: 'fr',
  incomes: {},
  ...extra,
});

export const kid = (id: string, birthDate: string, extra: Partial<Member> = {}): Member => ({
  id,
  role: 'child',
  birthDate,
  ...extra,
});

export function single(month: string, extra: Partial<Member> = {}, rest: Partial<Situation> = {}): Situation {
  return {
    month,
    household: { couple: false, members: [adult('moi', 'applicant', '1985-01-01', extra)] },
    housing: { status: 'tenant', rent: 500 },
    ...rest,
  };
}

export function family(month: string, members: Member[], rest: Partial<Situation> = {}): Situation {
  const couple = members.some((m) => m.role === 'partner');
  return { month, household: { couple, members }, housing: { status: 'tenant', rent: 600 }, ...rest };
}
