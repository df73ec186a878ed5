import { type Commune, departementOf } from './communes.js';
import type { PartnerType, Place } from './place.js';
import type { NeedFilter } from './needs.js';
// The opening-hours modules themselves, not their index (which also holds the importers' converters).
import { timeZoneForPostcode, type WallClock, wallClock } from './opening-hours/calendar.js';
import { type ParsedOpeningHours, parseOpeningHours } from './opening-hours/parse.js';
import { type OpeningStatus, openingStatus } from './opening-hours/status.js';
import { PARTNER_TYPE_LABELS } from './partner-types.js';
import { byName, INDEX_THRESHOLD, indexedCandidates, isRemote, matchesNeed } from './search-index.js';

export { matchesNeed, searchIndex } from './search-index.js';

export const DEFAULT_RADIUS_KM = 20;
export const MAX_RADIUS_KM = 50;

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** "moins de 1 km", "2,4 km", "12 km" (French decimal comma, without Intl: it runs for every hit). */
export function formatDistance(km: number): string {
  if (km < 1) return 'moins de 1 km';
  if (km < 10) {
    const tenths = Math.round(km * 10);
    return tenths % 10 === 0 ? `${tenths / 10} km` : `${Math.floor(tenths / 10)},${tenths % 10} km`;
  }
  return `${Math.round(km)} km`;
}

export const clampRadius = (km: number | undefined): number => {
  if (km === undefined || !Number.isFinite(km) || km <= 0) return DEFAULT_RADIUS_KM;
  return Math.min(MAX_RADIUS_KM, Math.max(1, km));
};

export interface SearchOrigin {
  lat: number;
  lon: number;
  /** The commune searched, when known: drives zone_eligibilite. */
  commune?: Pick<Commune, 'code' | 'departement' | 'epci'>;
}

export interface SearchFilters {
  ouvertMaintenant?: boolean;
  ouvertAujourdhui?: boolean;
  gratuit?: boolean;
  /** 'sur-place' hides remote-only services, 'a-distance' shows only them. */
  mode?: 'tous' | 'sur-place' | 'a-distance';
  /** data·inclusion public (jeunes, seniors…); "tous-publics" services always stay. */
  public?: string;
}

export interface SearchQuery {
  origin: SearchOrigin;
  radiusKm?: number;
  need?: NeedFilter | null;
  filters?: SearchFilters;
  now?: Date;
}

export interface SearchHit {
  place: Place;
  distanceKm?: number;
  distanceText?: string;
  status: OpeningStatus | null;
  /** The type it is grouped under. */
  groupType: PartnerType;
  /** Last update older than two years. */
  stale: boolean;
}

export interface SearchGroup {
  type: PartnerType;
  label: string;
  hits: SearchHit[];
}

export interface SearchResult {
  /** On-site places by distance. */
  onSite: SearchHit[];
  /** Remote services (phone, online), apart, by name. */
  remote: SearchHit[];
  /** On-site hits grouped by partner type, nearest group first. */
  groups: SearchGroup[];
  total: number;
  radiusKm: number;
}

const parsedCache = new WeakMap<Place, ParsedOpeningHours | null>();
function parsedHours(p: Place): ParsedOpeningHours | null {
  let v = parsedCache.get(p);
  if (v === undefined) {
    v = p.horaires ? parseOpeningHours(p.horaires) : null;
    parsedCache.set(p, v);
  }
  return v;
}

/** Per-search caches: wall clock per time zone, status per distinct hours value. */
export interface StatusCache {
  clocks: Map<string, WallClock>;
  statuses: Map<string, OpeningStatus>;
}

/** Status of a place; `cache` shares work between the places of one search. */
export function placeStatus(p: Place, now: Date, cache?: StatusCache): OpeningStatus | null {
  if (!p.horaires) return null;
  const key = cache ? `${p.adresse?.codePostal?.slice(0, 3) ?? ''}|${p.horaires}` : '';
  const hit = cache?.statuses.get(key);
  if (hit) return hit;
  const status = computeStatus(p, now, cache?.clocks);
  if (cache && status) cache.statuses.set(key, status);
  return status;
}

