// The situation a person describes: the public contract (shared/design/rules-contract.md) as zod
// schemas. Every field but household.members is optional: a missing answer is never guessed silently.
// Written with zod/mini so that the browser entry stays small; every error says what is expected.
import * as z from 'zod/mini';
import {
  ACTIVITIES,
  HOUSING_SHARING,
  HOUSING_STATUSES,
  NATIONALITIES,
  OTHER_PARENT,
  ROLES,
  SCHOOL_LEVELS,
} from './vocabulary.js';

export * from './vocabulary.js';

const show = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v));
/** Error message factory: "expected <what>, got <input>" (unknown keys are named). */
const expected =
  (what: string) =>
  (issue: { code?: string; input?: unknown; keys?: string[] }): string =>
    issue.code === 'unrecognized_keys'
      ? `unknown field${(issue.keys?.length ?? 0) > 1 ? 's' : ''} ${(issue.keys ?? []).map((k) => JSON.stringify(k)).join(', ')}`
      : `expected ${what}, got ${show(issue.input)}`;

const isRealDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const y = +s.slice(0, 4);
  const m = +s.slice(5, 7);
  const d = +s.slice(8, 10);
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
};

export const isoDate = z
  .string({ error: expected('a date YYYY-MM-DD') })
  .check(z.refine(isRealDate, { error: expected('a date YYYY-MM-DD') }));

export const isoMonth = z
  .string({ error: expected('a month YYYY-MM') })
  .check(z.refine((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s), { error: expected('a month YYYY-MM') }));

/**
 * A bound check as one refinement: zod/mini's dedicated checks (minimum, maxLength, regex…) would each
 * bring their own class into the browser entry, and all messages here are custom anyway.
 */
const within = <T>(
  ok: (v: T) => boolean,
  tooLow: (v: T) => boolean,
  low: ReturnType<typeof expected> | string,
  high: ReturnType<typeof expected> | string,
) =>
  z.refine<T>(ok, {
    error: (issue) => {
      const message = tooLow(issue.input as T) ? low : high;
      return typeof message === 'string' ? message : message(issue);
    },
  });
const between = (min: number, max: number, low: string, high: string) =>
  within<number>(
    (n) => n >= min && n <= max,
    (n) => n < min,
    expected(low),
    expected(high),
  );

const money = z
  .number({ error: expected('an amount in euros (a number)') })
  .check(between(0, 1_000_000, 'an amount of 0 € or more', 'a monthly amount under 1,000,000 €'));

const bool = z.boolean({ error: expected('true or false') });
const count = (what: string, max: number) =>
  z
    .number({ error: expected(what) })
    .check(between(0, max, `${what} (0 or more)`, `${what} (at most ${max})`));

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: expected(`one of ${values.join(' | ')}`) });

export const incomesSchema = z.strictObject(
  {
    salary: z.optional(money),
    selfEmployed: z.optional(money),
    unemploymentBenefit: z.optional(money),
    sickPay: z.optional(money),
    pension: z.optional(money),
    maintenanceReceived: z.optional(money),
    other: z.optional(money),
  },
  { error: expected('an object of monthly incomes') },
);

export const memberSchema = z.strictObject(
  {
    id: z
      .string({ error: expected('an id (text)') })
      .check(z.refine((v) => v.length > 0, { error: 'expected a non-empty id' })),
    role: oneOf(ROLES),
    birthDate: z.optional(isoDate),
    activity: z.optional(oneOf(ACTIVITIES)),
    nationality: z.optional(oneOf(NATIONALITIES)),
    /** For nationality "other": years of regular residence. */
    residencePermitYears: z.optional(count('a number of years', 120)),
    /** For nationality "other": has a residence permit (false: AME rather than PUMa). */
    regularStay: z.optional(bool),
    /** 0, or the rate set by the MDPH (50 to 79, 80 and more). */
    disabilityRate: z.optional(count('a rate from 0 to 100', 100)),
    rsdae: z.optional(bool),
    pregnant: z.optional(bool),
    incomes: z.optional(incomesSchema),
    unemploymentRightsExhausted: z.optional(bool),
    workedFiveOfLastTenYears: z.optional(bool),
    inSchool: z.optional(bool),
    /** For a child: the school level this school year (bourses de collège / lycée). */
    schoolLevel: z.optional(oneOf(SCHOOL_LEVELS)),
    alternatingCustody: z.optional(bool),
    /** For a child of a parent living alone: does the other parent pay maintenance (ASF)? */
    otherParent: z.optional(oneOf(OTHER_PARENT)),
  },
  { error: expected('a household member (an object)') },
);

