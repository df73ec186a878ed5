import type { Place } from '../model.js';
import {
  type DilaPlage,
  type DilaV3Horaire,
  dilaPlagesToOsm,
  dilaV3HorairesToOsm,
} from '../opening-hours.js';
import { toPartnerType, typeFromName } from '../partner-types.js';
import { clean, formatPhone, padCode, toNumber, toUrl } from '../cells.js';
import {
  finish,
  hoursFields,
  type ImportContext,
  maybeJson,
  provenance,
  type RawRecord,
  readCoordinates,
  readUrl,
} from './common.js';

const arr = (v: unknown): Record<string, unknown>[] => {
  const j = maybeJson(v);
  if (Array.isArray(j)) return j.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object');
  if (j && typeof j === 'object') return [j as Record<string, unknown>];
  return [];
};

const strings = (v: unknown): string[] => {
  const j = maybeJson(v);
  if (Array.isArray(j))
    return j
      .map((x) => (typeof x === 'object' && x ? String((x as { valeur?: unknown }).valeur ?? '') : String(x)))
      .map((s) => s.trim())
      .filter(Boolean);
  const s = clean(j);
  return s ? [s] : [];
};

const communeName = (v: unknown): string | undefined => clean(v)?.replace(/\s+cedex(\s+\d+)?$/i, '');

function emailOrUrl(values: string[]): { courriel?: string; siteContact?: string } {
  for (const v of values) {
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) && !/x{3,}@y{3,}/.test(v)) return { courriel: v };
    if (/^https?:\/\//.test(v)) return { siteContact: v };
  }
  return {};
}

function typesFor(pivot: string | undefined, nom: string | undefined) {
  const t = pivot ? toPartnerType(pivot) : undefined;
  return [t ?? typeFromName(nom ?? '') ?? 'autre'];
}

/** Annuaire de l'administration, API v2.1 records (nested fields as JSON strings) and the bulk dump. */
export function importDilaAnnuaire(records: RawRecord[], ctx: ImportContext): Place[] {
  const places: Place[] = [];
  for (const { data: r, where } of records) {
    const id = clean(r.id);
    const nom = clean(r.nom);
    const pivots = arr(r.pivot);
    const pivotType = clean(pivots[0]?.type_service_local);
    const zone = pivots.flatMap((p) => {
      const c = maybeJson(p.code_insee_commune);
      return (Array.isArray(c) ? c : [c]).map((x) => padCode(x)).filter((x): x is string => !!x);
    });
    const addresses = arr(r.adresse);
    const addr =
      addresses.find((a) => toNumber(a.latitude) !== undefined) ??
      addresses.find((a) => clean(a.type_adresse) === 'Adresse') ??
      addresses[0];
    const { lat, lon } = readCoordinates(addr?.latitude, addr?.longitude, ctx, where, id);
    const plages = arr(r.plage_ouverture) as DilaPlage[];
    const osm = plages.length ? dilaPlagesToOsm(plages) : null;
    const hours = osm
      ? hoursFields(osm, ctx, where, id)
      : plages.length || clean(r.commentaire_plage_ouverture)
        ? { horairesTexte: clean(r.commentaire_plage_ouverture) ?? JSON.stringify(plages) }
        : {};
    const phones = arr(r.telephone)
      .map((t) => clean(t.valeur))
      .filter((x): x is string => !!x);
    const mails = strings(r.adresse_courriel);
    const contact = emailOrUrl(mails);
    if (mails.length && !contact.courriel)
      ctx.issues.push({
        file: ctx.file,
        where,
        level: 'warning',
        reason: `adresse e-mail inutilisable (« ${mails[0]} ») : ignorée`,
        ...(id ? { id } : {}),
      });
    const sites = strings(r.site_internet);
    const access = [
      clean(addr?.accessibilite)
        ? `Code d'accessibilité de l'annuaire : ${clean(addr?.accessibilite)}`
        : undefined,
      clean(addr?.note_accessibilite),
    ]
      .filter(Boolean)
      .join('. ');
    const place = finish(
      {
        id: `dila:${id ?? `${ctx.file}#${where}`}`,
        source: 'dila',
        nom,
        types: typesFor(pivotType, nom),
        description: clean(r.mission) ?? clean(r.information_complementaire),
        adresse: addr
          ? {
              ligne:
                [clean(addr.numero_voie), clean(addr.complement1)].filter(Boolean).join(', ') || undefined,
              complement: clean(addr.complement2) ?? clean(addr.service_distribution),
              codePostal: padCode(addr.code_postal),
              commune: communeName(addr.nom_commune),
              codeInsee: padCode(zone.length === 1 ? zone[0] : r.code_insee_commune),
            }
          : undefined,
        ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
        ...hours,
        telephone: formatPhone(phones[0]),
        courriel: contact.courriel,
        siteWeb: sites[0] ? readUrl(sites[0], 'site web', ctx, where, id) : toUrl(contact.siteContact),
        accessibiliteNote: access || undefined,
        zoneEligibilite: zone.length ? zone : undefined,
        ...provenance(r.siret, r.date_modification, r.url_service_public),
      },
      ctx,
      where,
    );
    if (place) places.push(place);
  }
  return places;
}

