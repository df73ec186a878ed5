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
  /** Shard file per first letter of the name key ("a" … "z"). */
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

export function departementOf(code: string): string {
  if (code.startsWith('97') || code.startsWith('98')) return code.slice(0, 3);
  return code.slice(0, 2);
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
    for (const name of [c.nom, ...(c.anciensNoms ?? [])]) {
      const k = nameKey(name);
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

const firstCp = (c: Commune, q: string): string => c.codesPostaux.find((p) => p.startsWith(q)) ?? '';

/** Label shown in lists: "Saint-Maur-des-Fossés (94100, 94210)". */
export function communeLabel(c: Commune): string {
  return c.codesPostaux.length ? `${c.nom} (${c.codesPostaux.join(', ')})` : `${c.nom} (${c.departement})`;
}

export type FetchJson = (url: string) => Promise<unknown>;

/**
 * Loads only the shards a query needs, from the directory of a communes manifest. Used by the
 * widget; works anywhere `fetch` does.
 */
export class CommunesClient {
  private manifest?: Promise<CommunesManifest>;
  private shards = new Map<string, Promise<Commune[]>>();
  constructor(
    private readonly manifestUrl: string,
    private readonly fetchJson: FetchJson,
  ) {}

  private getManifest(): Promise<CommunesManifest> {
    this.manifest ??= this.fetchJson(this.manifestUrl).then((m) => {
      const man = m as CommunesManifest;
      if (man?.format !== 'passerelle-communes') throw new Error('fichier des communes invalide');
      return man;
    });
    return this.manifest;
  }

  private shard(file: string): Promise<Commune[]> {
    let p = this.shards.get(file);
    if (!p) {
      const url = new URL(
        file,
        new URL(this.manifestUrl, globalThis.location?.href ?? 'http://localhost/'),
      ).toString();
      p = this.fetchJson(url).then((s) => ((s as CommunesShard).rows ?? []).map(rowToCommune));
      p.catch(() => this.shards.delete(file));
      this.shards.set(file, p);
    }
    return p;
  }

  async search(query: string, limit = 12): Promise<CommuneMatch[]> {
    const q = query.trim();
    const man = await this.getManifest();
    let files: string[] = [];
    if (/^\d{2,5}$/.test(q))
      files = (man.postcodePrefixes[q.slice(0, 2)] ?? [])
        .map((d) => man.byDepartement[d])
        .filter((f): f is string => !!f);
    else if (/^(\d{5}|2[AB]\d{3})$/i.test(q)) {
      const f = man.byDepartement[departementOf(q.toUpperCase())];
      files = f ? [f] : [];
    } else {
      const l = letterFor(q);
      const f = l ? man.byLetter[l] : undefined;
      files = f ? [f] : [];
    }
    const lists = await Promise.all(files.map((f) => this.shard(f)));
    return searchCommunes(lists.flat(), q, limit);
  }

  /** A commune by INSEE code (preset `commune` attribute). */
  async byCode(code: string): Promise<Commune | undefined> {
    const man = await this.getManifest();
    const f = man.byDepartement[departementOf(code.toUpperCase())];
    if (!f) return undefined;
    return (await this.shard(f)).find((c) => c.code === code.toUpperCase());
  }

  /** Nearest commune to a position (for geolocation), searching the given départements. */
  async nearest(lat: number, lon: number, departements: string[]): Promise<Commune | undefined> {
    const man = await this.getManifest();
    const lists = await Promise.all(
      departements
        .map((d) => man.byDepartement[d])
        .filter((f): f is string => !!f)
        .map((f) => this.shard(f)),
    );
    return nearestCommune(lists.flat(), lat, lon);
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
