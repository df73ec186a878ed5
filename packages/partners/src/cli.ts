#!/usr/bin/env node
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMUNES_CREDIT, type Commune } from './communes.js';
import { type FormatId, FORMAT_LABELS, importText, mergeDuplicates } from './import.js';
import type { ImportIssue, Place } from './model.js';
import { buildCommunes, communesFiles } from './node/communes-build.js';
import { buildIndex } from './partner-index.js';
import { nameKey } from './text.js';

const USAGE = `Utilisation :
  passerelle-partners import FICHIER… --out DOSSIER [options]
      Lit des fichiers data·inclusion, annuaire DILA, médiation numérique ou le format local
      (JSON ou CSV), garde les bons enregistrements, signale les mauvais, fusionne les doublons
      et écrit un index statique par département (manifest.json + un fichier par département).
      --exemple            marque tous les enregistrements comme données d'exemple
      --format FORMAT      force le format (${Object.keys(FORMAT_LABELS).join(', ')})
      --report FICHIER     écrit aussi la liste des problèmes en JSON
      --no-communes        n'écrit pas les communes dans DOSSIER/communes
      --now AAAA-MM-JJ     date de génération (pour des sorties reproductibles)
  passerelle-partners communes --out DOSSIER [--csv FICHIER] [--report FICHIER]
      Écrit les communes de France (recherche par nom et code postal) pour le navigateur.
`;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIO: CliIO = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
};

interface Args {
  command?: string;
  files: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  const files: string[] = [];
  const flags = new Map<string, string | true>();
  const valued = new Set(['--out', '--format', '--report', '--csv', '--now']);
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a.startsWith('--')) {
      const [k, v] = a.split('=', 2) as [string, string | undefined];
      if (v !== undefined) flags.set(k, v);
      else if (valued.has(k)) flags.set(k, rest[++i] ?? '');
      else flags.set(k, true);
    } else files.push(a);
  }
  return { ...(command ? { command } : {}), files, flags };
}

const formatIssue = (i: ImportIssue): string =>
  `${i.file} ${i.where}${i.id ? ` (${i.id})` : ''} : ${i.level === 'error' ? 'ERREUR' : 'attention'} : ${i.reason}`;

function writeJson(path: string, data: unknown): number {
  const text = JSON.stringify(data);
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/** Writes the browser communes files; returns the build for geocoding. */
function writeCommunes(dir: string, csv: string | undefined, io: CliIO): ReturnType<typeof buildCommunes> {
  const build = buildCommunes(csv);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [file, data] of communesFiles(build.communes)) bytes += writeJson(join(dir, file), data);
  io.out(`Communes : ${build.communes.length} écrites dans ${dir} (${Math.round(bytes / 1024)} Kio).`);
  io.out(
    `  ${build.unjoined.length} lignes de la base des codes postaux sans commune actuelle correspondante, ${build.withoutCoordinates.length} communes sans coordonnées.`,
  );
  io.out(`  Source : ${COMMUNES_CREDIT}.`);
  return build;
}

