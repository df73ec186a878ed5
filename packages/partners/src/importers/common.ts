import type { ImportIssue, Place, PartnerType } from '../model.js';
import { validatePlace } from '../model.js';
import { normaliseMediationHours, parseOpeningHours } from '../opening-hours.js';
import { clean, formatPhone, padCode, toIsoDate, toNumber, toUrl, validSiret } from '../cells.js';

/** What every importer receives: records already parsed from JSON or CSV, with their position. */
export interface RawRecord {
  data: Record<string, unknown>;
  /** "ligne 12" for CSV, "index 3" for JSON. */
  where: string;
}

export interface ImportContext {
  file: string;
  issues: ImportIssue[];
  /** Marks every record as sample data. */
  exemple?: boolean;
}

/** Reads an OSM value; keeps it when readable, otherwise keeps the text for display and reports it. */
export function hoursFields(
  value: unknown,
  ctx: ImportContext,
  where: string,
  id?: string,
): { horaires?: string; horairesTexte?: string } {
  const s = clean(value);
  if (!s) return {};
  const normalised = normaliseMediationHours(s);
  const parsed = parseOpeningHours(normalised);
  if (parsed.ok) return { horaires: parsed.value };
  ctx.issues.push({
    file: ctx.file,
    where,
    level: 'warning',
    reason: `horaires illisibles (${parsed.error}) : gardés tels quels, « ${s.slice(0, 80)} »`,
    ...(id ? { id } : {}),
  });
  return { horairesTexte: s };
}

export function finish(candidate: Record<string, unknown>, ctx: ImportContext, where: string): Place | null {
  for (const k of Object.keys(candidate)) if (candidate[k] === undefined) delete candidate[k];
  if (ctx.exemple) candidate.exemple = true;
  return validatePlace(candidate, ctx.file, where, ctx.issues);
}

/** The address columns the local format and data·inclusion name alike; none when no line, town or postcode. */
export function plainAddress(r: Record<string, unknown>): Place['adresse'] {
  const codePostal = padCode(r.code_postal);
  if (!(r.adresse || r.commune || codePostal)) return undefined;
  const adresse = {
    ligne: clean(r.adresse),
    complement: clean(r.complement_adresse),
    codePostal,
    commune: clean(r.commune),
    codeInsee: padCode(r.code_insee),
  };
  for (const k of Object.keys(adresse) as (keyof typeof adresse)[])
    if (adresse[k] === undefined) delete adresse[k];
  return adresse;
}

/** Address, coordinates, phone, e-mail and website under the column names data·inclusion and the local format share. */
export function placeFields(r: Record<string, unknown>, ctx: ImportContext, where: string, id?: string) {
  const { lat, lon } = readCoordinates(r.latitude, r.longitude, ctx, where, id);
  return {
    adresse: plainAddress(r),
    ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
    telephone: formatPhone(r.telephone),
    courriel: clean(r.courriel),
    siteWeb: readUrl(r.site_web, 'site web', ctx, where, id),
  };
}

/** The last fields of every place: who runs it, when its source last changed it, where to read it. */
export function provenance(
  siret: unknown,
  dateMaj: unknown,
  lienSource: unknown,
): Pick<Place, 'siret' | 'dateMaj' | 'lienSource'> {
  return { siret: validSiret(siret), dateMaj: toIsoDate(dateMaj), lienSource: toUrl(lienSource) };
}

export function fallbackTypes(
  types: PartnerType[],
  guess: PartnerType | undefined,
  dflt: PartnerType,
): PartnerType[] {
  if (types.length) return types;
  return [guess ?? dflt];
}

/** Parses values that are JSON strings in some exports ("[{...}]"), leaves others. */
export function maybeJson(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim();
  if (!(s.startsWith('[') || s.startsWith('{'))) return v;
  try {
    return JSON.parse(s);
  } catch {
    return v;
  }
}

/** Multi-value cell: JSON array, Postgres array "{a,b}", or a `|`/`;`/`,` separated list. */
export function multi(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => String(x).trim()).filter(Boolean);
  const s = clean(v);
  if (!s) return [];
  if (s.startsWith('[')) {
    const j = maybeJson(s);
    if (Array.isArray(j)) return multi(j);
  }
  const body = s.startsWith('{') && s.endsWith('}') ? s.slice(1, -1) : s;
  return body
    .split(/[|;,]/)
    .map((x) => x.trim().replace(/^"|"$/g, ''))
    .filter(Boolean);
}

function warn(ctx: ImportContext, where: string, id: string | undefined, reason: string): void {
  ctx.issues.push({ file: ctx.file, where, level: 'warning', reason, ...(id ? { id } : {}) });
}

/** A web address: kept when readable, otherwise reported with its record (never dropped silently). */
export function readUrl(
  value: unknown,
  label: string,
  ctx: ImportContext,
  where: string,
  id?: string,
): string | undefined {
  const url = toUrl(value);
  const raw = clean(value);
  if (url === undefined && raw)
    warn(
      ctx,
      where,
      id,
      `${label} illisible, ignoré : « ${raw.slice(0, 80)} » (adresse en https://… attendue)`,
    );
  return url;
}

/** Latitude and longitude: both readable and in range, or none, with a warning naming the record. */
export function readCoordinates(
  latValue: unknown,
  lonValue: unknown,
  ctx: ImportContext,
  where: string,
  id?: string,
): { lat?: number; lon?: number } {
  const given = clean(latValue) !== undefined || clean(lonValue) !== undefined;
  if (!given) return {};
  const lat = toNumber(latValue);
  const lon = toNumber(lonValue);
  if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180)
    return { lat, lon };
  warn(
    ctx,
    where,
    id,
    `coordonnées illisibles, ignorées : latitude « ${String(clean(latValue) ?? '').slice(0, 30)} », longitude « ${String(clean(lonValue) ?? '').slice(0, 30)} » (nombres attendus, par exemple 48.79 et 2.45)`,
  );
  return {};
}
