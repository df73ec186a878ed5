// The situation a person describes: the public contract (shared/design/rules-contract.md) as zod
// schemas. Every field but household.members is optional: a missing answer is never guessed silently.
// Written with zod/mini so that the browser entry stays small; every error says what is expected.
import * as z from 'zod/mini';
import { COMMUNE, isRealDate, MONTH } from './situation-check.js';
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

const show = (v: unknown): string => (v === undefined ? 'rien' : JSON.stringify(v));
/** Error message factory, in French for the webmasters who read it: "doit être <what>, reçu <input>". */
const expected =
  (what: string) =>
  (issue: { code?: string; input?: unknown; keys?: string[] }): string =>
    issue.code === 'unrecognized_keys'
      ? `${(issue.keys?.length ?? 0) > 1 ? 'champs inconnus' : 'champ inconnu'} ${(issue.keys ?? []).map((k) => JSON.stringify(k)).join(', ')} : vérifiez l’orthographe (voir le schéma de la situation)`
      : `doit être ${what}, reçu ${show(issue.input)}`;

const A_DATE = 'une date au format AAAA-MM-JJ (par exemple 1985-03-21)';
const A_MONTH = 'un mois au format AAAA-MM (par exemple 2026-04)';

export const isoDate = z
  .string({ error: expected(A_DATE) })
  .check(z.refine(isRealDate, { error: expected(A_DATE) }));

export const isoMonth = z
  .string({ error: expected(A_MONTH) })
  .check(z.refine((s) => MONTH.test(s), { error: expected(A_MONTH) }));

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
  .number({ error: expected('un montant en euros (un nombre, sans guillemets)') })
  .check(between(0, 1_000_000, 'un montant de 0 € ou plus', 'un montant mensuel inférieur à 1 000 000 €'));

const bool = z.boolean({ error: expected('true ou false') });
const count = (what: string, max: number) =>
  z
    .number({ error: expected(what) })
    .check(between(0, max, `${what} (0 ou plus)`, `${what} (${max} au plus)`));

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: expected(`l’une des valeurs ${values.join(' | ')}`) });

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
  { error: expected('un objet de revenus mensuels (salary, pension…)') },
);

export const memberSchema = z.strictObject(
  {
    id: z
      .string({ error: expected('un identifiant (un texte)') })
      .check(z.refine((v) => v.length > 0, { error: 'l’identifiant ne doit pas être vide' })),
    role: oneOf(ROLES),
    birthDate: z.optional(isoDate),
    activity: z.optional(oneOf(ACTIVITIES)),
    nationality: z.optional(oneOf(NATIONALITIES)),
    /** For nationality "other": years of regular residence. */
    residencePermitYears: z.optional(count('un nombre d’années', 120)),
    /** For nationality "other": has a residence permit (false: AME rather than PUMa). */
    regularStay: z.optional(bool),
    /** 0, or the rate set by the MDPH (50 to 79, 80 and more). */
    disabilityRate: z.optional(count('un taux de 0 à 100', 100)),
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
    /**
     * Added with issue 15: the person's husband or wife has died (allocation de veuvage, pension de
     * réversion). Absent: not asked; the two rights then say what they would need.
     */
    widowed: z.optional(bool),
  },
  { error: expected('un membre du foyer (un objet)') },
);

export const situationSchema = z
  .strictObject(
    {
      month: z.optional(isoMonth),
      commune: z.optional(
        z
          .string({
            error: expected(
              'le code INSEE de la commune, 5 caractères (par exemple 94028 ; pas le code postal)',
            ),
          })
          .check(
            z.refine((v) => COMMUNE.test(v), {
              error: expected(
                'le code INSEE de la commune, 5 caractères (par exemple 94028 ; pas le code postal)',
              ),
            }),
          ),
      ),
      household: z.strictObject(
        {
          couple: z.optional(bool),
          members: z.array(memberSchema, { error: expected('une liste de membres') }).check(
            within<unknown[]>(
              (a) => a.length >= 1 && a.length <= 20,
              (a) => a.length < 1,
              'il faut au moins un membre : le demandeur (role "applicant")',
              '20 membres au plus',
            ),
          ),
        },
        { error: expected('un objet avec "members"') },
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
          { error: expected('un objet') },
        ),
      ),
      taxReferenceIncome: z.optional(
        z
          .number({ error: expected('un montant en euros (un nombre, sans guillemets)') })
          .check(
            between(0, 100_000_000, 'un montant de 0 € ou plus', 'un montant inférieur à 100 000 000 €'),
          ),
      ),
      receiving: z.optional(
        z.array(
          z
            .string({ error: expected('un identifiant d’aide (liste : passerelle-rules rights)') })
            .check(z.refine((v) => v.length > 0, { error: 'l’identifiant d’aide ne doit pas être vide' })),
          {
            error: expected('une liste d’identifiants d’aides'),
          },
        ),
      ),
    },
    { error: expected('une situation (un objet JSON)') },
  )
  .check(
    z.superRefine((s, ctx) => {
      const members = s.household.members;
      const applicants = members.filter((m) => m.role === 'applicant').length;
      if (applicants !== 1)
        ctx.addIssue({
          code: 'custom',
          path: ['household', 'members'],
          message: `il faut exactement un membre avec role "applicant" (le demandeur) ; il y en a ${applicants}`,
          input: members,
        });
      const partners = members.filter((m) => m.role === 'partner').length;
      if (partners > 1)
        ctx.addIssue({
          code: 'custom',
          path: ['household', 'members'],
          message: 'un seul membre peut avoir role "partner" (le conjoint)',
          input: members,
        });
      if (partners === 1 && s.household.couple === false)
        ctx.addIssue({
          code: 'custom',
          path: ['household', 'couple'],
          message:
            'un conjoint (role "partner") est listé mais couple vaut false : mettez couple à true ou retirez le conjoint',
          input: s.household.couple,
        });
      const seen = new Set<string>();
      members.forEach((m, i) => {
        if (seen.has(m.id))
          ctx.addIssue({
            code: 'custom',
            path: ['household', 'members', i, 'id'],
            message: `identifiant de membre en double : "${m.id}" ; donnez à chaque membre un id différent`,
            input: m.id,
          });
        seen.add(m.id);
      });
    }),
  );

export type Situation = z.infer<typeof situationSchema>;
export type Member = z.infer<typeof memberSchema>;
export type Incomes = z.infer<typeof incomesSchema>;
