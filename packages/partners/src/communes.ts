import { departementOf } from '@passerelle/rules/vocabulary';
import type { IndexManifest } from './partner-index.js';
import { nameKey } from './text.js';

/** Credit line required by the Licence Ouverte for the coordinates and postcodes. */
export const COMMUNES_CREDIT =
  'Base des codes postaux, data.gouv.fr, Licence Ouverte v2.0 ; codes INSEE : @etalab/decoupage-administratif (COG)';

/** One commune as the browser receives it (compact array, see CommuneRow). */
export interface Commune {
  /** INSEE code (arrondissements municipaux of Paris, Lyon, Marseille have their own). */
  code: string;
  nom: string;
  departement: string;
  codesPostaux: string[];
  lat?: number;
  lon?: number;
  /** SIREN of the EPCI, when the commune belongs to one. */
  epci?: string;
  population?: number;
  /** Former names (communes merged since the postcode base was made). */
  anciensNoms?: string[];
}

/** [code, nom, postcodes space-separated, lat, lon, epci, population, former names joined by |] */
export type CommuneRow = [string, string, string, number | null, number | null, string, number, string];

export interface CommunesManifest {
  format: 'passerelle-communes';
  version: 1;
  credit: string;
  count: number;
  /**
   * The national names index (every commune: code, name, postcodes, centre, former names), one compact
   * file. The finder's name search loads it whole, so no request depends on what a person types.
   */
  noms?: string;
  /**
   * Deprecated: shard file per first letters of the name key. A page that picks one from what is typed
   * tells the host's logs those letters; read `noms` instead. Kept for pages built before `noms`.
   */
  byLetter: Record<string, string>;
  /** Shard file per département. */
  byDepartement: Record<string, string>;
  /** First two digits of a postcode → départements whose shards hold it. */
  postcodePrefixes: Record<string, string[]>;
}

export interface CommunesShard {
  format: 'passerelle-communes-shard';
  rows: CommuneRow[];
}

/** The national names index: `rows` holds one line per commune, see encodeNames. */
export interface CommunesNames {
  format: 'passerelle-communes-noms';
  version: 1;
  credit: string;
  rows: string;
}

/** Coordinates are stored in thousandths of a degree (about 100 m), each as the change from the previous row. */
const NAMES_SCALE = 1000;

/**
 * One line per commune, sorted by INSEE code: `code;nom;postcodes;Δlat;Δlon;former|names`. Postcodes are
 * written as the difference from the previous postcode written, coordinates as the difference from the
 * previous commune's: numbers that repeat, so the file gzips to about 500 KB for all of France.
 */
export function encodeNames(communes: readonly Commune[]): string {
  let lat = 0;
  let lon = 0;
  let cp = 0;
  const lines: string[] = [];
  for (const c of [...communes].sort((a, b) => a.code.localeCompare(b.code))) {
    const cps = c.codesPostaux.map((p) => {
      const n = Number(p);
      const d = n - cp;
      cp = n;
      return String(d);
    });
    let dLat = '';
    let dLon = '';
    if (c.lat !== undefined && c.lon !== undefined) {
      const la = Math.round(c.lat * NAMES_SCALE);
      const lo = Math.round(c.lon * NAMES_SCALE);
      dLat = String(la - lat);
      dLon = String(lo - lon);
      lat = la;
      lon = lo;
    }
    const clean = (s: string) => s.replace(/[;|\n]/g, ' ');
    lines.push(
      [c.code, clean(c.nom), cps.join(' '), dLat, dLon, (c.anciensNoms ?? []).map(clean).join('|')].join(';'),
    );
  }
  return lines.join('\n');
}