function computeStatus(p: Place, now: Date, clocks?: Map<string, WallClock>): OpeningStatus | null {
  const parsed = parsedHours(p);
  if (!parsed) return null;
  const dep = p.adresse?.codeInsee ? departementOf(p.adresse.codeInsee) : p.adresse?.codePostal?.slice(0, 2);
  const timeZone = timeZoneForPostcode(p.adresse?.codePostal);
  let clock = clocks?.get(timeZone);
  if (!clock) {
    clock = wallClock(now, timeZone);
    clocks?.set(timeZone, clock);
  }
  return openingStatus(parsed, now, {
    timeZone,
    clock,
    ...(dep ? { departement: dep } : {}),
  });
}

function staleLimit(now: Date): string {
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() - 2);
  return limit.toISOString().slice(0, 10);
}

/** True when the record's date is more than two years before `now`. */
export function isStale(p: Place, now: Date): boolean {
  return !!p.dateMaj && p.dateMaj < staleLimit(now);
}

const PLM: Record<string, RegExp> = { '75056': /^751\d\d$/, '69123': /^6938\d$/, '13055': /^132\d\d$/ };

/** Is the searched commune inside the service's zone_eligibilite? Unknown → not hidden. */
export function inZone(p: Place, commune: SearchOrigin['commune']): boolean {
  const zone = p.zoneEligibilite;
  if (!zone || zone.length === 0) return true;
  if (!commune) return true;
  for (const z of zone) {
    const v = z.toLowerCase();
    if (v === 'france') return true;
    if (/^99\d{3}$/.test(v)) continue; // another country
    if (v.length === 5 && v.toUpperCase() === commune.code) return true;
    if (v.length <= 3 && v.toUpperCase() === commune.departement) return true;
    if (v.length === 9 && commune.epci && v === commune.epci) return true;
    // Paris, Lyon, Marseille: the whole city covers its arrondissements, and the reverse.
    if (v.length === 5 && (PLM[commune.code]?.test(v) || PLM[v]?.test(commune.code))) return true;
  }
  return false;
}

// Shards drop default values (see compactPlace): no mode listed means on site.
const isOnSite = (p: Place): boolean => p.modesAccueil?.includes('en-presentiel') ?? true;

function groupTypeFor(p: Place, need: NeedFilter | null | undefined): PartnerType {
  if (need?.types.length) {
    for (const t of need.types) if (p.types.includes(t)) return t;
  }
  return p.types[0] ?? 'autre';
}

/** Lists of hits, each in the order of `rank`, merged into one list in that order. */
function mergeByRank(lists: SearchHit[][], rank: Map<Place, number>): SearchHit[] {
  const [first = [], ...others] = lists.filter((l) => l.length > 0);
  let merged = first;
  for (const list of others) {
    const out: SearchHit[] = [];
    let i = 0;
    let j = 0;
    while (i < merged.length && j < list.length) {
      const a = merged[i] as SearchHit;
      const b = list[j] as SearchHit;
      if ((rank.get(a.place) as number) <= (rank.get(b.place) as number)) {
        out.push(a);
        i++;
      } else {
        out.push(b);
        j++;
      }
    }
    merged = out.concat(merged.slice(i), list.slice(j));
  }
  return merged;
}

/**
 * The finder's search: places in the radius (default 20 km, at most 50), in their eligibility zone,
 * matching the need and the filters. On-site ones by distance; remote ones apart, by name. A big list
 * (a national index) is read through an index by need, grid cell and zone (./search-index.ts).
 */
