// The JSON format with which a commune or a CCAS adds its own aids without code. Purely declarative:
// conditions are data read by evaluateLocalAids, nothing in a file is ever run.
// zod/mini: the classic API cannot be tree-shaken and would weigh ~90 KB gzip in the widget.
import { describe } from 'zod/v4/core';
import * as z from 'zod/mini';
import { RIGHT_IDS } from '../rights/types.js';
import { HOUSING_STATUSES, THEMES } from '../vocabulary.js';

/** A French description shown by editors from the JSON Schema (webmasters write these files).
 * Imported by name: `z.core.describe` would pull every zod locale into the browser bundle. */
const d = <T extends z.ZodMiniType>(schema: T, text: string): T => schema.check(describe(text)) as T;

const isRealDate = (s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};
const isoDate = z
  .string({ error: 'expected a date YYYY-MM-DD' })
  .check(
    z.refine(isRealDate, { error: (i) => `expected a date YYYY-MM-DD, got ${JSON.stringify(i.input)}` }),
  );

const slug = z.string({ error: 'expected a text identifier' }).check(
  z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: (i) =>
      `expected lowercase letters, digits and hyphens (for example "aide-rentree"), got ${JSON.stringify(i.input)}`,
  }),
  z.maxLength(60, { error: 'expected at most 60 characters' }),
);

const text = (min: number, max: number) =>
  z
    .string({ error: 'expected a text' })
    .check(
      z.trim(),
      z.minLength(min, { error: `expected at least ${min} characters` }),
      z.maxLength(max, { error: `expected at most ${max} characters` }),
    );

const url = z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' });
const euros = z
  .number({ error: (i) => `expected an amount in euros (a number), got ${JSON.stringify(i.input)}` })
  .check(z.minimum(0, { error: 'expected an amount of 0 € or more' }));

const inseeCode = z.string().check(
  z.regex(/^(\d{5}|2[AB]\d{3})$/, {
    error: (i) =>
      `expected an INSEE commune code (5 characters, for example "94028"), got ${JSON.stringify(i.input)}`,
  }),
);
const epciCode = z.string().check(
  z.regex(/^\d{9}$/, {
    error: (i) => `expected an EPCI SIREN number (9 digits), got ${JSON.stringify(i.input)}`,
  }),
);
const years = z.int({ error: 'expected a whole number of years' }).check(z.minimum(0), z.maximum(130));
const nonEmpty = <T extends z.ZodMiniType>(item: T) =>
  z.array(item).check(z.minLength(1, { error: 'expected at least one value' }));

export const localAidConditionsSchema = z.strictObject({
  age: z.optional(
    z
      .strictObject({
        min: z.optional(years),
        max: z.optional(years),
        /** Whose age: the applicant (default), at least one adult, or at least one child. */
        who: z._default(z.enum(['applicant', 'any_adult', 'any_child']), 'applicant'),
      })
      .check(
        z.refine((a) => a.min === undefined || a.max === undefined || a.min <= a.max, {
          error: 'age.min must be lower than or equal to age.max',
        }),
      ),
  ),
  /** The household lives in one of these communes (INSEE codes). */
  communes: z.optional(d(nonEmpty(inseeCode), 'Habiter une de ces communes (codes INSEE, ex. « 94028 »).')),
  /** The household lives in one of these EPCI (SIREN numbers). */
  epcis: z.optional(d(nonEmpty(epciCode), 'Habiter un de ces EPCI (numéros SIREN à 9 chiffres).')),
  /** Monthly resources per consumption unit (INSEE scale) at most this amount. */
  resourcesPerConsumptionUnit: z.optional(
    d(
      z.strictObject({ max: euros }),
      'Ressources mensuelles du foyer par unité de consommation (échelle INSEE) au plus égales à max.',
    ),
  ),
  /** Monthly quotient familial (CAF method) at most this amount. */
  quotientFamilial: z.optional(
    d(z.strictObject({ max: euros }), 'Quotient familial mensuel (méthode CAF) au plus égal à max.'),
  ),
  household: z.optional(
    z
      .strictObject({
        couple: z.optional(z.boolean()),
        singleParent: z.optional(z.boolean()),
        minChildren: z.optional(z.int().check(z.minimum(0), z.maximum(20))),
        maxChildren: z.optional(z.int().check(z.minimum(0), z.maximum(20))),
        /** With minChildren: count only children in this age range. */
        childAge: z.optional(z.strictObject({ min: z.optional(years), max: z.optional(years) })),
      })
      .check(
        z.refine(
          (h) => h.minChildren === undefined || h.maxChildren === undefined || h.minChildren <= h.maxChildren,
          {
            error: 'household.minChildren must be lower than or equal to household.maxChildren',
          },
        ),
      ),
  ),
  /** Housing status is one of these. */
  housingStatus: z.optional(d(nonEmpty(z.enum(HOUSING_STATUSES)), 'Le logement est d’un de ces types.')),
  /** The household receives (or is found eligible to) at least one of these national rights. */
  receivingAnyOf: z.optional(
    nonEmpty(
      z.string().check(
        z.regex(/^[a-z_]+$/, { error: 'expected a right id such as "rsa"' }),
        // A misspelt id would silently never match: name it, with the ids that exist.
        z.refine((id) => (RIGHT_IDS as readonly string[]).includes(id), {
          error: (i) =>
            `unknown right id ${JSON.stringify(i.input)}: expected one of ${RIGHT_IDS.join(', ')}`,
        }),
      ),
    ),
  ),
  /** A member has a disability rate set by the MDPH of at least this value. */
  disabilityRateAtLeast: z.optional(
    d(
      z.number().check(z.minimum(1), z.maximum(100)),
      'Une personne du foyer a au moins ce taux d’incapacité (MDPH).',
    ),
  ),
});