/** Reads what encodeNames wrote. */
export function decodeNames(rows: string): Commune[] {
  let lat = 0;
  let lon = 0;
  let cp = 0;
  const out: Commune[] = [];
  for (const line of rows.split('\n')) {
    if (!line) continue;
    const [code = '', nom = '', cps = '', dLat = '', dLon = '', aliases = ''] = line.split(';');
    const codesPostaux = cps
      ? cps.split(' ').map((d) => {
          cp += Number(d);
          return String(cp).padStart(5, '0');
        })
      : [];
    const c: Commune = { code, nom, departement: departementOf(code), codesPostaux };
    if (dLat !== '' && dLon !== '') {
      lat += Number(dLat);
      lon += Number(dLon);
      c.lat = lat / NAMES_SCALE;
      c.lon = lon / NAMES_SCALE;
    }
    if (aliases) c.anciensNoms = aliases.split('|');
    out.push(c);
  }
  return out;
}

export function rowToCommune(r: CommuneRow): Commune {
  const [code, nom, cps, lat, lon, epci, population, aliases] = r;
  return {
    code,
    nom,
    departement: departementOf(code),
    codesPostaux: cps ? cps.split(' ') : [],
    ...(lat !== null && lon !== null ? { lat, lon } : {}),
    ...(epci ? { epci } : {}),
    ...(population ? { population } : {}),
    ...(aliases ? { anciensNoms: aliases.split('|') } : {}),
  };
}

export function communeToRow(c: Commune): CommuneRow {
  const round = (n: number | undefined) => (n === undefined ? null : Math.round(n * 10_000) / 10_000);
  return [
    c.code,
    c.nom,
    c.codesPostaux.join(' '),
    round(c.lat),
    round(c.lon),
    c.epci ?? '',
    c.population ?? 0,
    (c.anciensNoms ?? []).join('|'),
  ];
}

/**
 * The name shard a query needs: the first two letters of its key ("L'Haÿ" → "ha"), and for the
 * thousands of Saint-… communes the word plus the next letter ("St-Maur" → "saint-m").
 * Null while the query is too short to choose one.
 */
export function letterFor(query: string): string | null {
  const k = nameKey(query);
  const saint = /^(saint|sainte) ([a-z0-9])/.exec(k);
  if (saint) return `${saint[1]}-${saint[2]}`;
  if (k.length < 2 || !/^[a-z0-9]{2}/.test(k)) return null;
  return k.slice(0, 2);
}

export interface CommuneMatch {
  commune: Commune;
  /** The name that matched (a former name shows as such). */
  matchedName: string;
}

/**
 * Name or postcode search, insensitive to accents, hyphens, "St"/"Saint" and articles. A postcode
 * may give several communes: all are returned, for the person to choose.
 */
export function searchCommunes(communes: Commune[], query: string, limit = 12): CommuneMatch[] {
  const q = query.trim();
  if (/^\d{2,5}$/.test(q)) {
    const hits = communes.filter((c) => c.codesPostaux.some((p) => p.startsWith(q)));
    // Five digits may also be an INSEE code (94081 is Vitry-sur-Seine, whose postcode is 94400).
    const byInsee = q.length === 5 ? communes.find((c) => c.code === q) : undefined;
    if (byInsee && !hits.includes(byInsee)) hits.push(byInsee);
    hits.sort(
      (a, b) =>
        firstCp(a, q).localeCompare(firstCp(b, q)) ||
        (b.population ?? 0) - (a.population ?? 0) ||
        a.nom.localeCompare(b.nom, 'fr'),
    );
    return hits.slice(0, limit).map((c) => ({ commune: c, matchedName: c.nom }));
  }
  if (/^(\d{5}|2[AB]\d{3})$/i.test(q)) {
    const c = communes.find((x) => x.code === q.toUpperCase());
    return c ? [{ commune: c, matchedName: c.nom }] : [];
  }
  const key = nameKey(q);
  if (!key) return [];
  const scored: { m: CommuneMatch; score: number }[] = [];
  for (const c of communes) {
    let best = 0;
    let matched = c.nom;
    for (const [name, k] of keysOf(c)) {
      let s = 0;
      if (k === key) s = 3;
      else if (k.startsWith(key)) s = 2;
      else if (` ${k}`.includes(` ${key}`)) s = 1;
      if (s > best) {
        best = s;
        matched = name;
      }
    }
    if (best) scored.push({ m: { commune: c, matchedName: matched }, score: best });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      (b.m.commune.population ?? 0) - (a.m.commune.population ?? 0) ||
      a.m.commune.nom.localeCompare(b.m.commune.nom, 'fr'),
  );
  return scored.slice(0, limit).map((s) => s.m);
}

