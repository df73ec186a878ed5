import { describe, expect, it } from 'vitest';
import { importText } from '../src/import.js';
import type { Place } from '../src/model.js';
import { needFilter } from '../src/needs.js';
import { buildIndex, readShard, shardsFor } from '../src/partner-index.js';
import { clampRadius, formatDistance, inZone, isStale, searchPlaces } from '../src/search.js';
import { seeded } from './helpers.js';

// Vitry-sur-Seine town centre, and a small dataset around it.
const VITRY = { lat: 48.7876, lon: 2.3929, commune: { code: '94081', departement: '94', epci: '200054781' } };
const NOW = new Date('2026-11-24T09:30:00Z'); // Tuesday 10:30 in Paris

const data = {
  source: 'test',
  partenaires: [
    {
      id: 'ccas',
      nom: 'CCAS de Vitry',
      type: 'ccas',
      latitude: 48.788,
      longitude: 2.393,
      code_postal: '94400',
      commune: 'Vitry-sur-Seine',
      horaires: 'Mo-Fr 09:00-12:00',
      besoins: ['logement'],
      gratuit: 'oui',
      date_maj: '2026-01-01',
    },
    {
      id: 'caf',
      nom: 'CAF accueil Créteil',
      type: 'caf',
      latitude: 48.7904,
      longitude: 2.4556,
      code_postal: '94000',
      commune: 'Créteil',
      horaires: 'Mo-Fr 13:00-16:00',
      besoins: ['caf'],
      date_maj: '2023-01-01',
    },
    {
      id: 'fs',
      nom: 'France Services Ivry',
      type: 'france-services',
      latitude: 48.8128,
      longitude: 2.3849,
      code_postal: '94200',
      commune: 'Ivry-sur-Seine',
      horaires: 'Mo-Sa 09:00-18:00',
      besoins: ['papiers', 'caf'],
      gratuit: 'oui',
    },
    {
      id: 'loin',
      nom: 'CAF de Melun',
      type: 'caf',
      latitude: 48.54,
      longitude: 2.66,
      code_postal: '77000',
      commune: 'Melun',
    },
    {
      id: 'ml',
      nom: 'Mission locale (zone)',
      type: 'mission-locale',
      latitude: 48.79,
      longitude: 2.4,
      code_postal: '94400',
      commune: 'Vitry-sur-Seine',
      communes_servies: ['94046'],
    },
    {
      id: 'tel',
      nom: 'CAF par téléphone',
      type: 'caf',
      a_distance: 'oui',
      telephone: '3230',
      communes_servies: ['france'],
    },
    {
      id: 'jeunes',
      nom: 'Point jeunes',
      type: 'association',
      latitude: 48.789,
      longitude: 2.394,
      code_postal: '94400',
      commune: 'Vitry-sur-Seine',
      publics: ['jeunes'],
      besoins: ['papiers'],
    },
  ],
};
const places = importText(JSON.stringify(data), 'test.json').places;
const ids = (hits: { place: Place }[]) => hits.map((h) => h.place.id.replace('local:test:', ''));

describe('search order and radius', () => {
  it('lists on-site places by distance and remote ones apart', () => {
    const r = searchPlaces(places, { origin: VITRY, now: NOW });
    expect(ids(r.onSite)).toEqual(['ccas', 'jeunes', 'fs', 'caf']);
    expect(ids(r.remote)).toEqual(['tel']);
    expect(formatDistance(r.onSite[0]?.distanceKm as number)).toBe('moins de 1 km');
    expect(formatDistance(r.onSite[2]?.distanceKm as number)).toBe('2,9 km');
    expect(r.radiusKm).toBe(20);
  });
  it('clamps the radius to 50 km and defaults to 20', () => {
    expect(clampRadius(500)).toBe(50);
    expect(clampRadius(undefined)).toBe(20);
    expect(clampRadius(-3)).toBe(20);
    expect(ids(searchPlaces(places, { origin: VITRY, radiusKm: 3, now: NOW }).onSite)).toEqual([
      'ccas',
      'jeunes',
      'fs',
    ]);
    expect(ids(searchPlaces(places, { origin: VITRY, radiusKm: 50, now: NOW }).onSite)).toContain('loin');
  });
  it('hides services outside their zone_eligibilite', () => {
    const r = searchPlaces(places, { origin: VITRY, now: NOW });
    expect(ids(r.onSite)).not.toContain('ml');
    const alfortville = { ...VITRY, commune: { code: '94046', departement: '94' } };
    expect(ids(searchPlaces(places, { origin: alfortville, now: NOW }).onSite)).toContain('ml');
  });
  it('zone rules: département, EPCI, france, other country', () => {
    const p = (z: string[]) => ({ zoneEligibilite: z }) as Place;
    expect(inZone(p(['94']), VITRY.commune)).toBe(true);
    expect(inZone(p(['93']), VITRY.commune)).toBe(false);
    expect(inZone(p(['200054781']), VITRY.commune)).toBe(true);
    expect(inZone(p(['france']), VITRY.commune)).toBe(true);
    expect(inZone(p(['99134']), VITRY.commune)).toBe(false);
    // Paris: a service of the 11th arrondissement shows for "Paris", and a Paris-wide one for the 11th.
    expect(inZone(p(['75111']), { code: '75056', departement: '75' })).toBe(true);
    expect(inZone(p(['75056']), { code: '75111', departement: '75' })).toBe(true);
    expect(inZone(p(['75112']), { code: '75111', departement: '75' })).toBe(false);
  });
  it('groups by partner type, nearest group first', () => {
    const r = searchPlaces(places, { origin: VITRY, now: NOW, need: needFilter({ need: 'caf' }) });
    expect(r.groups.map((g) => g.type)).toEqual(['ccas', 'association', 'france-services', 'caf']);
    expect(r.groups.map((g) => g.count)).toEqual([1, 1, 1, 1]);
  });
});

