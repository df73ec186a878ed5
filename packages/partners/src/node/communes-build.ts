import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import {
  COMMUNES_CREDIT,
  type Commune,
  type CommunesManifest,
  type CommunesNames,
  type CommunesShard,
  communeToRow,
  departementOf,
  encodeNames,
  letterFor,
} from '../communes.js';
import { nameKey } from '../text.js';

interface CogCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  codesPostaux?: string[];
  population?: number;
  chefLieu?: string;
  commune?: string;
}

interface CsvRow {
  code_postal: string;
  latitude: string;
  longitude: string;
  nom_commune: string;
  nom_commune_complet: string;
  code_departement: string;
}

export interface UnjoinedRow {
  line: number;
  codePostal: string;
  nom: string;
  reason: string;
}

export interface CommunesBuild {
  communes: Commune[];
  unjoined: UnjoinedRow[];
  withoutCoordinates: string[];
}

const here = dirname(fileURLToPath(import.meta.url));

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
/** The vendored postcode base (data.gouv.fr, Licence Ouverte v2.0), gzipped. */
export const DEFAULT_COMMUNES_CSV = join(
  here,
  '..',
  '..',
  'data',
  'communes-codes-postaux-coordonnees.csv.gz',
);

function readCsv(path: string): string {
  const buf = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/**
 * Joins the postcode base (names, postcodes, coordinates) to the current COG from
 * @etalab/decoupage-administratif (INSEE codes, EPCI, population) on postcode + normalised name.
 */
export function buildCommunes(csvPath = DEFAULT_COMMUNES_CSV): CommunesBuild {
  const require = createRequire(import.meta.url);
  const cog = require('@etalab/decoupage-administratif/data/communes.json') as CogCommune[];
  const epcis = require('@etalab/decoupage-administratif/data/epci.json') as {
    code: string;
    membres: { code: string }[];
  }[];
  const epciOf = new Map<string, string>();
  for (const e of epcis) for (const m of e.membres) epciOf.set(m.code, e.code);

  const current = cog.filter((c) => c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal');
  const byCode = new Map(current.map((c) => [c.code, c]));
  const byPostcode = new Map<string, CogCommune[]>();
  for (const c of current) for (const p of c.codesPostaux ?? []) push(byPostcode, p, c);
  const formerByDep = new Map<string, CogCommune[]>();
  for (const c of cog)
    if (c.type === 'commune-deleguee' || c.type === 'commune-associee') push(formerByDep, c.departement, c);

  const coords = new Map<string, { lat: number; lon: number }[]>();
  const aliases = new Map<string, Set<string>>();
  const unjoined: UnjoinedRow[] = [];
  const parsed = Papa.parse<CsvRow>(readCsv(csvPath), { header: true, delimiter: ';', skipEmptyLines: true });
  parsed.data.forEach((row, i) => {
    const cp = row.code_postal.padStart(5, '0');
    const dep =
      row.code_departement.length === 1 ? row.code_departement.padStart(2, '0') : row.code_departement;
    const nom = row.nom_commune_complet || row.nom_commune;
    const key = nameKey(nom);
    const candidates = byPostcode.get(cp) ?? [];
    let target = candidates.find((c) => nameKey(c.nom) === key);
    let alias: string | undefined;
    if (!target) {
      const arr = /^(paris|lyon|marseille) (\d{2})$/.exec(key);
      if (arr) target = candidates.find((c) => c.type === 'arrondissement-municipal');
    }
    if (!target) {
      // Communes merged since: the old name is a commune déléguée/associée of a current one.
      const former = (formerByDep.get(dep) ?? []).find((c) => nameKey(c.nom) === key);
      const parent = former?.chefLieu ? byCode.get(former.chefLieu) : undefined;
      if (parent) {
        target = parent;
        if (nameKey(parent.nom) !== key) alias = nom;
      }
    }
    if (!target) {
      // Renamed communes ("Céreste" → "Céreste-en-Luberon").
      const renamed = candidates.filter(
        (c) => nameKey(c.nom).startsWith(`${key} `) || key.startsWith(`${nameKey(c.nom)} `),
      );
      if (renamed.length === 1) {
        target = renamed[0];
        alias = nom;
      }
    }
    if (!target) {
      unjoined.push({
        line: i + 2,
        codePostal: cp,
        nom,
        reason: candidates.length
          ? 'nom différent des communes de ce code postal'
          : 'code postal inconnu du COG actuel',
      });
      return;
    }
    const lat = Number(row.latitude);
    const lon = Number(row.longitude);
    if (row.latitude && row.longitude && Number.isFinite(lat) && Number.isFinite(lon) && !alias)
      push(coords, target.code, { lat, lon });
    else if (row.latitude && Number.isFinite(lat) && alias && !coords.has(target.code))
      push(coords, `~${target.code}`, { lat, lon });
    if (alias) aliases.set(target.code, (aliases.get(target.code) ?? new Set()).add(alias));
  });

  const communes: Commune[] = [];
  const withoutCoordinates: string[] = [];
  for (const c of current) {
    let pts = coords.get(c.code) ?? coords.get(`~${c.code}`);
    if (!pts && ['75056', '69123', '13055'].includes(c.code)) {
      // Paris, Lyon, Marseille: centre of their arrondissements.
      pts = current.filter((a) => a.commune === c.code).flatMap((a) => coords.get(a.code)?.slice(0, 1) ?? []);
    }
    const lat = pts?.length ? pts.reduce((s, p) => s + p.lat, 0) / pts.length : undefined;
    const lon = pts?.length ? pts.reduce((s, p) => s + p.lon, 0) / pts.length : undefined;
    if (lat === undefined) withoutCoordinates.push(`${c.code} ${c.nom}`);
    const epci = epciOf.get(c.code) ?? (c.commune ? epciOf.get(c.commune) : undefined);
    communes.push({
      code: c.code,
      nom: c.nom,
      departement: departementOf(c.code),
      codesPostaux: [...(c.codesPostaux ?? [])].sort(),
      ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}),
      ...(epci ? { epci } : {}),
      ...(c.population ? { population: c.population } : {}),
      ...(aliases.get(c.code)?.size ? { anciensNoms: [...(aliases.get(c.code) as Set<string>)] } : {}),
    });
  }
  return { communes, unjoined, withoutCoordinates };
}