// Name keys computed once per commune: a national list is searched at every keystroke.
const keyCache = new WeakMap<Commune, [string, string][]>();
function keysOf(c: Commune): [string, string][] {
  let keys = keyCache.get(c);
  if (!keys) {
    keys = [c.nom, ...(c.anciensNoms ?? [])].map((n) => [n, nameKey(n)]);
    keyCache.set(c, keys);
  }
  return keys;
}

const firstCp = (c: Commune, q: string): string => c.codesPostaux.find((p) => p.startsWith(q)) ?? '';

/** Label shown in lists: "Saint-Maur-des-Fossés (94100, 94210)". */
export function communeLabel(c: Commune): string {
  return c.codesPostaux.length ? `${c.nom} (${c.codesPostaux.join(', ')})` : `${c.nom} (${c.departement})`;
}

export type FetchJson = (url: string) => Promise<unknown>;

/**
 * Reads the communes names index of a manifest's folder (`noms`), once: every lookup, whatever a person
 * types or picks, requests the same two files. Files written before the names index are refused with the
 * command that rewrites them (picking a letter shard from what is typed would tell it to the host's logs).
 */
export class CommunesClient {
  private names?: Promise<Commune[]>;
  constructor(
    private readonly manifestUrl: string,
    private readonly fetchJson: FetchJson,
  ) {}

  /** Every commune of the names index. */
  all(): Promise<Commune[]> {
    this.names ??= (async () => {
      const man = (await this.fetchJson(this.manifestUrl)) as CommunesManifest | null;
      if (man?.format !== 'passerelle-communes') throw new Error('fichier des communes invalide');
      if (!man.noms)
        throw new Error(
          'fichiers des communes trop anciens (sans noms.json) : relancez « passerelle-partners communes »',
        );
      const base = new URL(this.manifestUrl, globalThis.location?.href ?? 'http://localhost/');
      const names = (await this.fetchJson(new URL(man.noms, base).toString())) as CommunesNames | null;
      if (names?.format !== 'passerelle-communes-noms' || typeof names.rows !== 'string')
        throw new Error('index des noms de communes invalide');
      return decodeNames(names.rows);
    })();
    // A failed load is tried again on the next call.
    this.names.catch(() => {
      this.names = undefined;
    });
    return this.names;
  }

  /** Starts loading (call it when the field gets focus). Never rejects. */
  preload(): void {
    this.all().catch(() => undefined);
  }

  async search(query: string, limit = 12): Promise<CommuneMatch[]> {
    return searchCommunes(await this.all(), query, limit);
  }

  /** A commune by INSEE code (preset `commune` attribute). */
  async byCode(code: string): Promise<Commune | undefined> {
    const c = code.toUpperCase();
    return (await this.all()).find((x) => x.code === c);
  }

  /** Nearest commune to a position (for geolocation). */
  async nearest(lat: number, lon: number): Promise<Commune | undefined> {
    return nearestCommune(await this.all(), lat, lon);
  }
}

/** The commune whose centre is nearest to a position (equirectangular distance: fine at this scale). */
export function nearestCommune(communes: readonly Commune[], lat: number, lon: number): Commune | undefined {
  let best: Commune | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of communes) {
    if (c.lat === undefined || c.lon === undefined) continue;
    const d = (c.lat - lat) ** 2 + ((c.lon - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/**
 * Whether a file is the manifest of a partner index (partner-index.ts). Here rather than beside the index code:
 * a page checks the manifest, as it reads the communes, before the search code has arrived.
 */
export function isManifest(v: unknown): v is IndexManifest {
  const m = v as IndexManifest;
  return !!m && m.format === 'passerelle-partners-index' && Array.isArray(m.shards);
}

export { departementOf };
