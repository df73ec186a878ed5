// An index built for the finder's query: places by need and by grid cell, remote services by eligibility
// zone, so a search over a national index reads only what can match instead of scanning every place.
// It only prunes: searchPlaces still checks every condition on what the index hands it.
import { cityOf } from '@passerelle/rules/vocabulary';
import { departementOf } from './communes.js';
import { NEEDS, type NeedFilter, needFilter, thematiqueMatches } from './needs.js';
import { PARTNER_TYPE_LABELS } from './partner-types.js';
import { ALSACE_MOSELLE, timeZoneForPostcode } from './opening-hours/calendar.js';
import { PARTNER_TYPES, type PartnerType, type Place } from './place.js';
import { fold } from './text.js';

export function matchesNeed(p: Place, need: NeedFilter | null | undefined): boolean {
  if (!need) return true;
  if (need.types.some((t) => p.types.includes(t))) return true;
  if (need.thematiques.some((w) => (p.thematiques ?? []).some((t) => thematiqueMatches(t, w)))) return true;
  if (need.text) {
    const hay = fold(
      `${p.nom} ${p.structure ?? ''} ${p.description ?? ''} ${p.types.map((t) => PARTNER_TYPE_LABELS[t].one).join(' ')}`,
    );
    const words = fold(need.text)
      .split(' ')
      .filter((w) => w.length > 1);
    return words.length > 0 && words.every((w) => hay.includes(w));
  }
  return false;
}

export interface IndexOrigin {
  lat: number;
  lon: number;
  commune?: { code: string; departement: string; epci?: string | undefined } | undefined;
}

/**
 * Places on site with a position, ordered by grid cell (rows of cells, each row by column): the places of
 * a row of cells in reach are one span, found by binary search. What the search tests sits in typed
 * arrays, so most places cost no read of their object.
 */
export interface Grid {
  places: Place[];
  lat: Float64Array;
  lon: Float64Array;
  /** The cell of each place, in ascending order. */
  cell: Int32Array;
  /** 1 when the place serves everyone (no zone, or France): its zone needs no check. */
  everywhere: Uint8Array;
  /** The place's zone when it is one code, as its position in `zones`, else -1. */
  zone: Int32Array;
  zones: string[];
  /** What the place's opening status depends on, as its position in `hoursKeys` (statusKey), -1 without hours. */
  hours: Int32Array;
  hoursKeys: string[];
  /** The type each place is grouped under with no need (see typeCode). */
  type: Uint8Array;
}

/** Remote services of a need (or of all), by zone; which places of the grid match the need. */
interface Bucket {
  /** The need of the bucket (null: every place). */
  need: NeedFilter | null;
  /** For each place of the grid: 0 when it does not match the need, else the code of its group type. */
  member?: Uint8Array;
  /** Remote services with no zone, or "france". */
  everywhere: Place[];
  /** Remote services by zone value (commune, département, EPCI code), Paris/Lyon/Marseille folded. */
  byZone: Map<string, Place[]>;
  /** Every remote service, for a search with no commune (no zone can be checked). */
  remote: Place[];
}

interface SearchIndex {
  grid: Grid;
  all: Bucket;
  /** One bucket per need of the NEEDS table, keyed like filterKey. */
  byNeed: Map<string, Bucket>;
  /** Each remote service's place in the order by name (the order of every list of remote services). */
  remoteRank: Map<Place, number>;
}

/** A type as a small number (1 + its place in PARTNER_TYPES), for typed arrays. */
const TYPE_CODES = new Map(PARTNER_TYPES.map((t, i) => [t, i + 1]));
export const typeOfCode = (code: number): PartnerType => PARTNER_TYPES[code - 1] as PartnerType;

export const collator = new Intl.Collator('fr');
/** Places by name (French order), then by id so the order never depends on the data's order. */
export const byName = (a: Place, b: Place): number =>
  collator.compare(a.nom, b.nom) || a.id.localeCompare(b.id);

// Degrees: a 20 km radius reads about 9 rows of 12 cells in mainland France, so few places outside the
// radius are read; a cell costs nothing, only places take room.
const CELL = 0.05;
// Below 2^31: 3,600 rows of 7,200 columns.
const cellKey = (a: number, b: number): number => a * 10_000 + b;
const row = (lat: number) => Math.floor((lat + 90) / CELL);
const col = (lon: number) => Math.floor((lon + 180) / CELL);

/** Below this size a plain scan is as fast as building an index. */
export const INDEX_THRESHOLD = 2000;

/** Shards drop the default mode (on site): no mode listed means on site only. */
export const isRemote = (p: Place): boolean => p.modesAccueil?.includes('a-distance') === true;
export const isOnSite = (p: Place): boolean => p.modesAccueil?.includes('en-presentiel') ?? true;