export const localAidSchema = z
  .strictObject({
    id: d(slug, 'Identifiant de l’aide : minuscules, chiffres et tirets (ex. « aide-rentree »).'),
    label: d(text(3, 120), 'Nom de l’aide, tel que les habitants le connaissent.'),
    description: d(text(10, 600), 'Une ou deux phrases simples : à quoi sert l’aide.'),
    theme: z.enum(THEMES, {
      error: (i) => `expected one of ${THEMES.join(' | ')}, got ${JSON.stringify(i.input)}`,
    }),
    /** What is paid; null when the aid is a service or its amount varies. */
    amount: z._default(
      z.nullable(
        z.strictObject({
          value: euros,
          per: z.enum(['once', 'month', 'year']),
          /** True when `value` is a ceiling ("jusqu'à"). */
          upTo: z.optional(z.boolean()),
        }),
      ),
      null,
    ),
    conditions: z._default(localAidConditionsSchema, {}),
    validFrom: z.optional(d(isoDate, 'Date de début (AAAA-MM-JJ) : l’aide n’est pas proposée avant.')),
    validUntil: z.optional(d(isoDate, 'Date de fin (AAAA-MM-JJ) : l’aide n’est plus proposée après.')),
    procedure: z.optional(z.strictObject({ text: text(3, 600), url: z.optional(url) })),
    papers: z.optional(d(z.array(text(2, 200)), 'Papiers à préparer, un par ligne.')),
    contact: z.strictObject({
      name: text(2, 160),
      phone: z.optional(
        z
          .string()
          .check(z.regex(/^[+0-9 .()-]{6,20}$/, { error: 'expected a phone number such as 01 23 45 67 89' })),
      ),
      email: z.optional(z.email({ error: 'expected an e-mail address' })),
      address: z.optional(text(3, 300)),
      hours: z.optional(text(2, 300)),
      url: z.optional(url),
    }),
    /** Public text that creates the aid (deliberation of the CCAS board, web page). */
    source: z.optional(d(url, 'Lien vers la délibération ou la page qui crée l’aide.')),
  })
  .check(
    z.refine((a) => !a.validFrom || !a.validUntil || a.validFrom <= a.validUntil, {
      error: 'validFrom must be before or equal to validUntil',
      path: ['validUntil'],
    }),
  );

const fileShape = {
  $schema: z.optional(z.string()),
  /** Format version of this file. */
  format: d(z.literal(1, { error: 'expected format: 1' }), 'Version du format : 1.'),
  /** Short name of the publisher, used in the ids of its aids: local:<source>:<id>. */
  source: d(slug, 'Nom court de l’éditeur, repris dans les identifiants : local:<source>:<id>.'),
  /** Who publishes the aids (shown to people). */
  publisher: d(text(2, 160), 'Qui publie ces aides (ex. « CCAS de Belleville-sur-Marne »).'),
  updatedOn: z.optional(d(isoDate, 'Date de la dernière mise à jour du fichier (AAAA-MM-JJ).')),
  aids: z.array(z.unknown(), { error: 'expected a list of aids' }),
};

export const localAidsFileSchema = z.strictObject(fileShape);

export type LocalAid = z.output<typeof localAidSchema>;
export type LocalAidInput = z.input<typeof localAidSchema>;
export type LocalAidConditions = z.output<typeof localAidConditionsSchema>;

/** A validated file: the aids kept, each with its publisher. */
export interface LocalAidsFile {
  source: string;
  publisher: string;
  updatedOn?: string;
  aids: LocalAid[];
}

/** JSON Schema (draft 2020-12) of a local aids file, for editors and outside validators. */
export function localAidsJsonSchema(): Record<string, unknown> {
  const file = z.strictObject({ ...fileShape, aids: z.array(localAidSchema) });
  return z.toJSONSchema(file, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
