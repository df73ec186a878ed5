import { z } from 'zod';

import { type Address, type ImportIssue, MODES_ACCUEIL, PARTNER_TYPES, type Place } from './place.js';

// Types and constants live in place.ts (no zod, safe for pages); re-exported for existing importers.
export * from './place.js';

const trimmed = z.string().trim();
const optText = trimmed.min(1).optional();

export const AddressSchema = z.object({
  ligne: optText,
  complement: optText,
  codePostal: z
    .string()
    .regex(/^\d{5}$/, 'code postal à 5 chiffres attendu')
    .optional(),
  commune: optText,
  /** INSEE code of the commune (5 characters, Corsica 2A/2B). */
  codeInsee: z
    .string()
    .regex(/^(\d{5}|2[AB]\d{3})$/, 'code INSEE à 5 caractères attendu')
    .optional(),
});

/** One place where a person can get help: the unit the finder lists. */
export const PlaceSchema = z
  .object({
    id: trimmed.min(1),
    /** Producer of the record: "dila", "data-inclusion:dora", "local:ccas-vitry", … */
    source: trimmed.min(1),
    nom: trimmed.min(2, 'nom trop court').max(300),
    /** Organisation running the place when it differs from the place name. */
    structure: optText,
    types: z.array(z.enum(PARTNER_TYPES)).min(1),
    /** data·inclusion v1 thématiques (`categorie--sous-thematique` or a category). */
    thematiques: z.array(trimmed.min(1)).default([]),
    description: z.string().trim().max(10_000).optional(),
    adresse: AddressSchema.optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    /** The position is the commune's centre, not the building. */
    positionApprochee: z.boolean().optional(),
    /** OSM opening_hours (converted when the source had another format). */
    horaires: optText,
    /** Hours the importer could not convert, shown as written. */
    horairesTexte: optText,
    telephone: optText,
    courriel: z.string().trim().email('adresse e-mail invalide').optional(),
    siteWeb: z.string().trim().url('adresse web invalide').optional(),
    lienRdv: z.string().trim().url('adresse web invalide').optional(),
    accessibiliteUrl: z.string().trim().url().optional(),
    accessibiliteNote: optText,
    modesAccueil: z.array(z.enum(MODES_ACCUEIL)).default(['en-presentiel']),
    /** data·inclusion v1 publics; empty means not said. */
    publics: z.array(trimmed.min(1)).default([]),
    frais: z.enum(['gratuit', 'payant']).optional(),
    fraisPrecisions: optText,
    /** INSEE codes (commune 5, département 2-3, EPCI SIREN 9) or "france"; absent = no restriction. */
    zoneEligibilite: z.array(trimmed.min(1)).optional(),
    siret: z
      .string()
      .regex(/^\d{14}$/, 'SIRET à 14 chiffres attendu')
      .optional(),
    /** Date of the last update, YYYY-MM-DD. */
    dateMaj: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ attendue')
      .optional(),
    lienSource: z.string().trim().url().optional(),
    /** true when the record is sample data (shown as such on screen). */
    exemple: z.boolean().optional(),
  })
  .refine((p) => (p.lat === undefined) === (p.lon === undefined), {
    message: 'latitude et longitude vont ensemble',
    path: ['lat'],
  });
// The hand-written types and the schema must describe the same records: a mismatch fails typecheck.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameAddress: Same<Address, z.infer<typeof AddressSchema>> = true;
const _samePlace: Same<Place, z.infer<typeof PlaceSchema>> = true;
void _sameAddress;
void _samePlace;
export type PlaceInput = z.input<typeof PlaceSchema>;

/** Turns zod issues into one French sentence naming each field. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      // zod's own messages are English: say it in French for the common cases.
      const msg =
        i.code === 'invalid_type' && /undefined/.test(i.message)
          ? 'champ obligatoire manquant'
          : i.code === 'invalid_type'
            ? `type inattendu (${i.expected} attendu)`
            : i.code === 'invalid_value'
              ? 'valeur non reconnue'
              : i.message;
      return `${i.path.join('.') || 'enregistrement'} : ${msg}`;
    })
    .join(' ; ');
}

/** Validates a candidate; fields that fail alone are dropped with a warning when the rest is good. */
export function validatePlace(
  candidate: Record<string, unknown>,
  file: string,
  where: string,
  issues: ImportIssue[],
): Place | null {
  const first = PlaceSchema.safeParse(candidate);
  if (first.success) return first.data;
  // Optional fields with bad values (a URL in an e-mail field…) are dropped, not fatal.
  const droppable = new Set([
    'courriel',
    'siteWeb',
    'lienRdv',
    'accessibiliteUrl',
    'lienSource',
    'siret',
    'telephone',
    'dateMaj',
    'lat',
    'lon',
    'adresse',
    'description',
  ]);
  const copy: Record<string, unknown> = { ...candidate };
  const dropped: string[] = [];
  for (const issue of first.error.issues) {
    const key = String(issue.path[0] ?? '');
    if (droppable.has(key) && key in copy) {
      if (key === 'adresse' && issue.path.length > 1 && copy.adresse && typeof copy.adresse === 'object') {
        const addr = { ...(copy.adresse as Record<string, unknown>) };
        delete addr[String(issue.path[1])];
        copy.adresse = addr;
      } else delete copy[key];
      if (key === 'lat' || key === 'lon') {
        delete copy.lat;
        delete copy.lon;
      }
      dropped.push(`${issue.path.join('.')} (${issue.message}${valueHint(candidate, issue.path)})`);
    }
  }
  const second = PlaceSchema.safeParse(copy);
  const id = typeof candidate.id === 'string' ? candidate.id : undefined;
  if (second.success) {
    if (dropped.length)
      issues.push({
        file,
        where,
        level: 'warning',
        reason: `champ ignoré : ${dropped.join(', ')}`,
        ...(id ? { id } : {}),
      });
    return second.data;
  }
  issues.push({ file, where, level: 'error', reason: describeZodError(second.error), ...(id ? { id } : {}) });
  return null;
}

function valueHint(obj: Record<string, unknown>, path: PropertyKey[]): string {
  let v: unknown = obj;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  if (typeof v === 'string' || typeof v === 'number') return ` : « ${String(v).slice(0, 60)} »`;
  return '';
}