export function searchPlaces(places: Iterable<Place>, q: SearchQuery): SearchResult {
  const radiusKm = clampRadius(q.radiusKm);
  const now = q.now ?? new Date();
  const f = q.filters ?? {};
  const mode = f.mode ?? 'tous';
  const onSite: SearchHit[] = [];
  const remote: SearchHit[] = [];
  const staleBefore = staleLimit(now);
  const cache: StatusCache = { clocks: new Map(), statuses: new Map() };
  const wantsStatus = f.ouvertMaintenant || f.ouvertAujourdhui;
  // Cheap bounding box before the haversine.
  const dLat = radiusKm / 111;
  const dLon = radiusKm / (111 * Math.max(0.1, Math.cos((q.origin.lat * Math.PI) / 180)));
  const need = q.need;
  /** The hit for a place, or undefined; on-site hits go straight to their list, remote ones are returned. */
  const visit = (
    p: Place,
    remoteCapable: boolean,
    needMet: boolean,
    zoneMet: boolean,
  ): SearchHit | undefined => {
    // Position first: it is the cheapest test and rules out most places of a big index.
    const inBox =
      p.lat !== undefined &&
      p.lon !== undefined &&
      Math.abs(p.lat - q.origin.lat) <= dLat &&
      Math.abs(p.lon - q.origin.lon) <= dLon;
    if (!inBox && !remoteCapable) return;
    if (f.gratuit && p.frais !== 'gratuit') return;
    if (!needMet && !matchesNeed(p, need)) return;
    if (!zoneMet && !inZone(p, q.origin.commune)) return;
    const publics = p.publics;
    if (f.public && publics?.length && !publics.includes('tous-publics') && !publics.includes(f.public))
      return;
    const distance = inBox
      ? distanceKm(q.origin.lat, q.origin.lon, p.lat as number, p.lon as number)
      : undefined;
    const near = distance !== undefined && distance <= radiusKm && isOnSite(p);
    if (!near && !remoteCapable) return;
    if (mode === 'sur-place' && !near) return;
    if (mode === 'a-distance' && !remoteCapable) return;
    const status = wantsStatus ? placeStatus(p, now, cache) : null;
    if (f.ouvertMaintenant && status?.open !== true) return;
    if (f.ouvertAujourdhui && status?.openToday !== true) return;
    const hit: SearchHit = {
      place: p,
      status,
      groupType: groupTypeFor(p, need),
      stale: !!p.dateMaj && p.dateMaj < staleBefore,
    };
    if (near) {
      hit.distanceKm = distance;
      hit.distanceText = formatDistance(distance);
    }
    if (near && mode !== 'a-distance') onSite.push(hit);
    else return hit;
  };
  if (Array.isArray(places) && places.length >= INDEX_THRESHOLD) {
    // What the index guarantees is not checked again on thousands of places; its remote lists are in the
    // order by name already, so they are merged, not sorted.
    const c = indexedCandidates(places, q.origin, need, dLat, dLon);
    const lists = c.remote.map((list, i) => {
      const zoneMet = i === 0 && c.everywhereFirst;
      const out: SearchHit[] = [];
      for (const p of list) {
        const hit = visit(p, true, c.needMet, zoneMet);
        if (hit) out.push(hit);
      }
      return out;
    });
    for (const list of c.cells) for (const p of list) visit(p, false, c.needMet, false);
    remote.push(...mergeByRank(lists, c.rank));
  } else {
    for (const p of places) {
      const hit = visit(p, isRemote(p), false, false);
      if (hit) remote.push(hit);
    }
    remote.sort((a, b) => byName(a.place, b.place));
  }
  onSite.sort((a, b) => (a.distanceKm as number) - (b.distanceKm as number) || byName(a.place, b.place));
  const groups = new Map<PartnerType, SearchHit[]>();
  for (const h of onSite) {
    const list = groups.get(h.groupType);
    if (list) list.push(h);
    else groups.set(h.groupType, [h]);
  }
  return {
    onSite,
    remote,
    groups: [...groups].map(([type, hits]) => ({ type, label: PARTNER_TYPE_LABELS[type].many, hits })),
    total: onSite.length + remote.length,
    radiusKm,
  };
}

/** A route-planner link that sends nothing but the destination (OpenStreetMap directions). */
export function routeUrl(p: Place): string | undefined {
  if (p.lat !== undefined && p.lon !== undefined)
    return `https://www.openstreetmap.org/directions?route=%3B${p.lat.toFixed(5)}%2C${p.lon.toFixed(5)}#map=16/${p.lat.toFixed(5)}/${p.lon.toFixed(5)}`;
  const a = p.adresse;
  if (!a?.ligne) return undefined;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent([a.ligne, a.codePostal, a.commune].filter(Boolean).join(' '))}`;
}

/** "le 3 mars 2024" from YYYY-MM-DD. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y as number, (m as number) - 1, d as number)).toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