export const situationSchema = z
  .strictObject(
    {
      month: z.optional(isoMonth),
      commune: z.optional(
        z.string({ error: expected('an INSEE commune code (5 characters)') }).check(
          z.refine((v) => /^(\d{5}|2[AB]\d{3})$/.test(v), {
            error: expected('an INSEE commune code (5 characters)'),
          }),
        ),
      ),
      household: z.strictObject(
        {
          couple: z.optional(bool),
          members: z.array(memberSchema, { error: expected('a list of members') }).check(
            within<unknown[]>(
              (a) => a.length >= 1 && a.length <= 20,
              (a) => a.length < 1,
              'expected at least one member (the applicant)',
              'expected at most 20 members',
            ),
          ),
        },
        { error: expected('an object with "members"') },
      ),
      housing: z.optional(
        z.strictObject(
          {
            status: z.optional(oneOf(HOUSING_STATUSES)),
            rent: z.optional(money),
            charges: z.optional(money),
            /** A tenant who shares the dwelling (colocation) or rents a room: lower rent ceilings for the AL. */
            sharing: z.optional(oneOf(HOUSING_SHARING)),
            /** Lives at his or her parents' (a person under 25 then belongs to their CSS household). */
            withParents: z.optional(bool),
          },
          { error: expected('an object') },
        ),
      ),
      taxReferenceIncome: z.optional(
        z
          .number({ error: expected('an amount in euros (a number)') })
          .check(between(0, 100_000_000, 'an amount of 0 € or more', 'an amount under 100,000,000 €')),
      ),
      receiving: z.optional(
        z.array(
          z
            .string({ error: expected('a right id') })
            .check(z.refine((v) => v.length > 0, { error: 'expected a right id' })),
          {
            error: expected('a list of right ids'),
          },
        ),
      ),
    },
    { error: expected('a situation (a JSON object)') },
  )
  .check(
    z.superRefine((s, ctx) => {
      const members = s.household.members;
      const applicants = members.filter((m) => m.role === 'applicant').length;
      if (applicants !== 1)
        ctx.addIssue({
          code: 'custom',
          path: ['household', 'members'],
          message: `expected exactly one member with role "applicant", got ${applicants}`,
          input: members,
        });
      const partners = members.filter((m) => m.role === 'partner').length;
      if (partners > 1)
        ctx.addIssue({
          code: 'custom',
          path: ['household', 'members'],
          message: 'expected at most one partner',
          input: members,
        });
      if (partners === 1 && s.household.couple === false)
        ctx.addIssue({
          code: 'custom',
          path: ['household', 'couple'],
          message: 'a partner is listed but couple is false: set couple to true or remove the partner',
          input: s.household.couple,
        });
      const seen = new Set<string>();
      members.forEach((m, i) => {
        if (seen.has(m.id))
          ctx.addIssue({
            code: 'custom',
            path: ['household', 'members', i, 'id'],
            message: `duplicate member id "${m.id}"`,
            input: m.id,
          });
        seen.add(m.id);
      });
    }),
  );

export type Situation = z.infer<typeof situationSchema>;
export type Member = z.infer<typeof memberSchema>;
export type Incomes = z.infer<typeof incomesSchema>;