// Paris, Lyon and Marseille: the city code covers its arrondissements and the reverse (inZone reads it too).
export { cityOf };

const push = <K>(map: Map<K, Place[]>, key: K, p: Place) => {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
};

/** The type a hit is grouped under: the first of the need's types it has, else its own first. */
export function groupTypeFor(p: Place, need: NeedFilter | null | undefined): PartnerType {
  if (need?.types.length) {
    for (const t of need.types) if (p.types.includes(t)) return t;
  }
  return p.types[0] ?? 'autre';
}

/** What a place's opening status depends on, besides the time: time zone, Alsace-Moselle's holidays, hours. */
export function statusKey(p: Place): string | null {
  if (!p.horaires) return null;
  const a = p.adresse;
  const dep = a?.codeInsee ? departementOf(a.codeInsee) : a?.codePostal?.slice(0, 2);
  return `${timeZoneForPostcode(a?.codePostal)}|${dep !== undefined && ALSACE_MOSELLE.includes(dep)}|${p.horaires}`;
}

const servesEverywhere = (zone: string[] | undefined): boolean =>
  !zone?.length || zone.some((z) => z.toLowerCase() === 'france');

/** The position of `key` in `keys`, added when new (one string per distinct value, however many places). */
function intern(ids: Map<string, number>, keys: string[], key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = keys.push(key) - 1;
    ids.set(key, id);
  }
  return id;
}

function gridOf(located: Place[]): Grid {
  const n = located.length;
  const keys = new Float64Array(n);
  // Cell and position in one number (both exact in a double): a numeric sort, stable by construction.
  located.forEach((p, i) => {
    keys[i] = cellKey(row(p.lat as number), col(p.lon as number)) * 2 ** 21 + i;
  });
  keys.sort();
  const g: Grid = {
    places: [],
    lat: new Float64Array(n),
    lon: new Float64Array(n),
    cell: new Int32Array(n),
    everywhere: new Uint8Array(n),
    zone: new Int32Array(n),
    zones: [],
    hours: new Int32Array(n),
    hoursKeys: [],
    type: new Uint8Array(n),
  };
  const zoneIds = new Map<string, number>();
  const hoursIds = new Map<string, number>();
  keys.forEach((key, k) => {
    const i = key % 2 ** 21;
    const p = located[i] as Place;
    g.places.push(p);
    g.lat[k] = p.lat as number;
    g.lon[k] = p.lon as number;
    g.cell[k] = (key - i) / 2 ** 21;
    const zone = p.zoneEligibilite;
    g.everywhere[k] = servesEverywhere(zone) ? 1 : 0;
    g.zone[k] = zone?.length === 1 ? intern(zoneIds, g.zones, zone[0] as string) : -1;
    const hours = statusKey(p);
    g.hours[k] = hours === null ? -1 : intern(hoursIds, g.hoursKeys, hours);
    g.type[k] = TYPE_CODES.get(groupTypeFor(p, null)) as number;
  });
  return g;
}

