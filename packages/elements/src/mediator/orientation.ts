// The orientation names a partner from the host's own data (the partner finder's index): for the help
// needed and the right, the nearest places of the right kind around the host's commune. Only the host's
// files are requested, and which ones depends on the host's commune, never on an answer.
import {
  CommunesClient,
  type FetchJson,
  formatPhone,
  isManifest,
  type NeedFilter,
  type PartnerType,
  type Place,
} from '@passerelle/partners/browser';
import { needFilter, readShard, searchPlaces, shardsFor } from '@passerelle/partners/search';
import type { HelpNeeded, PartnerRef } from './model.js';

/** What to look for: a digital mediator, social support, or the body that pays the right. */
export function orientationFilter(help: HelpNeeded, right: string): NeedFilter | null {
  switch (help) {
    case 'mediateur-numerique':
      return needFilter({ need: 'numerique' });
    case 'accompagnement-social':
      return needFilter({ contacts: ['ccas', 'departement'] });
    case 'autre-organisme':
      return needFilter({ right });
    default:
      return null;
  }
}

export interface OrientationSource {
  /** URL of the partner index manifest (the questionnaire's `partners-src`). */
  partnersSrc: string;
  /** URL of the communes manifest; by default the one the index names, next to it. */
  communesSrc?: string;
  /** INSEE code of the host's commune: the centre of the search. */
  commune: string;
  fetchJson?: FetchJson;
}

const RADIUS_KM = 20;
const HELPERS = new Set<PartnerType>([
  'ccas',
  'france-services',
  'conseiller-numerique',
  'mediation-numerique',
  'association',
]);

async function defaultFetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`erreur ${res.status}`);
  return res.json();
}

interface Loaded {
  places: Place[];
  origin: { lat: number; lon: number; commune: { code: string; departement: string; epci?: string } };
}
const loaded = new Map<string, Promise<Loaded>>();

function load(src: OrientationSource): Promise<Loaded> {
  const key = `${src.partnersSrc} ${src.communesSrc ?? ''} ${src.commune}`;
  let p = loaded.get(key);
  if (!p) {
    const fetchJson = src.fetchJson ?? defaultFetchJson;
    const base = globalThis.location?.href ?? 'http://localhost/';
    const manifestUrl = new URL(src.partnersSrc, base);
    p = (async () => {
      const manifest = await fetchJson(manifestUrl.toString());
      if (!isManifest(manifest))
        throw new Error(`${src.partnersSrc} n’est pas une liste de lieux Passerelle`);
      const communesUrl = new URL(
        src.communesSrc ?? manifest.communes ?? 'communes/manifest.json',
        manifestUrl,
      );
      const commune = await new CommunesClient(communesUrl.toString(), fetchJson).byCode(src.commune);
      if (commune?.lat === undefined || commune.lon === undefined)
        throw new Error(`la commune ${src.commune} est introuvable dans la liste des communes`);
      const shards = shardsFor(manifest, commune.lat, commune.lon, RADIUS_KM, commune.departement);
      const places = (
        await Promise.all(
          shards.map(
            async (s) => readShard(await fetchJson(new URL(s.file, manifestUrl).toString()), s.file).places,
          ),
        )
      ).flat();
      return {
        places,
        origin: {
          lat: commune.lat,
          lon: commune.lon,
          commune: {
            code: commune.code,
            departement: commune.departement,
            ...(commune.epci ? { epci: commune.epci } : {}),
          },
        },
      };
    })();
    p.catch(() => loaded.delete(key));
    loaded.set(key, p);
  }
  return p;
}

function toRef(p: Place): PartnerRef {
  const a = p.adresse;
  const address = [a?.ligne, [a?.codePostal, a?.commune].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const contact = [p.telephone ? formatPhone(p.telephone) : '', address].filter(Boolean).join(' · ');
  return {
    id: p.id,
    name: p.structure && p.structure !== p.nom ? `${p.nom} (${p.structure})` : p.nom,
    ...(contact ? { contact } : {}),
  };
}

/** Up to `limit` partners for this help and right, nearest first (remote services after). */
export async function suggestPartners(
  src: OrientationSource,
  help: HelpNeeded,
  right: string,
  limit = 6,
): Promise<PartnerRef[]> {
  const need = orientationFilter(help, right);
  if (!need) return [];
  const { places, origin } = await load(src);
  const result = searchPlaces(places, { origin, radiusKm: RADIUS_KM, need });
  // "Autre organisme" is the body that pays: the social and digital helpers have their own choices.
  const hits = [...result.onSite, ...result.remote].filter(
    (h) => help !== 'autre-organisme' || !HELPERS.has(h.groupType),
  );
  return hits.slice(0, limit).map((h) => toRef(h.place));
}