/** etablissements-publics.api.gouv.fr v3 GeoJSON features. */
export function importDilaV3(records: RawRecord[], ctx: ImportContext): Place[] {
  const places: Place[] = [];
  for (const { data: f, where } of records) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const id = clean(p.id);
    const nom = clean(p.nom);
    const adresses = arr(p.adresses);
    const addr =
      adresses.find((a) => clean(a.type) === 'physique') ??
      adresses.find((a) => clean(a.type) === 'géopostale') ??
      adresses.find((a) => Array.isArray(a.coordonnees)) ??
      adresses[0];
    const geom = f.geometry as { coordinates?: unknown[] } | undefined;
    const coords = (Array.isArray(addr?.coordonnees) ? addr?.coordonnees : geom?.coordinates) as
      | unknown[]
      | undefined;
    const { lat, lon } = readCoordinates(coords?.[1], coords?.[0], ctx, where, id);
    const osm =
      Array.isArray(p.horaires) && p.horaires.length
        ? dilaV3HorairesToOsm(p.horaires as DilaV3Horaire[])
        : null;
    const contact = emailOrUrl(strings(p.email));
    if (clean(p.email) && !contact.courriel)
      ctx.issues.push({
        file: ctx.file,
        where,
        level: 'warning',
        reason: `champ email contenant une adresse web (« ${clean(p.email)} ») : utilisée comme site`,
        ...(id ? { id } : {}),
      });
    const zonage = (p.zonage as { communes?: string[] } | undefined)?.communes ?? [];
    const zone = zonage.map((c) => /^(\d{5}|2[AB]\d{3})/.exec(c)?.[1]).filter((x): x is string => !!x);
    const rawLines = addr?.lignes;
    const lignes = Array.isArray(rawLines) ? rawLines.map((l) => clean(l)).filter(Boolean) : [];
    const place = finish(
      {
        id: `dila:${id ?? `${ctx.file}#${where}`}`,
        source: 'dila',
        nom,
        types: typesFor(clean(p.pivotLocal), nom),
        adresse: addr
          ? {
              ligne: lignes[0],
              complement: lignes.slice(1).join(', ') || undefined,
              codePostal: padCode(addr.codePostal),
              commune: communeName(addr.commune),
              codeInsee: padCode(p.codeInsee),
            }
          : undefined,
        ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
        ...(osm ? hoursFields(osm, ctx, where, id) : {}),
        telephone: formatPhone(p.telephone),
        courriel: contact.courriel,
        siteWeb: p.url ? readUrl(p.url, 'site web', ctx, where, id) : toUrl(contact.siteContact),
        zoneEligibilite: zone.length ? zone : undefined,
      },
      ctx,
      where,
    );
    if (place) places.push(place);
  }
  return places;
}
