import { type Commune, departementOf } from './communes.js';
import type { PartnerType, Place } from './place.js';
import type { NeedFilter } from './needs.js';
// The opening-hours modules themselves, not their index (which also holds the importers' converters).
import { timeZoneForPostcode, type WallClock, wallClock } from './opening-hours/calendar.js';
import { type ParsedOpeningHours, parseOpeningHours } from './opening-hours/parse.js';
import { type OpeningStatus, openingStatus } from './opening-hours/status.js';
import {
  byName,
  cityOf,
  groupTypeFor,
  INDEX_THRESHOLD,
  indexedCandidates,
  isOnSite,
  isRemote,
  matchesNeed,
  statusKey,
  typeOfCode,
} from './search-index.js';

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
  /** Hits built per list (each group, `onSite`, `remote`): the first `limit` (at least 1); all when absent. */
  limit?: number;
}

export interface SearchHit {
  place: Place;
  distanceKm?: number;
  status: OpeningStatus | null;
  /** The type it is grouped under. */
  groupType: PartnerType;
  /** Last update older than two years. */
  stale: boolean;
}

export interface SearchGroup {
  type: PartnerType;
  /** The group's first hits (all of them without `limit`). */
  hits: SearchHit[];
  /** How many places the group holds. */
  count: number;
}

/** A list of a result: an on-site group by its type, or the remote services. */
export type HitList = PartnerType | 'remote';

export interface SearchResult {
  /** On-site places by distance (the first `limit`). */
  onSite: SearchHit[];
  /** Remote services (phone, online), apart, by name (the first `limit`). */
  remote: SearchHit[];
  /** On-site hits grouped by partner type, nearest group first. */
  groups: SearchGroup[];
  /** Exact counts, whatever `limit` built. */
  onSiteCount: number;
  remoteCount: number;
  total: number;
  radiusKm: number;
  /** The hits of a list from position `from`, `count` of them (all by default), in the list's order. */
  more(list: HitList, from: number, count?: number): SearchHit[];
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

/** Per-search caches: wall clock per time zone, status per hours and postcode, and per what it depends on. */
export interface StatusCache {
  clocks: Map<string, WallClock>;
  statuses: Map<string, Map<string, OpeningStatus>>;
  /** By time zone, Alsace-Moselle or not (its holidays) and hours: all a status depends on, with the time. */
  contexts: Map<string, OpeningStatus>;
}

export const statusCache = (): StatusCache => ({
  clocks: new Map(),
  statuses: new Map(),
  contexts: new Map(),
});

/** Status of a place; `cache` shares work between the places of one search. */
export function placeStatus(p: Place, now: Date, cache?: StatusCache): OpeningStatus | null {
  const hours = p.horaires;
  if (!hours) return null;
  if (!cache) return computeStatus(p, now);
  // The place's own strings as keys: no string is made for the thousands of places of a search.
  const postcode = p.adresse?.codePostal ?? '';
  let byPostcode = cache.statuses.get(hours);
  if (!byPostcode) {
    byPostcode = new Map();
    cache.statuses.set(hours, byPostcode);
  }
  let status = byPostcode.get(postcode);
  if (!status) {
    status = computeStatus(p, now, cache) ?? undefined;
    if (status) byPostcode.set(postcode, status);
  }
  return status ?? null;
}

function computeStatus(p: Place, now: Date, cache?: StatusCache, key = statusKey(p)): OpeningStatus | null {
  const parsed = parsedHours(p);
  if (!parsed || key === null) return null;
  const known = cache?.contexts.get(key);
  if (known) return known;
  const dep = p.adresse?.codeInsee ? departementOf(p.adresse.codeInsee) : p.adresse?.codePostal?.slice(0, 2);
  const timeZone = timeZoneForPostcode(p.adresse?.codePostal);
  let clock = cache?.clocks.get(timeZone);
  if (!clock) {
    clock = wallClock(now, timeZone);
    cache?.clocks.set(timeZone, clock);
  }
  const status = openingStatus(parsed, now, {
    timeZone,
    clock,
    ...(dep ? { departement: dep } : {}),
  });
  cache?.contexts.set(key, status);
  return status;
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
    if (v.length === 5 && (cityOf(v) === commune.code || cityOf(commune.code) === v)) return true;
  }
  return false;
}

/** The on-site places of one group that passed, with their distances; hits are built only when shown. */
interface Near {
  places: Place[];
  km: number[];
  /** Every index in order, once `more` asked past the first ones. */
  order?: number[];
}

/** The order of on-site hits: distance, then name. */
const closer = (g: Near, i: number, j: number): number =>
  (g.km[i] as number) - (g.km[j] as number) || byName(g.places[i] as Place, g.places[j] as Place);

