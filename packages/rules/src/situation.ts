// The situation a person describes: the public contract (shared/design/rules-contract.md) as zod schemas.
// Every field but household.members is optional: a missing answer is never guessed silently.
import { z } from 'zod';

const isRealDate = (s: string): boolean => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

export const isoDate = z
  .string({ error: (i) => `expected a date YYYY-MM-DD, got ${JSON.stringify(i.input)}` })
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(s), {
    error: (i) => `expected a date YYYY-MM-DD, got ${JSON.stringify(i.input)}`,
  });

export const isoMonth = z.string().refine((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s), {
  error: (i) => `expected a month YYYY-MM, got ${JSON.stringify(i.input)}`,
});

const money = z
  .number({ error: (i) => `expected an amount in euros (a number), got ${JSON.stringify(i.input)}` })
  .finite()
  .min(0, { error: 'expected an amount of 0 € or more' })
  .max(1_000_000, { error: 'expected a monthly amount under 1,000,000 €' });

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

export const incomesSchema = z
  .object({
    salary: money.optional(),
    selfEmployed: money.optional(),
    unemploymentBenefit: money.optional(),
    sickPay: money.optional(),
    pension: money.optional(),
    maintenanceReceived: money.optional(),
    other: money.optional(),
  })
  .strict();

export const memberSchema = z
  .object({
    id: z.string().min(1, { error: 'expected a non-empty id' }),
    role: z.enum(ROLES, {
      error: (i) => `expected one of ${ROLES.join(' | ')}, got ${JSON.stringify(i.input)}`,
    }),
    birthDate: isoDate.optional(),
    activity: z
      .enum(ACTIVITIES, {
        error: (i) => `expected one of ${ACTIVITIES.join(' | ')}, got ${JSON.stringify(i.input)}`,
      })
      .optional(),
    nationality: z
      .enum(NATIONALITIES, {
        error: (i) => `expected one of ${NATIONALITIES.join(' | ')}, got ${JSON.stringify(i.input)}`,
      })
      .optional(),
    residencePermitYears: z.number().min(0).max(120).optional(),
    disabilityRate: z
      .number({ error: (i) => `expected a rate from 0 to 100, got ${JSON.stringify(i.input)}` })
      .min(0)
      .max(100)
      .optional(),
    rsdae: z.boolean().optional(),
    pregnant: z.boolean().optional(),
    incomes: incomesSchema.optional(),
    unemploymentRightsExhausted: z.boolean().optional(),
    workedFiveOfLastTenYears: z.boolean().optional(),
    inSchool: z.boolean().optional(),
    alternatingCustody: z.boolean().optional(),
  })
  .strict();

export const situationSchema = z
  .object({
    month: isoMonth.optional(),
    commune: z
      .string()
      .regex(/^(\d{5}|2[AB]\d{3})$/, {
        error: (i) => `expected an INSEE commune code (5 characters), got ${JSON.stringify(i.input)}`,
      })
      .optional(),
    household: z
      .object({
        couple: z.boolean().optional(),
        members: z
          .array(memberSchema)
          .min(1, { error: 'expected at least one member (the applicant)' })
          .max(20, { error: 'expected at most 20 members' }),
      })
      .strict(),
    housing: z
      .object({
        status: z
          .enum(HOUSING_STATUSES, {
            error: (i) => `expected one of ${HOUSING_STATUSES.join(' | ')}, got ${JSON.stringify(i.input)}`,
          })
          .optional(),
        rent: money.optional(),
        charges: money.optional(),
      })
      .strict()
      .optional(),
    taxReferenceIncome: z.number().min(0).max(100_000_000).optional(),
    receiving: z.array(z.string().min(1)).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const members = s.household.members;
    const applicants = members.filter((m) => m.role === 'applicant');
    if (applicants.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['household', 'members'],
        message: `expected exactly one member with role "applicant", got ${applicants.length}`,
      });
    }
    const partners = members.filter((m) => m.role === 'partner').length;
    if (partners > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['household', 'members'],
        message: 'expected at most one partner',
      });
    }
    if (partners === 1 && s.household.couple === false) {
      ctx.addIssue({
        code: 'custom',
        path: ['household', 'couple'],
        message: 'a partner is listed but couple is false: set couple to true or remove the partner',
      });
    }
    const seen = new Set<string>();
    members.forEach((m, i) => {
      if (seen.has(m.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['household', 'members', i, 'id'],
          message: `duplicate member id "${m.id}"`,
        });
      }
      seen.add(m.id);
    });
  });

export type Situation = z.infer<typeof situationSchema>;
export type Member = z.infer<typeof memberSchema>;
export type Incomes = z.infer<typeof incomesSchema>;
export type Activity = (typeof ACTIVITIES)[number];
export type HousingStatus = (typeof HOUSING_STATUSES)[number];
export type Role = (typeof ROLES)[number];

export const THEMES = ['famille', 'emploi', 'logement', 'sante', 'transport', 'ressources'] as const;
export type Theme = (typeof THEMES)[number];
