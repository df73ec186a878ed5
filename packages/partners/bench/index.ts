/**
 * Bench on a generated national-size dataset (150,000 data·inclusion services, 60,000 structures,
 * spread over the communes of France by population). Measures import speed, the largest département
 * shard gzipped, and search latency for one département and for the whole country (in Node).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchRow, gzipSize, percentile, writeBenchRows } from '@passerelle/testing/bench';
import type { Commune } from '../src/communes.js';
import { importText } from '../src/import.js';
import type { Place } from '../src/model.js';
import { NEEDS, needFilter } from '../src/needs.js';
import { buildCommunes } from '../src/node/communes-build.js';
import { buildIndex, readShard } from '../src/partner-index.js';
import { searchIndex, searchPlaces } from '../src/search.js';
import { type BrowserOrigin, chromiumSearchTimes } from './chromium.js';

const here = dirname(fileURLToPath(import.meta.url));
const SERVICES = 150_000;
const STRUCTURES = 60_000;
/** Hits built per list, as the finder asks (it shows ten per group before « Voir les autres »). */
const FIRST_HITS = 10;

// Deterministic pseudo-random numbers (mulberry32), so runs compare.
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)] as T;

const communes = buildCommunes().communes.filter((c) => c.lat !== undefined);
// Weighted by population: cumulative table.
const cumulative: number[] = [];
let total = 0;
for (const c of communes) {
  total += Math.max(50, c.population ?? 0);
  cumulative.push(total);
}
function randomCommune(): Commune {
  const x = rand() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return communes[lo] as Commune;
}

const PORTEURS = [
  'ccas-cias',
  'caf',
  'cpam',
  'france-service',
  'france-travail',
  'mission-locale',
  'conseillers-numeriques',
  'communes',
  'departements',
  'restos-du-coeur',
];
const HOURS = [
  'Mo-Fr 09:00-12:00,14:00-17:00',
  'Mo-Fr 08:30-12:30; PH off',
  'Tu,Th 14:00-17:00',
  'Mo-Sa 09:00-18:00',
  '',
];
const THEMATIQUES = NEEDS.flatMap((n) => n.thematiques);

function generate(): string {
  const structures: Record<string, unknown>[] = [];
  const homes: Commune[] = [];
  for (let i = 0; i < STRUCTURES; i++) {
    const c = randomCommune();
    homes.push(c);
    structures.push({
      source: 'bench',
      id: `bench--s${i}`,
      nom: `Structure ${i} de ${c.nom}`,
      date_maj: rand() < 0.2 ? '2022-03-01' : '2026-06-01',
      commune: c.nom,
      code_postal: c.codesPostaux[0],
      code_insee: c.code,
      adresse: `${1 + Math.floor(rand() * 200)} rue de l'Exemple`,
      latitude: (c.lat as number) + (rand() - 0.5) * 0.02,
      longitude: (c.lon as number) + (rand() - 0.5) * 0.02,
      telephone: '01 23 45 67 89',
      horaires_accueil: pick(HOURS) || undefined,
      reseaux_porteurs: [pick(PORTEURS)],
    });
  }
  const services: Record<string, unknown>[] = [];
  for (let i = 0; i < SERVICES; i++) {
    const s = Math.floor(rand() * STRUCTURES);
    const home = homes[s] as Commune;
    const remote = rand() < 0.08;
    services.push({
      source: 'bench',
      id: `bench--v${i}`,
      structure_id: `bench--s${s}`,
      nom: `Service ${i}`,
      description: 'Un service généré pour mesurer les performances du moteur de recherche.',
      date_maj: '2026-06-01',
      thematiques: [pick(THEMATIQUES), pick(THEMATIQUES)],
      frais: [rand() < 0.8 ? 'gratuit' : 'payant'],
      publics: ['tous-publics'],
      modes_accueil: remote ? ['a-distance'] : ['en-presentiel'],
      zone_eligibilite: rand() < 0.5 ? [home.departement] : undefined,
    });
  }
  return JSON.stringify({ structures, services });
}

const rows: BenchRow[] = [];

/** Median and 95th percentile of search times, in ms (sorts `times`); the median's budget is 100 ms. */
function percentileRows(where: string, times: number[], p95Budget: string): void {
  times.sort((a, b) => a - b);
  for (const [p, budget] of [
    [50, '≤ 100'],
    [95, p95Budget],
  ] as const)
    rows.push({
      name: `search p${p}, ${where}`,
      value: Math.round(percentile(times, p) * 100) / 100,
      unit: 'ms',
      budget,
    });
}
let text = generate();
const t0 = performance.now();
const result = importText(text, 'bench.json');
text = ''; // let the 100 MB of JSON go before measuring searches
const importMs = performance.now() - t0;
const places = result.places;
rows.push({
  name: `import data·inclusion JSON (${SERVICES} services, Node)`,
  value: Math.round(SERVICES / (importMs / 1000)),
  unit: 'records/s',
  budget: '≥ 10000',
});
rows.push({ name: 'import: places kept', value: places.length, unit: 'places' });

