// The first hits of each list (`limit`) must be exactly those of a full search: same places, same order,
// same counts; `more` must give the rest in the same order.
import { describe, expect, it } from 'vitest';
import type { Place } from '../src/model.js';
import { needFilter } from '../src/needs.js';
import { type SearchHit, type SearchQuery, type SearchResult, searchPlaces } from '../src/search.js';
import { seeded } from './helpers.js';

const NOW = new Date('2026-11-24T09:30:00Z');
const CITIES = [
  { lat: 48.8566, lon: 2.3522, commune: { code: '75056', departement: '75' } },
  { lat: 48.7876, lon: 2.3929, commune: { code: '94081', departement: '94', epci: '200054781' } },
  { lat: 45.764, lon: 4.8357, commune: { code: '69123', departement: '69' } },
];
const TYPES = ['caf', 'ccas', 'france-services', 'association', 'mairie'] as const;
// Accents, case, ligatures and repeated names: the order by name is the French collation, then the id.
const NAMES = [
  'École',
  'Ecole',
  'école',
  'Élan',
  'Eden',
  'Œuvre',
  'Oeuvre',
  'Zèbre',
  'zebre',
  'Çà et là',
  'Ça',
];
const ZONES = [undefined, ['france'], ['75'], ['94081'], ['200054781'], ['75112'], ['69']];

const { rand, pick } = seeded(11);
const places: Place[] = Array.from({ length: 5000 }, (_, i) => {
  const c = pick(CITIES);
  // A third sit on the commune's centre (positions approximated by importers): ties on distance.
  const centre = rand() < 0.33;
  const remote = rand() < 0.15;
  const zone = rand() < 0.4 ? pick(ZONES) : undefined;
  return {
    id: `p${Math.floor(rand() * 100_000)}-${i}`,
    source: 'test',
    nom: rand() < 0.6 ? `${pick(NAMES)} ${Math.floor(rand() * 4)}` : pick(NAMES),
    types: rand() < 0.2 ? [pick(TYPES), pick(TYPES)] : [pick(TYPES)],
    thematiques: rand() < 0.5 ? ['logement-hebergement'] : [],
    ...(centre
      ? { lat: c.lat, lon: c.lon }
      : { lat: c.lat + (rand() - 0.5) * 0.6, lon: c.lon + (rand() - 0.5) * 0.6 }),
    ...(remote ? { modesAccueil: rand() < 0.5 ? ['a-distance'] : ['a-distance', 'en-presentiel'] } : {}),
    ...(zone ? { zoneEligibilite: zone } : {}),
    ...(rand() < 0.5 ? { horaires: pick(['Mo-Fr 09:00-12:00', 'Tu,Th 14:00-17:00']) } : {}),
    ...(rand() < 0.3 ? { frais: 'gratuit' as const } : {}),
    ...(rand() < 0.3 ? { dateMaj: '2023-01-01' } : {}),
  } as Place;
});

/** What a person sees of a hit. */
const seen = (hits: SearchHit[]) =>
  hits.map((h) => [h.place.id, h.distanceKm, h.groupType, h.stale, h.status?.open ?? null]);

const collator = new Intl.Collator('fr');
/** The expected order, written independently: distance, then French name, then id. */
const inOrder = (a: SearchHit, b: SearchHit) =>
  (a.distanceKm ?? 0) - (b.distanceKm ?? 0) ||
  collator.compare(a.place.nom, b.place.nom) ||
  a.place.id.localeCompare(b.place.id);

function expectSameFirst(full: SearchResult, top: SearchResult, k: number): void {
  expect(top.groups.map((g) => [g.type, g.count])).toEqual(full.groups.map((g) => [g.type, g.hits.length]));
  full.groups.forEach((g, i) => {
    const t = top.groups[i];
    expect(seen(t?.hits ?? [])).toEqual(seen(g.hits.slice(0, k)));
    expect(seen(top.more(g.type, k))).toEqual(seen(g.hits.slice(k)));
    expect(seen(top.more(g.type, k, 3))).toEqual(seen(g.hits.slice(k, k + 3)));
  });
  expect(seen(top.onSite)).toEqual(seen(full.onSite.slice(0, k)));
  expect(seen(top.remote)).toEqual(seen(full.remote.slice(0, k)));
  expect(seen(top.more('remote', k))).toEqual(seen(full.remote.slice(k)));
  expect([top.onSiteCount, top.remoteCount, top.total]).toEqual([
    full.onSite.length,
    full.remote.length,
    full.onSite.length + full.remote.length,
  ]);
}

describe('the first hits of each list', () => {
  it('are those of a full search, for communes, radii, needs, filters and modes', () => {
    let ties = 0;
    let compared = 0;
    const needs = [
      null,
      needFilter({ need: 'caf' }),
      needFilter({ need: 'logement' }),
      needFilter({ text: 'ecole' }),
    ];
    for (const origin of [...CITIES, { lat: 48.8, lon: 2.4 }])
      for (const radiusKm of [5, 20])
        for (const need of needs)
          for (const filters of [
            {},
            { ouvertMaintenant: true },
            { mode: 'a-distance' as const },
            { mode: 'sur-place' as const, gratuit: true },
          ]) {
            const q: SearchQuery = { origin, radiusKm, need, filters, now: NOW };
            const full = searchPlaces(places, q);
            // The full search is in the expected order, each group a part of it.
            for (let i = 1; i < full.onSite.length; i++) {
              expect(inOrder(full.onSite[i - 1] as SearchHit, full.onSite[i] as SearchHit)).toBeLessThan(0);
              if (full.onSite[i - 1]?.distanceKm === full.onSite[i]?.distanceKm) ties++;
            }
            for (const g of full.groups)
              expect(seen(g.hits)).toEqual(seen(full.onSite.filter((h) => h.groupType === g.type)));
            // The same search over a plain scan (no index) agrees.
            const scanned = searchPlaces(places.values(), q);
            expect(seen(scanned.onSite)).toEqual(seen(full.onSite));
            expect(seen(scanned.remote)).toEqual(seen(full.remote));
            for (const k of [1, 10]) {
              expectSameFirst(full, searchPlaces(places, { ...q, limit: k }), k);
              expectSameFirst(full, searchPlaces(places.values(), { ...q, limit: k }), k);
            }
            compared += full.total;
          }
    // Not vacuous: thousands of hits compared, many of them at the same distance as the one before.
    expect(compared).toBeGreaterThan(20_000);
    expect(ties).toBeGreaterThan(1000);
  });

  it('builds only what it is asked for, and the rest on demand', () => {
    const q: SearchQuery = { origin: CITIES[0] as SearchQuery['origin'], radiusKm: 20, now: NOW, limit: 10 };
    const r = searchPlaces(places, q);
    expect(r.onSiteCount).toBeGreaterThan(100);
    for (const g of r.groups) expect(g.hits.length).toBe(Math.min(10, g.count));
    expect(r.remote).toHaveLength(10);
    expect(r.remoteCount).toBeGreaterThan(10);
    const rest = r.more('remote', 10);
    expect(rest).toHaveLength(r.remoteCount - 10);
    expect(r.more('mdph', 0)).toEqual([]);
    // A limit below 1 still builds the first hit.
    expect(searchPlaces(places, { ...q, limit: 0 }).onSite).toHaveLength(1);
  });
});