/**
 * Files for the browser: a manifest, the national names index (`noms.json`, what the name search reads),
 * one shard per département (full rows, EPCI included) and, for pages built before the names index, one
 * shard per name letters.
 */
export function communesFiles(communes: Commune[]): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const byLetter = new Map<string, Commune[]>();
  const byDep = new Map<string, Commune[]>();
  const prefixes = new Map<string, Set<string>>();
  for (const c of communes) {
    const letters = new Set(
      [c.nom, ...(c.anciensNoms ?? [])].map((n) => letterFor(n)).filter((l): l is string => !!l),
    );
    for (const l of letters) push(byLetter, l, c);
    push(byDep, c.departement, c);
    for (const p of c.codesPostaux)
      prefixes.set(p.slice(0, 2), (prefixes.get(p.slice(0, 2)) ?? new Set()).add(c.departement));
  }
  const manifest: CommunesManifest = {
    format: 'passerelle-communes',
    version: 1,
    credit: COMMUNES_CREDIT,
    count: communes.length,
    noms: 'noms.json',
    byLetter: {},
    byDepartement: {},
    postcodePrefixes: Object.fromEntries([...prefixes].sort().map(([k, v]) => [k, [...v].sort()])),
  };
  for (const [l, list] of [...byLetter].sort()) {
    const file = `nom-${l}.json`;
    manifest.byLetter[l] = file;
    files.set(file, {
      format: 'passerelle-communes-shard',
      rows: list.map(communeToRow),
    } satisfies CommunesShard);
  }
  for (const [d, list] of [...byDep].sort()) {
    const file = `dep-${d}.json`;
    manifest.byDepartement[d] = file;
    files.set(file, {
      format: 'passerelle-communes-shard',
      rows: list.map(communeToRow),
    } satisfies CommunesShard);
  }
  files.set('noms.json', {
    format: 'passerelle-communes-noms',
    version: 1,
    credit: COMMUNES_CREDIT,
    rows: encodeNames(communes),
  } satisfies CommunesNames);
  files.set('manifest.json', manifest);
  return files;
}