/**
 * The indices of the `k` first places of a group, in order: one pass keeping the best `k` so far, so most
 * places cost one comparison of distances (no sort of thousands, no object per place).
 */
function firstOf(g: Near, k: number): number[] {
  const n = g.places.length;
  if (k >= n) {
    g.order ??= Array.from({ length: n }, (_, i) => i).sort((i, j) => closer(g, i, j));
    return g.order;
  }
  const top: number[] = [];
  for (let i = 0; i < n; i++) {
    if (top.length === k) {
      if (closer(g, i, top[k - 1] as number) >= 0) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && closer(g, i, top[at - 1] as number) < 0) at--;
    top.splice(at, 0, i);
  }
  return top;
}

/** The first `n` places of two lists that are each in the order `cmp`, merged in that order. */
function mergeFirst(a: Place[], b: Place[], cmp: (a: Place, b: Place) => number, n: number): Place[] {
  const out: Place[] = [];
  for (let i = 0, j = 0; out.length < n && (i < a.length || j < b.length); ) {
    const x = a[i];
    const y = b[j];
    out.push((!y || (x && cmp(x, y) <= 0) ? a[i++] : b[j++]) as Place);
  }
  return out;
}

/**
 * The finder's search: places in the radius (default 20 km, at most 50), in their eligibility zone,
 * matching the need and the filters. On-site ones by distance, grouped by type; remote ones apart, by name.
 * With `limit`, only the first hits of each list are built (the counts stay exact) and `more` builds the
 * rest on demand. A big list (a national index) is read through an index by need, grid cell and zone
 * (./search-index.ts).
 */
