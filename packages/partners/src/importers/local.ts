import type { PartnerType, Place } from '../model.js';
import { NEEDS, needById } from '../needs.js';
import { toPartnerTypes, typeFromName } from '../partner-types.js';
import { fold } from '../text.js';
import { clean, padCode, toUrl } from '../cells.js';
import type { ImportContext, RawRecord } from './common.js';
import { finish, hoursFields, multi, placeFields, provenance, readUrl } from './common.js';

/**
 * The kit's minimal local format, for a CCAS typing its partners by hand (documented in
 * docs/partenaires.md). Field names are plain French; only `nom` and `type` are required.
 */
export const LOCAL_FIELDS = [
  'id',
  'nom',
  'type',
  'adresse',
  'complement_adresse',
  'code_postal',
  'commune',
  'code_insee',
  'latitude',
  'longitude',
  'telephone',
  'courriel',
  'site_web',
  'rendez_vous',
  'horaires',
  'besoins',
  'description',
  'accessibilite',
  'a_distance',
  'gratuit',
  'publics',
  'communes_servies',
  'siret',
  'date_maj',
  'source_url',
] as const;

const yes = (v: unknown): boolean | undefined => {
  if (typeof v === 'boolean') return v;
  const s = clean(v)?.toLowerCase();
  if (!s) return undefined;
  if (['oui', 'yes', 'true', 'vrai', '1', 'x'].includes(s)) return true;
  if (['non', 'no', 'false', 'faux', '0'].includes(s)) return false;
  return undefined;
};

const idBaseOf = (r: Record<string, unknown>, nom: string | undefined, where: string): string =>
  clean(r.id) ?? (fold(nom ?? '').replace(/ /g, '-') || where.replace(/\W+/g, '-'));

export function importLocal(records: RawRecord[], ctx: ImportContext, source: string): Place[] {
  const places: Place[] = [];
  for (const { data: r, where } of records) {
    const nom = clean(r.nom);
    const typeLabels = multi(r.type ?? r.types);
    const types: PartnerType[] = toPartnerTypes(typeLabels);
    const unknownTypes = typeLabels.filter((t) => toPartnerTypes([t]).length === 0);
    if (unknownTypes.length)
      ctx.issues.push({
        file: ctx.file,
        where,
        level: types.length ? 'warning' : 'warning',
        reason: `type inconnu « ${unknownTypes.join(', ')} » : types possibles : caf, cpam, ccas, mairie, france-services, mission-locale, france-travail, pmi, mdph, departement, conseiller-numerique, association…`,
      });
    if (!types.length) {
      const guess = nom ? typeFromName(nom) : undefined;
      types.push(guess ?? 'association');
    }
    const besoins = multi(r.besoins);
    const badNeeds = besoins.filter((b) => !needById(b));
    if (badNeeds.length)
      ctx.issues.push({
        file: ctx.file,
        where,
        level: 'warning',
        reason: `besoin inconnu « ${badNeeds.join(', ')} » : besoins possibles : ${NEEDS.map((n) => n.id).join(', ')}`,
      });
    const them = besoins.flatMap((b) => needById(b)?.thematiques ?? []);
    const idBase = idBaseOf(r, nom, where);
    const distance = yes(r.a_distance);
    const gratuit = yes(r.gratuit);
    const accessibilite = clean(r.accessibilite);
    const place = finish(
      {
        id: `local:${source}:${idBase}`,
        source: `local:${source}`,
        nom,
        types,
        thematiques: [...new Set(them)],
        description: clean(r.description),
        ...placeFields(r, ctx, where, idBase),
        ...hoursFields(r.horaires, ctx, where, idBase),
        lienRdv: readUrl(r.rendez_vous, 'lien de rendez-vous', ctx, where, idBase),
        ...(accessibilite && toUrl(accessibilite)
          ? { accessibiliteUrl: toUrl(accessibilite) }
          : accessibilite
            ? { accessibiliteNote: accessibilite }
            : {}),
        modesAccueil:
          distance === true ? (r.adresse ? ['en-presentiel', 'a-distance'] : ['a-distance']) : undefined,
        publics: multi(r.publics),
        frais: gratuit === true ? 'gratuit' : gratuit === false ? 'payant' : undefined,
        zoneEligibilite: multi(r.communes_servies).length
          ? multi(r.communes_servies).map((c) => padCode(c) ?? c)
          : undefined,
        ...provenance(r.siret, r.date_maj, r.source_url),
      },
      ctx,
      where,
    );
    if (place) places.push(place);
  }
  return places;
}