/** Places without coordinates get their commune's centre, flagged as approximate. */
function placeAtCommuneCentre(places: Place[], communes: Commune[], issues: ImportIssue[]): void {
  const byCode = new Map(communes.map((c) => [c.code, c]));
  const byCpName = new Map<string, Commune>();
  for (const c of communes) for (const cp of c.codesPostaux) byCpName.set(`${cp}|${nameKey(c.nom)}`, c);
  for (const p of places) {
    if (p.lat !== undefined || !p.adresse) continue;
    const a = p.adresse;
    const c =
      (a.codeInsee ? byCode.get(a.codeInsee) : undefined) ??
      (a.codePostal && a.commune ? byCpName.get(`${a.codePostal}|${nameKey(a.commune)}`) : undefined) ??
      (a.codePostal
        ? communes.find((x) => x.codesPostaux.length === 1 && x.codesPostaux[0] === a.codePostal)
        : undefined);
    if (!c || c.lat === undefined || c.lon === undefined) {
      if (!p.modesAccueil.includes('a-distance'))
        issues.push({
          file: '(position)',
          where: p.id,
          level: 'warning',
          reason: `ni coordonnées ni commune reconnue (« ${a.codePostal ?? ''} ${a.commune ?? ''} ») : ce lieu ne sortira pas dans une recherche par distance`,
          id: p.id,
        });
      continue;
    }
    p.lat = c.lat;
    p.lon = c.lon;
    p.positionApprochee = true;
    if (!a.codeInsee) a.codeInsee = c.code;
    issues.push({
      file: '(position)',
      where: p.id,
      level: 'warning',
      reason: `sans coordonnées : placé au centre de ${c.nom} (position approximative)`,
      id: p.id,
    });
  }
}

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const args = parseArgs(argv);
  if (!args.command || args.flags.has('--help') || args.command === 'help') {
    io.out(USAGE);
    return args.command ? 0 : 2;
  }
  const out = args.flags.get('--out');
  if (typeof out !== 'string' || !out) {
    io.err(`Il manque --out DOSSIER.\n\n${USAGE}`);
    return 2;
  }
  const csv = args.flags.get('--csv');
  if (args.command === 'communes') {
    try {
      const build = writeCommunes(resolve(out), typeof csv === 'string' ? csv : undefined, io);
      const report = args.flags.get('--report');
      if (typeof report === 'string')
        writeJson(report, { unjoined: build.unjoined, withoutCoordinates: build.withoutCoordinates });
      return 0;
    } catch (e) {
      io.err(`Impossible de construire les communes : ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
  }
  if (args.command !== 'import') {
    io.err(`Commande inconnue « ${args.command} ».\n\n${USAGE}`);
    return 2;
  }
  if (args.files.length === 0) {
    io.err(`Aucun fichier à importer.\n\n${USAGE}`);
    return 2;
  }
  const format = args.flags.get('--format');
  if (format !== undefined && (typeof format !== 'string' || !(format in FORMAT_LABELS))) {
    io.err(
      `Format inconnu « ${String(format)} » : formats possibles : ${Object.keys(FORMAT_LABELS).join(', ')}.`,
    );
    return 2;
  }
  const issues: ImportIssue[] = [];
  let places: Place[] = [];
  for (const file of args.files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      issues.push({
        file,
        where: 'fichier',
        level: 'error',
        reason: `fichier illisible : ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
      });
      continue;
    }
    const r = importText(text, file, {
      ...(typeof format === 'string' ? { format: format as FormatId } : {}),
      ...(args.flags.has('--exemple') ? { exemple: true } : {}),
    });
    issues.push(...r.issues);
    places.push(...r.places);
    const bad = r.issues.filter((i) => i.level === 'error').length;
    io.out(
      `${basename(file)} : ${r.format === 'inconnu' ? 'format inconnu' : FORMAT_LABELS[r.format as FormatId]}, ${r.places.length} gardés, ${bad} rejetés.`,
    );
  }
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  let communesRel: string | undefined;
  if (!args.flags.has('--no-communes')) {
    try {
      const build = writeCommunes(join(dir, 'communes'), typeof csv === 'string' ? csv : undefined, io);
      communesRel = 'communes/manifest.json';
      placeAtCommuneCentre(places, build.communes, issues);
    } catch (e) {
      io.err(`Communes non écrites : ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  places = mergeDuplicates(places, issues);
  const now = args.flags.get('--now');
  const { manifest, shards } = buildIndex(places, {
    ...(typeof now === 'string' ? { generatedAt: `${now}T00:00:00.000Z` } : {}),
    credits: [
      ...(places.some((p) => p.source === 'dila')
        ? ["Annuaire de l'administration, DILA, Licence Ouverte v2.0"]
        : []),
      ...(places.some((p) => p.source.startsWith('data-inclusion'))
        ? ['data·inclusion, Licence Ouverte v2.0']
        : []),
      ...(places.some((p) => p.source.startsWith('mediation-numerique'))
        ? ['Lieux de médiation numérique, Licence Ouverte v2.0']
        : []),
      ...(communesRel ? [COMMUNES_CREDIT] : []),
    ],
    ...(communesRel ? { communes: communesRel } : {}),
  });
  for (const [key, shard] of shards) writeJson(join(dir, `${key}.json`), shard);
  writeJson(join(dir, 'manifest.json'), manifest);
  for (const i of issues) io.err(formatIssue(i));
  const errors = issues.filter((i) => i.level === 'error').length;
  const warnings = issues.length - errors;
  io.out(
    `Index écrit dans ${dir} : ${manifest.count} lieux en ${shards.size} fichiers (${[...shards.keys()].join(', ')}). ${errors} enregistrements rejetés, ${warnings} avertissements.`,
  );
  const report = args.flags.get('--report');
  if (typeof report === 'string') writeJson(report, issues);
  return manifest.count > 0 ? 0 : 1;
}

const invoked = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : '';
if (
  invoked === import.meta.url ||
  (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url))
) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`Erreur inattendue : ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