export function searchPlaces(places: Iterable<Place>, q: SearchQuery): SearchResult {
  const radiusKm = clampRadius(q.radiusKm);
  const now = q.now ?? new Date();
  const f = q.filters ?? {};
  const mode = f.mode ?? 'tous';
  const limit =
    q.limit === undefined || Number.isNaN(q.limit)
      ? Number.POSITIVE_INFINITY
      : Math.max(1, Math.floor(q.limit));
  const staleBefore = staleLimit(now);
  const cache = statusCache();
  const wantsStatus = f.ouvertMaintenant || f.ouvertAujourdhui;
  const { lat, lon } = q.origin;
  // Cheap bounding box before the haversine.
  const dLat = radiusKm / 111;
  const dLon = radiusKm / (111 * Math.max(0.1, Math.cos((lat * Math.PI) / 180)));
  const need = q.need;
  const inBox = (p: Place): boolean =>
    p.lat !== undefined &&
    p.lon !== undefined &&
    Math.abs(p.lat - lat) <= dLat &&
    Math.abs(p.lon - lon) <= dLon;
  /** The distance of a place shown on site, or undefined. */
  const nearKm = (p: Place): number | undefined => {
    if (!inBox(p) || !isOnSite(p)) return;
    const d = distanceKm(lat, lon, p.lat as number, p.lon as number);
    return d <= radiusKm ? d : undefined;
  };
  const groups = new Map<PartnerType, Near>();
  // Most zones are one code (a département): its answer is the same for every place of the search.
  const zones = new Map<string, boolean>();
  const zoneOk = (p: Place, one?: string): boolean => {
    const zone = one === undefined ? p.zoneEligibilite : [one];
    if (zone?.length !== 1) return inZone(p, q.origin.commune);
    const z = zone[0] as string;
    let ok = zones.get(z);
    if (ok === undefined) {
      ok = inZone(p, q.origin.commune);
      zones.set(z, ok);
    }
    return ok;
  };
  /** The checks that do not depend on the position: only places in reach pay for them. */
  const passes = (p: Place, needMet: boolean, zoneMet: boolean, hours?: string | null): boolean => {
    if (f.gratuit && p.frais !== 'gratuit') return false;
    if (!needMet && !matchesNeed(p, need)) return false;
    if (!zoneMet && !zoneOk(p)) return false;
    const publics = f.public ? p.publics : undefined;
    if (publics?.length && !publics.includes('tous-publics') && !publics.includes(f.public as string))
      return false;
    if (!wantsStatus) return true;
    const status =
      hours === undefined
        ? placeStatus(p, now, cache)
        : hours
          ? (cache.contexts.get(hours) ?? computeStatus(p, now, cache, hours))
          : null;
    return (
      !(f.ouvertMaintenant && status?.open !== true) && !(f.ouvertAujourdhui && status?.openToday !== true)
    );
  };
  const add = (p: Place, km: number, type = groupTypeFor(p, need)): void => {
    const g = groups.get(type);
    if (g) {
      g.places.push(p);
      g.km.push(km);
    } else groups.set(type, { places: [p], km: [km] });
  };
  /** Does the place pass? On-site ones go to their group; remote ones are left to the caller. */
  const visit = (p: Place, remoteCapable: boolean, needMet: boolean, zoneMet: boolean): boolean => {
    // Position first: it is the cheapest test and rules out most places of a big list.
    if (!remoteCapable && !inBox(p)) return false;
    const km = nearKm(p);
    if (km === undefined && !remoteCapable) return false;
    if (mode === 'sur-place' && km === undefined) return false;
    if (mode === 'a-distance' && !remoteCapable) return false;
    if (!passes(p, needMet, zoneMet)) return false;
    if (km === undefined || mode === 'a-distance') return true;
    add(p, km);
    return false;
  };
  /** Remote services that passed, as lists each in the order by name. */
  const remoteLists: Place[][] = [];
  let remoteOrder: (a: Place, b: Place) => number = byName;
  if (Array.isArray(places) && places.length >= INDEX_THRESHOLD) {
    // What the index guarantees is not checked again on thousands of places; its remote lists are in the
    // order by name already, so they are merged, not sorted.
    const c = indexedCandidates(places, q.origin, need, dLat, dLon);
    c.remote.forEach((list, i) => {
      const zoneMet = i === 0 && q.origin.commune !== undefined;
      remoteLists.push(list.filter((p) => visit(p, true, c.needMet, zoneMet)));
    });
    // The grid holds located places on site only, none of which is listed "à distance".
    const { places: at, lat: ys, lon: xs, everywhere, zone, zones, hours, hoursKeys } = c.grid;
    const { spans, member, types } = c;
    if (mode !== 'a-distance')
      for (let s = 0; s < spans.length; s += 2)
        for (let i = spans[s] as number; i < (spans[s + 1] as number); i++) {
          if (member?.[i] === 0) continue;
          const y = ys[i] as number;
          const x = xs[i] as number;
          if (Math.abs(y - lat) > dLat || Math.abs(x - lon) > dLon) continue;
          const km = distanceKm(lat, lon, y, x);
          const p = at[i] as Place;
          const z = zone[i] as number;
          if (km > radiusKm || !(everywhere[i] === 1 || zoneOk(p, z < 0 ? undefined : zones[z]))) continue;
          const h = hours[i] as number;
          if (passes(p, c.needMet, true, h < 0 ? null : hoursKeys[h]))
            add(p, km, types ? typeOfCode(types[i] as number) : undefined);
        }
    remoteOrder = (a, b) => (c.rank.get(a) as number) - (c.rank.get(b) as number);
  } else {
    const list: Place[] = [];
    for (const p of places) if (visit(p, isRemote(p), false, false)) list.push(p);
    remoteLists.push(list.sort(byName));
  }
  const hit = (p: Place, km: number | undefined, groupType = groupTypeFor(p, need)): SearchHit => {
    const h: SearchHit = {
      place: p,
      status: wantsStatus ? placeStatus(p, now, cache) : null,
      groupType,
      stale: !!p.dateMaj && p.dateMaj < staleBefore,
    };
    if (km !== undefined) h.distanceKm = km;
    return h;
  };
  const groupHits = (type: PartnerType, g: Near, from: number, to: number): SearchHit[] =>
    firstOf(g, to)
      .slice(from, to)
      .map((i) => hit(g.places[i] as Place, g.km[i], type));
  const remoteHits = (from: number, to: number): SearchHit[] =>
    // A remote service shown on site too (mode "à distance") keeps its distance.
    mergeFirst(remoteLists[0] ?? [], remoteLists[1] ?? [], remoteOrder, to)
      .slice(from)
      .map((p) => hit(p, nearKm(p)));
  const shown = [...groups].map(([type, g]) => ({
    type,
    hits: groupHits(type, g, 0, limit),
    count: g.places.length,
  }));
  const first = (h: SearchHit | undefined) => h as SearchHit;
  const byDistance = (a: SearchHit, b: SearchHit) =>
    (a.distanceKm as number) - (b.distanceKm as number) || byName(a.place, b.place);
  // The first hits overall are among the first of each group.
  shown.sort((a, b) => byDistance(first(a.hits[0]), first(b.hits[0])));
  const onSite = shown.flatMap((g) => g.hits).sort(byDistance);
  if (onSite.length > limit) onSite.length = limit;
  const onSiteCount = shown.reduce((n, g) => n + g.count, 0);
  const remoteCount = remoteLists.reduce((n, l) => n + l.length, 0);
  return {
    onSite,
    remote: remoteHits(0, limit),
    groups: shown,
    onSiteCount,
    remoteCount,
    total: onSiteCount + remoteCount,
    radiusKm,
    more: (list, from, count = Number.POSITIVE_INFINITY) => {
      const to = from + count;
      if (list === 'remote') return remoteHits(from, to);
      const g = groups.get(list);
      return g ? groupHits(list, g, from, to) : [];
    },
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
