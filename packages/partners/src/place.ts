// The place model without zod: types, constants and a small structural check for the browser.
// The zod schema (model.ts) validates what importers produce in Node; the widget only reads index
// files written by our own CLI, so checking their shape here is enough and keeps zod out of pages.

// The kit's partner types are one vocabulary with the rules' `contacts` (@passerelle/rules/vocabulary);
// aliases (data·inclusion, DILA pivots, v0 typologies) are mapped in partner-types.ts.
export { isPartnerType, PARTNER_TYPES, type PartnerType } from '@passerelle/rules/vocabulary';
import { PARTNER_TYPES, type PartnerType } from '@passerelle/rules/vocabulary';

export const MODES_ACCUEIL = ['en-presentiel', 'a-distance'] as const;
export type ModeAccueil = (typeof MODES_ACCUEIL)[number];

export interface Address {
  ligne?: string | undefined;
  complement?: string | undefined;
  codePostal?: string | undefined;
  commune?: string | undefined;
  /** INSEE code of the commune (5 characters, Corsica 2A/2B). */
  codeInsee?: string | undefined;
}

/** One place where a person can get help: the unit the finder lists. */
export interface Place {
  id: string;
  /** Producer of the record: "dila", "data-inclusion:dora", "local:ccas-vitry", … */
  source: string;
  nom: string;
  /** Organisation running the place when it differs from the place name. */
  structure?: string | undefined;
  types: PartnerType[];
  /** data·inclusion v1 thématiques (`categorie--sous-thematique` or a category). */
  thematiques: string[];
  description?: string | undefined;
  adresse?: Address | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
  /** The position is the commune's centre, not the building. */
  positionApprochee?: boolean | undefined;
  /** OSM opening_hours (converted when the source had another format). */
  horaires?: string | undefined;
  /** Hours the importer could not convert, shown as written. */
  horairesTexte?: string | undefined;
  telephone?: string | undefined;
  courriel?: string | undefined;
  siteWeb?: string | undefined;
  lienRdv?: string | undefined;
  accessibiliteUrl?: string | undefined;
  accessibiliteNote?: string | undefined;
  modesAccueil: ModeAccueil[];
  /** data·inclusion v1 publics; empty means not said. */
  publics: string[];
  frais?: 'gratuit' | 'payant' | undefined;
  fraisPrecisions?: string | undefined;
  /** INSEE codes (commune 5, département 2-3, EPCI SIREN 9) or "france"; absent = no restriction. */
  zoneEligibilite?: string[] | undefined;
  siret?: string | undefined;
  /** Date of the last update, YYYY-MM-DD. */
  dateMaj?: string | undefined;
  lienSource?: string | undefined;
  /** true when the record is sample data (shown as such on screen). */
  exemple?: boolean | undefined;
}

/** A record an importer could not keep, with where it was and why. */
export interface ImportIssue {
  file: string;
  /** 1-based line for CSV, 0-based index for JSON arrays, or a JSON path. */
  where: string;
  reason: string;
  /** 'error' drops the record; 'warning' keeps it. */
  level: 'error' | 'warning';
  id?: string;
}

export interface ImportResult {
  places: Place[];
  issues: ImportIssue[];
  format: string;
}

// --- Structural check of index records (browser path) ---------------------------------------------

type Rule = (v: unknown) => unknown;
/** Thrown by a rule: the French reason, without the field name. */
class Bad {
  constructor(readonly reason: string) {}
}
const fail = (reason: string): never => {
  throw new Bad(reason);
};

const str =
  (min = 1, max = 10_000, re?: RegExp, hint = 'texte attendu'): Rule =>
  (v) => {
    if (typeof v !== 'string') return fail('texte attendu');
    const t = v.trim();
    if (t.length < min) return fail(min > 1 ? 'texte trop court' : 'texte vide');
    if (t.length > max) return fail('texte trop long');
    if (re && !re.test(t)) return fail(hint);
    return t;
  };
