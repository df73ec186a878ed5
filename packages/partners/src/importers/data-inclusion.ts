import type { Place } from '../model.js';
import { toPartnerTypes, typeFromName } from '../partner-types.js';
import { clean, toIsoDate, toUrl } from '../cells.js';
import type { ImportContext, RawRecord } from './common.js';
import { fallbackTypes, finish, hoursFields, multi, placeFields, provenance, readUrl } from './common.js';

/** v0 top-level thématiques that changed name in v1 (schema CHANGELOG 1.0.1); others are kept. */
const V0_THEMATIQUES: Record<string, string> = {
  'acces-aux-droits-et-citoyennete':
    'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits',
  handicap: 'sante--constituer-un-dossier-mdph-invalidite',
  'gestion-financiere': 'difficultes-financieres',
  illettrisme: 'lecture-ecriture-calcul',
  'creation-activite': 'creer-une-entreprise',
  'apprendre-francais': 'lecture-ecriture-calcul',
};

/** v0 → v1 field names (schema CHANGELOG 1.0.1). */
function upgradeV0(r: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...r };
  const porteurs = [...multi(r.reseaux_porteurs), ...multi(r.typologie), ...multi(r.labels_nationaux)];
  if (porteurs.length) out.reseaux_porteurs = porteurs;
  if (r.profils !== undefined && r.publics === undefined) out.publics = r.profils;
  if (!r.horaires_accueil) out.horaires_accueil = r.horaires_ouverture ?? r.recurrence;
  if (!r.accessibilite_lieu && r.accessibilite) out.accessibilite_lieu = r.accessibilite;
  if (!r.description) out.description = r.presentation_detail ?? r.presentation_resume;
  if (!r.site_web && r.page_web) out.site_web = r.page_web;
  if (!r.zone_eligibilite && r.zone_diffusion_code) {
    const type = clean(r.zone_diffusion_type);
    out.zone_eligibilite = type === 'pays' ? ['france'] : multi(r.zone_diffusion_code);
  }
  if (r.thematiques)
    out.thematiques = multi(r.thematiques).map((t) =>
      Object.hasOwn(V0_THEMATIQUES, t) ? (V0_THEMATIQUES[t] as string) : t,
    );
  if (r.modes_accueil === undefined && r.prise_rdv) out.lien_mobilisation = r.prise_rdv;
  return out;
}

const isV0 = (r: Record<string, unknown>): boolean =>
  [
    'typologie',
    'profils',
    'labels_nationaux',
    'zone_diffusion_code',
    'horaires_ouverture',
    'recurrence',
    'presentation_resume',
    'types',
  ].some((k) => k in r);

const isService = (r: Record<string, unknown>): boolean => 'structure_id' in r;

function frais(v: unknown): 'gratuit' | 'payant' | undefined {
  const vals = multi(v).map((x) => x.toLowerCase());
  if (vals.some((x) => x.startsWith('gratuit'))) return 'gratuit';
  if (vals.includes('payant')) return 'payant';
  return undefined;
}

/**
 * data·inclusion structures and services, v1 natively and v0 through the CHANGELOG mapping. One place
 * per service (with its structure's address, contact and hours when the service has none); structures
 * without any service become places themselves.
 */
