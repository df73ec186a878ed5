import { departementOf } from './communes.js';

// Checked before the search code loads, with the communes: see communes.ts.
export { isManifest } from './communes.js';
import { checkPlace, type ImportIssue, type Place } from './place.js';
import { distanceKm } from './search.js';

/**
 * The static index the CLI writes and the widget reads: a manifest and one shard per département
 * (plus "national" for remote services without an address), so a page loads only what is near.
 */
export interface IndexManifest {
  format: 'passerelle-partners-index';
  version: 1;
  generatedAt: string;
  /** true when any record is sample data: the widget says so on screen. */
  exemple: boolean;
  count: number;
  sources: { source: string; count: number; dateMin?: string; dateMax?: string }[];
  shards: { key: string; file: string; count: number; bbox: [number, number, number, number] | null }[];
  credits: string[];
  /** Relative URL of the communes manifest, when the CLI wrote one next to the index. */
  communes?: string;
}

export interface IndexShard {
  format: 'passerelle-partners-shard';
  version: 1;
  key: string;
  places: Place[];
}

/** The shard a place goes to: its département, else "national". */
export function shardKeyOf(p: Place): string {
  const a = p.adresse;
  if (a?.codeInsee) return departementOf(a.codeInsee);
  if (a?.codePostal) {
    const cp = a.codePostal;
    if (cp.startsWith('97') || cp.startsWith('98')) return cp.slice(0, 3);
    if (cp.startsWith('20')) return Number(cp) < 20200 ? '2A' : '2B';
    return cp.slice(0, 2);
  }
  return 'national';
}

/** Drops defaults and empty values so shards stay small. */
export function compactPlace(p: Place): Place {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    if (k === 'modesAccueil' && Array.isArray(v) && v.length === 1 && v[0] === 'en-presentiel') continue;
    out[k] = v;
  }
  return out as unknown as Place;
}

export function buildIndex(
  places: Place[],
  options: { generatedAt?: string; credits?: string[]; communes?: string } = {},
): {
  manifest: IndexManifest;
  shards: Map<string, IndexShard>;
} {
  const shards = new Map<string, IndexShard>();
  const sources = new Map<string, { count: number; dateMin?: string; dateMax?: string }>();
  for (const p of places) {
    const key = shardKeyOf(p);
    let s = shards.get(key);
    if (!s) {
      s = { format: 'passerelle-partners-shard', version: 1, key, places: [] };
      shards.set(key, s);
    }
    s.places.push(compactPlace(p));
    const src = sources.get(p.source) ?? { count: 0 };
    src.count++;
    if (p.dateMaj) {
      if (!src.dateMin || p.dateMaj < src.dateMin) src.dateMin = p.dateMaj;
      if (!src.dateMax || p.dateMaj > src.dateMax) src.dateMax = p.dateMaj;
    }
    sources.set(p.source, src);
  }
  const sorted = [...shards.values()].sort((a, b) => a.key.localeCompare(b.key));
  for (const s of sorted) s.places.sort((a, b) => a.id.localeCompare(b.id));
  const manifest: IndexManifest = {
    format: 'passerelle-partners-index',
    version: 1,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    exemple: places.some((p) => p.exemple),
    count: places.length,
    sources: [...sources].sort().map(([source, v]) => ({ source, ...v })),
    shards: sorted.map((s) => ({
      key: s.key,
      file: `${s.key}.json`,
      count: s.places.length,
      bbox: bboxOf(s.places),
    })),
    credits: options.credits ?? [],
    ...(options.communes ? { communes: options.communes } : {}),
  };
  return { manifest, shards: new Map(sorted.map((s) => [s.key, s])) };
}

function bboxOf(places: Place[]): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  for (const p of places) {
    if (p.lat === undefined || p.lon === undefined) continue;
    if (!box) box = [p.lon, p.lat, p.lon, p.lat];
    else {
      box[0] = Math.min(box[0], p.lon);
      box[1] = Math.min(box[1], p.lat);
      box[2] = Math.max(box[2], p.lon);
      box[3] = Math.max(box[3], p.lat);
    }
  }
  return box;
}

/** Shards worth loading for a circle: those whose box comes within the radius, plus "national". */
export function shardsFor(
  manifest: IndexManifest,
  lat: number,
  lon: number,
  radiusKm: number,
  departement?: string,
): IndexManifest['shards'] {
  return manifest.shards.filter((s) => {
    if (s.key === 'national' || s.key === departement) return true;
    if (!s.bbox) return false;
    const [w, so, e, n] = s.bbox;
    const cLat = Math.min(Math.max(lat, so), n);
    const cLon = Math.min(Math.max(lon, w), e);
    return distanceKm(lat, lon, cLat, cLon) <= radiusKm;
  });
}

/**
 * Reads a shard received over the network: bad records are skipped and reported, good ones kept.
 * Uses the zod-free structural check, so the widget's bundle does not carry zod.
 */
export function readShard(data: unknown, file: string): { places: Place[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const shard = data as Partial<IndexShard> | null;
  if (shard?.format !== 'passerelle-partners-shard' || !Array.isArray(shard.places)) {
    issues.push({
      file,
      where: 'fichier',
      level: 'error',
      reason: 'ce fichier n’est pas un morceau d’index Passerelle',
    });
    return { places: [], issues };
  }
  const places: Place[] = [];
  shard.places.forEach((raw, i) => {
    const r = checkPlace(raw);
    if ('place' in r) places.push(r.place);
    else {
      const id = (raw as { id?: unknown } | null)?.id;
      issues.push({
        file,
        where: `index ${i}`,
        level: 'error',
        reason: r.reason,
        ...(typeof id === 'string' ? { id } : {}),
      });
    }
  });
  return { places, issues };
}
