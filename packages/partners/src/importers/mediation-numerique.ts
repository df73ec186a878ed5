import type { PartnerType, Place } from '../model.js';
import { toPartnerTypes, typeFromName } from '../partner-types.js';
import { fold } from '../text.js';
import { clean, formatPhone, padCode, splitMulti, toIsoDate, toUrl, validSiret } from '../cells.js';
import {
  finish,
  hoursFields,
  type ImportContext,
  type RawRecord,
  readCoordinates,
  readUrl,
} from './common.js';

const EN_LIGNE = 'numerique--acceder-a-des-services-en-ligne';
const DEMARCHES = 'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives';

/** Services of the LaMednum schema (current and 2021 names) → data·inclusion thématiques. */
function thematiques(services: string[]): string[] {
  const out = new Set<string>(['numerique']);
  for (const s of services.map(fold)) {
    if (s.includes('demarches')) {
      out.add(EN_LIGNE);
      out.add(DEMARCHES);
    }
    if (s.includes('insertion professionnelle'))
      out.add('numerique--favoriser-mon-insertion-professionnelle');
    if (s.includes('outils numeriques') || s.includes('prendre en main') || s.includes('ordinateur'))
      out.add('numerique--maitriser-les-fondamentaux-du-numerique');
    if (s.includes('sante')) out.add('sante--acces-aux-soins');
    if (s.includes('parentalite')) out.add('famille--soutien-a-la-parentalite');
  }
  return [...out];
}

function types(r: Record<string, unknown>, nom: string | undefined): PartnerType[] {
  const labels = [
    ...splitMulti(r.dispositif_programmes_nationaux),
    ...splitMulti(r.labels_nationaux),
    ...splitMulti(r.typologie),
  ];
  const mapped = toPartnerTypes(labels);
  const byName = typeFromName(nom ?? '');
  if (byName && !mapped.includes(byName)) mapped.push(byName);
  return mapped.length ? mapped : ['mediation-numerique'];
}

function frais(v: unknown): { frais?: 'gratuit' | 'payant'; fraisPrecisions?: string } {
  const vals = splitMulti(v).map(fold);
  if (vals.some((x) => x.startsWith('gratuit sous condition')))
    return { frais: 'gratuit', fraisPrecisions: 'Gratuit sous condition' };
  if (vals.some((x) => x.startsWith('gratuit'))) return { frais: 'gratuit' };
  if (vals.some((x) => x.startsWith('payant'))) return { frais: 'payant' };
  return {};
}

/** Lieux de médiation numérique (LaMednum schema, and the 2021 legacy fields), JSON or CSV rows. */
export function importMediationNumerique(records: RawRecord[], ctx: ImportContext, fileKey: string): Place[] {
  const places: Place[] = [];
  for (const { data: r, where } of records) {
    const id = clean(r.id);
    const nom = clean(r.nom);
    const { lat, lon } = readCoordinates(r.latitude, r.longitude, ctx, where, id);
    const services = splitMulti(r.services);
    const accomp = splitMulti(r.modalites_accompagnement).map(fold);
    const remoteOnly = accomp.length > 0 && accomp.every((a) => a.includes('a distance'));
    const modes = remoteOnly
      ? ['a-distance']
      : accomp.some((a) => a.includes('a distance'))
        ? ['en-presentiel', 'a-distance']
        : undefined;
    const rawDate = clean(r.date_maj);
    const dateMaj = toIsoDate(rawDate);
    if (rawDate && !dateMaj)
      ctx.issues.push({
        file: ctx.file,
        where,
        level: 'warning',
        reason: `date de mise à jour factice ou illisible (« ${rawDate} ») : ignorée`,
        ...(id ? { id } : {}),
      });
    const courriels = splitMulti(r.courriels ?? r.courriel);
    const place = finish(
      {
        id: `lmn:${fileKey}:${id ?? where}`,
        source: `mediation-numerique:${clean(r.source) ?? fileKey}`,
        nom,
        structure: clean(r.structure_parente),
        types: types(r, nom),
        thematiques: thematiques(services),
        description:
          clean(r.presentation_detail) ??
          clean(r.presentation_resume) ??
          (services.length ? `Services : ${services.join(', ')}.` : undefined),
        adresse: {
          ligne: clean(r.adresse),
          complement: clean(r.complement_adresse),
          codePostal: padCode(r.code_postal),
          commune: clean(r.commune),
          codeInsee: padCode(r.code_insee),
        },
        ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
        ...hoursFields(r.horaires, ctx, where, id),
        telephone: formatPhone(r.telephone),
        courriel: courriels[0],
        siteWeb: readUrl(splitMulti(r.site_web)[0], 'site web', ctx, where, id),
        lienRdv: readUrl(r.prise_rdv, 'lien de rendez-vous', ctx, where, id),
        accessibiliteUrl: toUrl(r.fiche_acces_libre ?? r.accessibilite),
        modesAccueil: modes,
        ...frais(r.frais_a_charge ?? r.conditions_acces),
        siret: validSiret(r.pivot),
        dateMaj,
      },
      ctx,
      where,
    );
    if (place) {
      if (place.adresse && Object.values(place.adresse).every((v) => v === undefined)) delete place.adresse;
      places.push(place);
    }
  }
  return places;
}