const text = str();
/** Only web links: a `javascript:` URL in an index must never become a link on a host's page. */
const url = str(1, 2_000, /^https?:\/\/[^\s/?#]+\S*$/i, 'adresse web (https://…) attendue');
const num =
  (max: number): Rule =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= max
      ? v
      : fail(`nombre entre -${max} et ${max} attendu`);
const bool: Rule = (v) => (typeof v === 'boolean' ? v : fail('vrai ou faux attendu'));
const oneOf =
  (values: readonly string[]): Rule =>
  (v) =>
    typeof v === 'string' && values.includes(v)
      ? v
      : fail(`valeur non reconnue « ${String(v).slice(0, 40)} »`);
const list =
  (item: Rule, min = 0): Rule =>
  (v) => {
    if (!Array.isArray(v)) return fail('liste attendue');
    if (v.length < min) return fail('liste vide');
    return v.map((x, i) => {
      try {
        return item(x);
      } catch (e) {
        return fail(`élément ${i} : ${e instanceof Bad ? e.reason : 'invalide'}`);
      }
    });
  };
const object =
  (shape: Record<string, Rule>, required: string[] = []) =>
  (v: unknown, path: string, errors: string[]): Record<string, unknown> | undefined => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      errors.push(`${path || 'enregistrement'} : objet attendu`);
      return undefined;
    }
    const raw = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    // Unknown keys are dropped, as the zod schema does.
    for (const [key, rule] of Object.entries(shape)) {
      const value = raw[key];
      const at = path ? `${path}.${key}` : key;
      if (value === undefined || value === null) {
        if (required.includes(key)) errors.push(`${at} : champ obligatoire manquant`);
        continue;
      }
      try {
        out[key] = rule(value);
      } catch (e) {
        if (!(e instanceof Bad)) throw e;
        errors.push(`${at} : ${e.reason}`);
      }
    }
    return out;
  };

const address = object({
  ligne: text,
  complement: text,
  codePostal: str(5, 5, /^\d{5}$/, 'code postal à 5 chiffres attendu'),
  commune: text,
  codeInsee: str(5, 5, /^(\d{5}|2[AB]\d{3})$/, 'code INSEE à 5 caractères attendu'),
});

const place = object(
  {
    id: text,
    source: text,
    nom: str(2, 300),
    structure: text,
    types: list(oneOf(PARTNER_TYPES), 1),
    thematiques: list(text),
    description: text,
    adresse: (v) => {
      const errors: string[] = [];
      const a = address(v, '', errors);
      return errors.length ? fail(errors.join(', ')) : a;
    },
    lat: num(90),
    lon: num(180),
    positionApprochee: bool,
    horaires: text,
    horairesTexte: text,
    telephone: text,
    courriel: str(3, 320, /^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'adresse e-mail invalide'),
    siteWeb: url,
    lienRdv: url,
    accessibiliteUrl: url,
    accessibiliteNote: text,
    modesAccueil: list(oneOf(MODES_ACCUEIL)),
    publics: list(text),
    frais: oneOf(['gratuit', 'payant']),
    fraisPrecisions: text,
    zoneEligibilite: list(text),
    siret: str(14, 14, /^\d{14}$/, 'SIRET à 14 chiffres attendu'),
    dateMaj: str(10, 10, /^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ attendue'),
    lienSource: url,
    exemple: bool,
  },
  ['id', 'source', 'nom', 'types'],
);

/**
 * Checks the shape of one place record read from an index file (no zod: this runs in pages).
 * Restores the defaults the CLI leaves out of shards; returns the French reasons when it is unusable.
 */
export function checkPlace(raw: unknown): { place: Place } | { reason: string } {
  const errors: string[] = [];
  const out = place(raw, '', errors);
  const r = raw as { lat?: unknown; lon?: unknown } | null;
  if (out && (r?.lat == null) !== (r?.lon == null)) errors.push('lat : latitude et longitude vont ensemble');
  if (!out || errors.length) return { reason: errors.join(' ; ') };
  out.thematiques ??= [];
  out.publics ??= [];
  out.modesAccueil ??= ['en-presentiel'];
  return { place: out as unknown as Place };
}
