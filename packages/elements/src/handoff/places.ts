// "Où aller" on the fiche: the nearest places of the host's partner data for a right's need, with address,
// hours and "open now" where the hours can be read. Only the host's files are requested.
import {
  type Commune,
  formatPhone,
  type IndexManifest,
  isManifest,
  type Place,
  type WeekRow,
} from '@passerelle/partners/browser';
import {
  needFilter,
  parseOpeningHours,
  placeStatus,
  readShard,
  searchPlaces,
  shardsFor,
  weekTable,
} from '@passerelle/partners/search';
import { fetchHostFile } from '../data/prefetch.js';
import { defineMessages } from '../i18n/messages.js';
import { dayText } from '../partner-finder/hours.js';
import type { HoursTable } from '../partner-finder/messages.js';
import type { FichePlace } from './fiche.js';
import { needOf } from './help.js';

const RADIUS_KM = 20;

async function json(url: string): Promise<unknown> {
  // The embed loader may have requested the index already (see data/prefetch.ts).
  const res = await fetchHostFile(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return res.json();
}

/** Places of the host's index (`manifest.json` URL) near a commune; [] when the index cannot be read. */
export async function loadPlacesNear(src: string, commune: Commune): Promise<Place[]> {
  if (commune.lat === undefined || commune.lon === undefined) return [];
  try {
    const base = new URL(src, globalThis.location?.href);
    const manifest = await json(base.href);
    if (!isManifest(manifest)) return [];
    const shards = shardsFor(
      manifest as IndexManifest,
      commune.lat,
      commune.lon,
      RADIUS_KM,
      commune.departement,
    );
    const lists = await Promise.all(
      shards.map(async (s) => readShard(await json(new URL(s.file, base).href), s.file).places),
    );
    return lists.flat();
  } catch (e) {
    console.warn('[passerelle-questionnaire] lieux d’aide non chargés pour la fiche :', (e as Error).message);
    return [];
  }
}

function address(p: Place): string | undefined {
  const a = p.adresse;
  if (!a) return undefined;
  const line = [a.ligne, a.complement, [a.codePostal, a.commune].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return line || undefined;
}

/**
 * The nearest on-site places that serve a right, for the fiche: places of the right's contact types or of
 * its need's types; places matched only by a broad theme (a CAF for "accès aux droits") only when no place
 * of those types is near, since the person would be sent to a desk that cannot take the claim.
 */
export function placesFor(
  places: readonly Place[],
  right: { id: string; contacts: readonly string[] },
  commune: Commune,
  now = new Date(),
  max = 3,
  // French as @passerelle/partners words it; the bilan screen passes the widget's language.
  dayLine: (row: WeekRow) => string = (d) => `${d.day} : ${d.text}`,
): FichePlace[] {
  if (!places.length || commune.lat === undefined || commune.lon === undefined) return [];
  const need = needFilter({ need: needOf(right.id), contacts: [...right.contacts] });
  const result = searchPlaces(places, {
    origin: { lat: commune.lat, lon: commune.lon, commune },
    radiusKm: RADIUS_KM,
    need,
    now,
  });
  const serving = new Set<string>(need?.types ?? []);
  const typed = result.onSite.filter((h) => h.place.types.some((t) => serving.has(t)));
  return (typed.length ? typed : result.onSite).slice(0, max).map(({ place: p }) => {
    const out: FichePlace = { name: p.nom };
    const where = address(p);
    if (where) out.address = where;
    const phone = formatPhone(p.telephone);
    if (phone) out.phone = phone;
    const week = p.horaires ? weekTable(parseOpeningHours(p.horaires), now) : null;
    if (week) out.hours = week.map(dayLine).join(' ; ');
    else if (p.horairesTexte) Object.assign(out, { hours: p.horairesTexte, hoursAsWritten: true });
    // The search computes statuses only when a filter asks for them: for the few places shown, here.
    const status = placeStatus(p, now);
    if (status && status.open !== null) out.openNow = status.open;
    if (p.siteWeb) out.url = p.siteWeb;
    return out;
  });
}

/**
 * A week-table line in `locale`, worded from the partner finder's table of that language (the same words
 * as the finder's detail view); French needs nothing loaded.
 */
export async function dayLineIn(locale: string): Promise<((row: WeekRow) => string) | undefined> {
  if (locale === 'fr') return undefined;
  await hoursMessages.load(locale);
  const t = hoursMessages.bind(locale);
  return (row) => dayText(row, t, locale);
}

const hoursMessages = defineMessages<HoursTable>({
  fr: {} as HoursTable,
  en: () => import('../partner-finder/messages.en.js'),
  ar: () => import('../partner-finder/messages.ar.js'),
  pt: () => import('../partner-finder/messages.pt.js'),
  tr: () => import('../partner-finder/messages.tr.js'),
  uk: () => import('../partner-finder/messages.uk.js'),
});