const { shards } = buildIndex(places);
let largest = { key: '', size: 0, count: 0 };
for (const [key, shard] of shards) {
  if (key === 'national') continue;
  const size = gzipSize(JSON.stringify(shard));
  if (size > largest.size) largest = { key, size, count: shard.places.length };
}
rows.push({
  name: `index: largest département shard gzip (${largest.key}, ${largest.count} places)`,
  value: largest.size,
  unit: 'bytes',
  budget: '≤ 1048576',
});

function latency(pool: Place[], origins: Commune[], label: string) {
  const t0 = performance.now();
  searchIndex(pool);
  rows.push({
    name: `search index build, ${label} (Node, once per data load)`,
    value: Math.round(performance.now() - t0),
    unit: 'ms',
  });
  const times: number[] = [];
  const now = new Date('2026-11-24T09:30:00Z');
  for (let i = 0; i < 300; i++) {
    const c = origins[i % origins.length] as Commune;
    const need =
      i % 3 === 0 ? null : needFilter({ need: (NEEDS[i % NEEDS.length] as (typeof NEEDS)[number]).id });
    const t = performance.now();
    searchPlaces(pool, {
      origin: { lat: c.lat as number, lon: c.lon as number, commune: c },
      need,
      now,
      filters: i % 4 === 0 ? { ouvertMaintenant: true } : {},
      limit: FIRST_HITS,
    });
    times.push(performance.now() - t);
  }
  percentileRows(`${label} (Node)`, times, '≤ 300');
}

// The widget's path: shards travel as JSON and are read back with readShard.
const viaJson = (key: string): Place[] => {
  const shard = shards.get(key);
  return shard ? readShard(JSON.parse(JSON.stringify(shard)), `${key}.json`).places : [];
};
const depPlaces = [...viaJson(largest.key), ...viaJson('national')];
// Fields the search reads (the browser renderer runs out of memory on 150k full records in one page).
const searchFields = (p: Place) => ({
  id: p.id,
  nom: p.nom,
  types: p.types,
  thematiques: p.thematiques,
  lat: p.lat,
  lon: p.lon,
  modesAccueil: p.modesAccueil,
  publics: p.publics,
  frais: p.frais,
  zoneEligibilite: p.zoneEligibilite,
  horaires: p.horaires,
  adresse: p.adresse?.codePostal ? { codePostal: p.adresse.codePostal } : undefined,
  dateMaj: p.dateMaj,
});
const depOrigins = communes.filter((c) => c.departement === largest.key);
const countryOrigins = Array.from({ length: 300 }, randomCommune);
latency(depPlaces, depOrigins, `one département (${largest.key}, ${depPlaces.length} places)`);
latency(places, countryOrigins, `whole country (${places.length} places)`);

// The same search in Chromium, as the widget runs it (data parsed from JSON in the page).
const toOrigin = (c: Commune): BrowserOrigin => ({
  lat: c.lat as number,
  lon: c.lon as number,
  commune: { code: c.code, departement: c.departement, ...(c.epci ? { epci: c.epci } : {}) },
});
try {
  const times = await chromiumSearchTimes(
    here,
    [
      { name: 'departement', json: JSON.stringify(depPlaces), origins: depOrigins.map(toOrigin) },
      { name: 'pays', json: JSON.stringify(places.map(searchFields)), origins: countryOrigins.map(toOrigin) },
    ],
    300,
  );
  for (const [name, label] of [
    ['departement', `one département (${largest.key}, ${depPlaces.length} places)`],
    ['pays', `whole country (${places.length} places, search fields only)`],
  ] as const) {
    const [indexMs, ...measured] = times.get(name) ?? [];
    if (indexMs === undefined || measured.length === 0) continue;
    rows.push({
      name: `search index build, ${label} (Chromium, once per data load)`,
      value: Math.round(indexMs),
      unit: 'ms',
    });
    percentileRows(`${label} (Chromium)`, measured, '≤ 10');
  }
} catch (e) {
  console.warn(`Chromium bench skipped: ${(e as Error).message}`);
}

writeBenchRows(join(here, '..'), '@passerelle/partners', rows);