describe('needs and filters', () => {
  it('a need picks places by type or thématique; a right picks its needs', () => {
    expect(
      ids(searchPlaces(places, { origin: VITRY, now: NOW, need: needFilter({ need: 'logement' }) }).onSite),
    ).toEqual(['ccas', 'caf']);
    expect(
      ids(searchPlaces(places, { origin: VITRY, now: NOW, need: needFilter({ need: 'famille' }) }).onSite),
    ).toEqual(['ccas', 'caf']);
    expect(
      ids(
        searchPlaces(places, { origin: VITRY, now: NOW, need: needFilter({ right: 'mission_locale' }) })
          .onSite,
      ),
    ).toEqual([]);
    const contacts = searchPlaces(places, {
      origin: VITRY,
      now: NOW,
      need: needFilter({ contacts: ['caf'] }),
    });
    expect(ids(contacts.onSite)).toEqual(['caf']);
    expect(ids(contacts.remote)).toEqual(['tel']);
  });
  it('free text falls back to names', () => {
    const f = needFilter({ text: 'point jeunes' });
    expect(ids(searchPlaces(places, { origin: VITRY, now: NOW, need: f }).onSite)).toContain('jeunes');
    expect(
      ids(searchPlaces(places, { origin: VITRY, now: NOW, need: needFilter({ text: 'APL' }) }).onSite),
    ).toContain('caf');
  });
  it('ouvert maintenant and ouvert aujourd’hui', () => {
    expect(
      ids(searchPlaces(places, { origin: VITRY, now: NOW, filters: { ouvertMaintenant: true } }).onSite),
    ).toEqual(['ccas', 'fs']);
    expect(
      ids(searchPlaces(places, { origin: VITRY, now: NOW, filters: { ouvertAujourdhui: true } }).onSite),
    ).toEqual(['ccas', 'fs', 'caf']);
  });
  it('gratuit, sur place, à distance, public', () => {
    expect(ids(searchPlaces(places, { origin: VITRY, now: NOW, filters: { gratuit: true } }).onSite)).toEqual(
      ['ccas', 'fs'],
    );
    const remoteOnly = searchPlaces(places, { origin: VITRY, now: NOW, filters: { mode: 'a-distance' } });
    expect(ids(remoteOnly.onSite)).toEqual([]);
    expect(ids(remoteOnly.remote)).toEqual(['tel']);
    expect(searchPlaces(places, { origin: VITRY, now: NOW, filters: { mode: 'sur-place' } }).remote).toEqual(
      [],
    );
    expect(
      ids(searchPlaces(places, { origin: VITRY, now: NOW, filters: { public: 'seniors' } }).onSite),
    ).not.toContain('jeunes');
    expect(
      ids(searchPlaces(places, { origin: VITRY, now: NOW, filters: { public: 'jeunes' } }).onSite),
    ).toContain('jeunes');
  });
  it('flags records older than two years', () => {
    const caf = places.find((p) => p.id.endsWith(':caf')) as Place;
    expect(isStale(caf, NOW)).toBe(true);
    expect(isStale(places[0] as Place, NOW)).toBe(false);
    expect(searchPlaces(places, { origin: VITRY, now: NOW }).onSite.find((h) => h.place === caf)?.stale).toBe(
      true,
    );
  });
  it('formats distances', () => {
    expect(formatDistance(0.4)).toBe('moins de 1 km');
    expect(formatDistance(12.4)).toBe('12 km');
  });
});