export function importDataInclusion(records: RawRecord[], ctx: ImportContext): Place[] {
  const structures = new Map<string, { r: Record<string, unknown>; where: string }>();
  const services: { r: Record<string, unknown>; where: string }[] = [];
  let sawV0 = false;
  for (const rec of records) {
    let r = rec.data;
    if (isV0(r)) {
      sawV0 = true;
      r = upgradeV0(r);
    }
    if (isService(r)) services.push({ r, where: rec.where });
    else {
      const id = clean(r.id);
      if (!id) {
        ctx.issues.push({
          file: ctx.file,
          where: rec.where,
          level: 'error',
          reason: 'structure sans identifiant « id »',
        });
        continue;
      }
      structures.set(id, { r, where: rec.where });
    }
  }
  if (sawV0)
    ctx.issues.push({
      file: ctx.file,
      where: 'fichier',
      level: 'warning',
      reason:
        'schéma data·inclusion v0 : champs convertis vers la v1 (typologie → reseaux_porteurs, profils → publics…)',
    });
  const places: Place[] = [];
  const used = new Set<string>();
  const reported = new Set<string>();
  const silent: ImportContext = { file: ctx.file, issues: [] };
  for (const { r, where } of services) {
    const sid = clean(r.structure_id) ?? '';
    const s = structures.get(sid)?.r;
    if (s) used.add(sid);
    const id = clean(r.id);
    const source = clean(r.source) ?? clean(s?.source) ?? 'data-inclusion';
    if (!s && !(r.adresse || r.latitude || multi(r.modes_accueil).includes('a-distance'))) {
      ctx.issues.push({
        file: ctx.file,
        where,
        level: 'error',
        reason: `service sans structure (« ${sid || '?'} » absente du fichier) et sans adresse ni accueil à distance : impossible de le situer`,
        ...(id ? { id } : {}),
      });
      continue;
    }
    const own = placeFields(r, ctx, where, id);
    // A structure's problems are reported once, not once per service.
    const parentWhere = structures.get(sid)?.where ?? where;
    const parent = s ? placeFields(s, reported.has(sid) ? silent : ctx, parentWhere, sid) : undefined;
    if (s) reported.add(sid);
    const nom = clean(r.nom);
    const structureNom = clean(s?.nom);
    const types = fallbackTypes(
      toPartnerTypes(multi(s?.reseaux_porteurs ?? r.reseaux_porteurs)),
      typeFromName(`${structureNom ?? ''} ${nom ?? ''}`),
      'association',
    );
    const modes = multi(r.modes_accueil).filter((m) => m === 'a-distance' || m === 'en-presentiel');
    const hours = hoursFields(r.horaires_accueil ?? s?.horaires_accueil, ctx, where, id);
    const place = finish(
      {
        id: `di:${id ?? `${ctx.file}#${where}`}`,
        source: `data-inclusion:${source}`,
        nom:
          nom && structureNom && !nom.includes(structureNom)
            ? `${nom} – ${structureNom}`
            : (nom ?? structureNom),
        structure: structureNom,
        types,
        thematiques: multi(r.thematiques ?? s?.thematiques),
        description: clean(r.description) ?? clean(s?.description),
        adresse: own.adresse ?? parent?.adresse,
        ...(own.lat !== undefined
          ? { lat: own.lat, lon: own.lon }
          : parent?.lat !== undefined
            ? { lat: parent.lat, lon: parent.lon }
            : {}),
        ...hours,
        telephone: own.telephone ?? parent?.telephone,
        courriel: own.courriel ?? parent?.courriel,
        siteWeb: own.siteWeb ?? parent?.siteWeb,
        lienRdv: readUrl(r.lien_mobilisation, 'lien de rendez-vous', ctx, where, id),
        accessibiliteUrl: toUrl(r.accessibilite_lieu ?? s?.accessibilite_lieu),
        modesAccueil: modes.length ? modes : undefined,
        publics: multi(r.publics),
        frais: frais(r.frais),
        fraisPrecisions: clean(r.frais_precisions ?? r.frais_autres),
        zoneEligibilite: multi(r.zone_eligibilite).length ? multi(r.zone_eligibilite) : undefined,
        ...provenance(
          s?.siret ?? r.siret,
          toIsoDate(r.date_maj) ?? s?.date_maj,
          r.lien_source ?? s?.lien_source,
        ),
      },
      ctx,
      where,
    );
    if (place) places.push(place);
  }
  for (const [sid, { r, where }] of structures) {
    if (used.has(sid)) continue;
    const base = reported.has(sid) ? placeFields(r, silent, where, sid) : placeFields(r, ctx, where, sid);
    const nom = clean(r.nom);
    const place = finish(
      {
        id: `di:${sid}`,
        source: `data-inclusion:${clean(r.source) ?? 'inconnue'}`,
        nom,
        types: fallbackTypes(
          toPartnerTypes(multi(r.reseaux_porteurs)),
          typeFromName(nom ?? ''),
          'association',
        ),
        thematiques: multi(r.thematiques),
        description: clean(r.description),
        ...base,
        ...hoursFields(r.horaires_accueil, ctx, where, sid),
        accessibiliteUrl: toUrl(r.accessibilite_lieu),
        ...provenance(r.siret, r.date_maj, r.lien_source),
      },
      ctx,
      where,
    );
    if (place) places.push(place);
  }
  return places;
}