/** The first position in `a` (ascending) whose value is at least `v`. */
function lowerBound(a: Int32Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The remote services of `places`, by zone. */
function bucketOf(places: Iterable<Place>, need: NeedFilter | null): Bucket {
  const b: Bucket = { need, everywhere: [], byZone: new Map(), remote: [] };
  for (const p of places) {
    if (!isRemote(p)) continue;
    b.remote.push(p);
    const zone = p.zoneEligibilite ?? [];
    if (servesEverywhere(zone)) {
      b.everywhere.push(p);
      continue;
    }
    const keys = new Set<string>();
    for (const z of zone) {
      const v = z.toUpperCase();
      keys.add(v);
      const city = cityOf(v);
      if (city) keys.add(city);
    }
    for (const k of keys) push(b.byZone, k, p);
  }
  return b;
}

const filterKey = (f: NeedFilter): string =>
  `${[...f.types].sort().join(',')}|${[...f.thematiques].sort().join(',')}|${f.text ?? ''}`;

let needFilters: Map<string, NeedFilter> | undefined;
/** The filter of each need of the table by its key, computed once (the finder asks by need id). */
function tableFilters(): Map<string, NeedFilter> {
  if (!needFilters) {
    needFilters = new Map();
    for (const n of NEEDS) {
      const f = needFilter({ need: n.id });
      if (f) needFilters.set(filterKey(f), f);
    }
  }
  return needFilters;
}

const indexes = new WeakMap<readonly Place[], SearchIndex>();

/**
 * The index of a list of places, built on first use and kept as long as the list lives. Call it when the
 * data arrives (the finder does, after loading a shard) so the first search does not pay for it.
 */
export function searchIndex(places: readonly Place[]): SearchIndex {
  let index = indexes.get(places);
  if (!index) {
    // On site: only a located place can be near; an unlocated on-site-only place never shows.
    const grid = gridOf(
      places.filter((p) => p.lat !== undefined && p.lon !== undefined && !isRemote(p) && isOnSite(p)),
    );
    const remote = places.filter(isRemote);
    const byNeed = new Map<string, Bucket>();
    for (const [key, f] of tableFilters()) {
      const member = new Uint8Array(grid.places.length);
      grid.places.forEach((p, k) => {
        if (matchesNeed(p, f)) member[k] = TYPE_CODES.get(groupTypeFor(p, f)) as number;
      });
      const b = bucketOf(
        remote.filter((p) => matchesNeed(p, f)),
        f,
      );
      byNeed.set(key, { ...b, member });
    }
    const all = bucketOf(remote, null);
    const remoteRank = new Map([...all.remote].sort(byName).map((p, i) => [p, i]));
    // Remote services are listed by name: keep every list of them in that order once, so a search only
    // merges them instead of sorting thousands of names.
    const byRank = (a: Place, b: Place) => (remoteRank.get(a) as number) - (remoteRank.get(b) as number);
    for (const b of [all, ...byNeed.values()]) {
      b.everywhere.sort(byRank);
      b.remote.sort(byRank);
      for (const list of b.byZone.values()) list.sort(byRank);
    }
    index = { grid, all, byNeed, remoteRank };
    indexes.set(places, index);
  }
  return index;
}

export interface Candidates {
  /**
   * Remote services, each list in the order by name (see remoteRank). With a commune, the first list holds
   * only services open to the whole country (their zone needs no check).
   */
  remote: Place[][];
  /** On-site places, never remote ones; those of the nearby cells are between pairs of `spans`. */
  grid: Grid;
  /** Start and end (excluded) in `grid` of each row of nearby cells. */
  spans: number[];
  /** For each place of the grid, 0 when it does not match the need (undefined: no need's bucket was read). */
  member?: Uint8Array | undefined;
  /** The code of each grid place's group type for this search's need, when known (see typeOfCode). */
  types?: Uint8Array | undefined;
  /** Every place of the lists matches the need: the need's own bucket was read (or there is no need). */
  needMet: boolean;
  /** The order by name of the remote services. */
  rank: Map<Place, number>;
}

/**
 * The places a search around `origin` within `dLat`/`dLon` degrees can return, as lists: the nearby cells of the need's bucket (or of all places for a need outside the table) and the remote
 * services whose zone covers the commune. A superset: the search checks every condition again. Lists, not a
 * generator: a search may read tens of thousands of places, and one step of a generator per place costs
 * more than the checks themselves.
 */
export function indexedCandidates(
  places: readonly Place[],
  origin: IndexOrigin,
  need: NeedFilter | null | undefined,
  dLat: number,
  dLon: number,
): Candidates {
  const index = searchIndex(places);
  const own = need ? index.byNeed.get(filterKey(need)) : index.all;
  const bucket = own ?? index.all;
  const remote: Place[][] = [];
  const c = origin.commune;
  if (!c) remote.push(bucket.remote);
  else {
    remote.push(bucket.everywhere);
    const keys = new Set([c.code.toUpperCase(), c.departement.toUpperCase()]);
    if (c.epci) keys.add(c.epci.toUpperCase());
    const city = cityOf(c.code);
    if (city) keys.add(city);
    const zoned = [...keys].map((k) => bucket.byZone.get(k)).filter((l) => l !== undefined);
    // A service listed under several of the keys (its commune and its département) is read once.
    if (zoned.length === 1) remote.push(zoned[0] as Place[]);
    else if (zoned.length > 1)
      remote.push(
        [...new Set(zoned.flat())].sort(
          (a, b) => (index.remoteRank.get(a) as number) - (index.remoteRank.get(b) as number),
        ),
      );
  }
  const grid = index.grid;
  const spans: number[] = [];
  const first = col(origin.lon - dLon);
  const last = col(origin.lon + dLon);
  for (let a = row(origin.lat - dLat); a <= row(origin.lat + dLat); a++) {
    const start = lowerBound(grid.cell, cellKey(a, first));
    const end = lowerBound(grid.cell, cellKey(a, last + 1));
    if (start < end) spans.push(start, end);
  }
  // Group types were computed with the bucket's need: they hold when this need lists the same types.
  const types = (f: NeedFilter | null | undefined) => f?.types.join() ?? '';
  return {
    remote,
    grid,
    spans,
    member: own?.member,
    types: !types(need) ? grid.type : types(own?.need) === types(need) ? own?.member : undefined,
    needMet: own !== undefined,
    rank: index.remoteRank,
  };
}