describe('index shards', () => {
  it('shards by département with bounding boxes and a national shard', () => {
    const { manifest, shards } = buildIndex(places, { generatedAt: '2026-11-24T00:00:00.000Z' });
    expect(manifest.shards.map((s) => s.key)).toEqual(['77', '94', 'national']);
    expect(manifest.count).toBe(places.length);
    expect(shardsFor(manifest, VITRY.lat, VITRY.lon, 20).map((s) => s.key)).toEqual(['94', 'national']);
    expect(shardsFor(manifest, VITRY.lat, VITRY.lon, 50).map((s) => s.key)).toEqual(['77', '94', 'national']);
    const back = readShard(JSON.parse(JSON.stringify(shards.get('94'))), '94.json');
    expect(back.places).toHaveLength(5);
    expect(back.issues).toEqual([]);
  });
  it('a tampered shard keeps its good records and names the bad one', () => {
    const { shards } = buildIndex(places);
    const s = JSON.parse(JSON.stringify(shards.get('94')));
    s.places[1].lat = 'nord';
    const back = readShard(s, '94.json');
    expect(back.places).toHaveLength(4);
    expect(back.issues[0]?.where).toBe('index 1');
    expect(readShard({ nope: 1 }, 'x.json').issues[0]?.reason).toMatch(/index Passerelle/);
  });
});

describe('search over a national index', () => {
  // Places around four cities, some remote with zones (commune, département, EPCI, arrondissement, france).
  const CITIES = [
    { lat: 48.8566, lon: 2.3522, commune: { code: '75056', departement: '75' } },
    { lat: 48.8414, lon: 2.3, commune: { code: '75115', departement: '75' } },
    { lat: 48.7904, lon: 2.4556, commune: { code: '94028', departement: '94', epci: '200054781' } },
    { lat: 45.764, lon: 4.8357, commune: { code: '69123', departement: '69' } },
    { lat: 43.2965, lon: 5.3698, commune: { code: '13201', departement: '13' } },
  ];
  const TYPES = ['caf', 'cpam', 'ccas', 'france-services', 'mission-locale', 'association', 'pmi'] as const;
  const ZONES = [
    undefined,
    ['france'],
    ['94'],
    ['75'],
    ['75112'],
    ['75056'],
    ['13055'],
    ['200054781'],
    ['94028', '13'],
  ];
  const HOURS = ['Mo-Fr 09:00-12:00', 'Tu,Th 14:00-17:00', undefined];
  const { rand, pick } = seeded(7);
  const places: Place[] = Array.from({ length: 6000 }, (_, i) => {
    const c = pick(CITIES);
    const remote = rand() < 0.2;
    const located = rand() < 0.95;
    const zone = pick(ZONES);
    const hours = pick(HOURS);
    return {
      id: `p${i}`,
      source: 'test',
      nom: `Lieu ${i}`,
      types: [pick(TYPES)],
      thematiques: rand() < 0.5 ? ['logement-hebergement'] : [],
      ...(located ? { lat: c.lat + (rand() - 0.5) * 0.8, lon: c.lon + (rand() - 0.5) * 0.8 } : {}),
      ...(remote ? { modesAccueil: rand() < 0.5 ? ['a-distance'] : ['a-distance', 'en-presentiel'] } : {}),
      ...(zone ? { zoneEligibilite: zone } : {}),
      ...(hours ? { horaires: hours } : {}),
      ...(rand() < 0.3 ? { frais: 'gratuit' as const } : {}),
    } as Place;
  });

  it('returns exactly what a full scan returns, for every need, place and filter', () => {
    const needs = [
      null,
      needFilter({ need: 'caf' }),
      needFilter({ need: 'logement' }),
      needFilter({ right: 'aspa' }),
      needFilter({ text: 'lieu 12' }),
    ];
    let compared = 0;
    for (const origin of [...CITIES, { lat: 48.8, lon: 2.4 }])
      for (const need of needs)
        for (const filters of [
          {},
          { ouvertMaintenant: true },
          { gratuit: true, mode: 'a-distance' as const },
        ]) {
          const q = { origin, need, now: NOW, filters, radiusKm: 15 };
          const indexed = searchPlaces(places, q);
          const scanned = searchPlaces(places.values(), q);
          expect(indexed.onSite.map((h) => h.place.id)).toEqual(scanned.onSite.map((h) => h.place.id));
          expect(indexed.remote.map((h) => h.place.id)).toEqual(scanned.remote.map((h) => h.place.id));
          compared += indexed.total;
        }
    // The comparison is not vacuous: searches found places, on site and remote.
    expect(compared).toBeGreaterThan(1000);
  });
});
