// Bundled by bench/chromium.ts and run in Chromium: the same search code the widget runs.
import type { Place } from '../src/model.js';
import { NEEDS, needFilter } from '../src/needs.js';
import { searchIndex, searchPlaces } from '../src/search.js';

/** Hits built per list, as the finder asks (it shows ten per group before « Voir les autres »). */
const FIRST_HITS = 10;

interface Origin {
  lat: number;
  lon: number;
  commune: { code: string; departement: string; epci?: string };
}

/** Search times (ms); the first entry is the time to build the index, as the finder does on load. */
async function run(url: string, origins: Origin[], runs: number): Promise<number[]> {
  const places = (await (await fetch(url)).json()) as Place[];
  const t0 = performance.now();
  searchIndex(places);
  const indexMs = performance.now() - t0;
  const now = new Date('2026-11-24T09:30:00Z');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const o = origins[i % origins.length] as Origin;
    const need =
      i % 3 === 0 ? null : needFilter({ need: (NEEDS[i % NEEDS.length] as (typeof NEEDS)[number]).id });
    const t = performance.now();
    searchPlaces(places, {
      origin: o,
      need,
      now,
      filters: i % 4 === 0 ? { ouvertMaintenant: true } : {},
      limit: FIRST_HITS,
    });
    times.push(performance.now() - t);
  }
  return [indexMs, ...times];
}

(globalThis as unknown as { benchSearch: typeof run }).benchSearch = run;
