#!/usr/bin/env node
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMUNES_CREDIT, type Commune } from './communes.js';
import { decodeBytes, type FormatId, FORMAT_LABELS, importText, mergeDuplicates } from './import.js';
import type { ImportIssue, Place } from './model.js';
import { buildCommunes, communesFiles } from './node/communes-build.js';
import { buildIndex, isManifest } from './partner-index.js';
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
  /** A usage error naming the option. */
  error?: string;
}

const OPTIONS: Record<string, 'flag' | 'value'> = {
  '--out': 'value',
  '--format': 'value',
  '--report': 'value',
  '--csv': 'value',
  '--now': 'value',
  '--exemple': 'flag',
  '--no-communes': 'flag',
  '--help': 'flag',
  '-h': 'flag',
};

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  const files: string[] = [];
  const flags = new Map<string, string | true>();
  if (command === '--help' || command === '-h') return { command: 'help', files, flags };
  const args = { ...(command ? { command } : {}), files, flags };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (!a.startsWith('-') || a === '-') {
      files.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const k = eq > 0 ? a.slice(0, eq) : a;
    const kind = OPTIONS[k];
    if (!kind) return { ...args, error: `Option inconnue « ${k} ».` };
    if (kind === 'flag') {
      if (eq > 0) return { ...args, error: `L’option ${k} ne prend pas de valeur.` };
      flags.set(k, true);
      continue;
    }
    const v = eq > 0 ? a.slice(eq + 1) : rest[++i];
    if (v === undefined || v === '' || (eq < 0 && v.startsWith('--')))
      return { ...args, error: `Il manque la valeur de ${k}.` };
    flags.set(k, v);
  }
  return args;
}

/** A real calendar day (2026-02-30 is not). */
const isDay = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const formatIssue = (i: ImportIssue): string =>
  `${i.file} ${i.where}${i.id ? ` (${i.id})` : ''} : ${i.level === 'error' ? 'ERREUR' : 'attention'} : ${i.reason}`;

function writeJson(path: string, data: unknown): number {
  const text = JSON.stringify(data);
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/** Writes the browser communes files; returns the build for geocoding. */
function writeCommunes(
  dir: string,
  csv: string | undefined,
  io: CliIO,
  shown = dir,
): ReturnType<typeof buildCommunes> {
  const build = buildCommunes(csv);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [file, data] of communesFiles(build.communes)) bytes += writeJson(join(dir, file), data);
  io.out(`Communes : ${build.communes.length} écrites dans ${shown} (${Math.round(bytes / 1024)} Kio).`);
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

/** Checks --out (a folder or nothing yet) and --report (a file) before any work; returns the French error. */
function checkOutputs(out: string, report: string | undefined): string | undefined {
  const kind = (p: string) => {
    try {
      return statSync(p).isDirectory() ? 'dir' : 'file';
    } catch {
      return 'none';
    }
  };
  if (kind(out) === 'file')
    return `--out « ${out} » est un fichier : donnez un dossier (il sera créé s’il n’existe pas).`;
  if (report !== undefined && kind(report) === 'dir')
    return `--report « ${report} » est un dossier : donnez un nom de fichier, par exemple ${join(report, 'rapport.json')}.`;
  return undefined;
}

/** A French reason for a file that cannot be read or written. */
const fsReason = (e: unknown, writing = false): string => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return writing ? 'son dossier n’existe pas' : 'fichier introuvable : vérifiez le nom et le dossier';
  if (code === 'EISDIR') return 'c’est un dossier, pas un fichier';
  if (code === 'EACCES' || code === 'EPERM') return 'accès refusé : vérifiez les droits sur ce fichier';
  if (code === 'ENOSPC') return 'disque plein';
  return `illisible (${code ?? (e instanceof Error ? e.message : String(e))})`;
};

/** "sans coordonnées : placé au centre de X" → "sans coordonnées": one heading per kind of warning. */
const kindOf = (reason: string): string => reason.split(/ : | \(| «/)[0] as string;

/** "12 sans coordonnées, 2 horaires illisibles": the warnings by kind, most frequent first. */
function warningSummary(issues: ImportIssue[]): string {
  const counts = new Map<string, number>();
  for (const i of issues)
    if (i.level === 'warning') counts.set(kindOf(i.reason), (counts.get(kindOf(i.reason)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}

/**
 * Moves a finished index from `tmp` into `dir` file by file, the manifest last, then removes the
 * shards of the previous index that the new one no longer has: a reader never sees half an index.
 */
function swapIndex(tmp: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  let previous: string[] = [];
  try {
    const old = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as unknown;
    if (isManifest(old)) previous = old.shards.map((sh) => basename(sh.file));
  } catch {}
  const names = readdirSync(tmp).filter((n) => n !== 'manifest.json');
  for (const name of names) {
    const target = join(dir, name);
    if (statSync(join(tmp, name)).isDirectory() && existsSync(target)) {
      const aside = `${target}.ancien-${process.pid}`;
      renameSync(target, aside);
      renameSync(join(tmp, name), target);
      rmSync(aside, { recursive: true, force: true });
    } else renameSync(join(tmp, name), target);
  }
  renameSync(join(tmp, 'manifest.json'), join(dir, 'manifest.json'));
  for (const file of previous)
    if (!names.includes(file) && /^[\w-]+\.json$/.test(file)) rmSync(join(dir, file), { force: true });
  rmSync(tmp, { recursive: true, force: true });
}

/** Writes the --report file; false (with a French message) when it cannot be written. */
function writeReport(report: string | undefined, issues: ImportIssue[], io: CliIO): boolean {
  if (!report) return true;
  try {
    writeJson(report, issues);
    return true;
  } catch (e) {
    io.err(`Rapport non écrit dans « ${report} » : ${fsReason(e, true)}.`);
    return false;
  }
}

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help' || args.flags.has('--help') || args.flags.has('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (!args.command) {
    io.err(USAGE);
    return 2;
  }
  if (args.error) {
    io.err(`${args.error}\n\n${USAGE}`);
    return 2;
  }
  const out = args.flags.get('--out');
  if (typeof out !== 'string' || !out) {
    io.err(`Il manque --out DOSSIER.\n\n${USAGE}`);
    return 2;
  }
  const reportFlag = args.flags.get('--report');
  const report = typeof reportFlag === 'string' ? reportFlag : undefined;
  const outputError = checkOutputs(out, report);
  if (outputError) {
    io.err(outputError);
    return 2;
  }
  const csv = args.flags.get('--csv');
  if (args.command === 'communes') {
    try {
      const build = writeCommunes(resolve(out), typeof csv === 'string' ? csv : undefined, io);
      if (report)
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
  if (format !== undefined && (typeof format !== 'string' || !Object.hasOwn(FORMAT_LABELS, format))) {
    io.err(
      `Format inconnu « ${String(format)} » : formats possibles : ${Object.keys(FORMAT_LABELS).join(', ')}.`,
    );
    return 2;
  }
  const now = args.flags.get('--now');
  if (now !== undefined && (typeof now !== 'string' || !isDay(now))) {
    io.err(`--now attend une date réelle AAAA-MM-JJ, par exemple 2026-11-24 (reçu « ${String(now)} »).`);
    return 2;
  }
  const issues: ImportIssue[] = [];
  let places: Place[] = [];
  const failedFiles: string[] = [];
  for (const file of args.files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      issues.push({ file, where: 'fichier', level: 'error', reason: fsReason(e) });
      failedFiles.push(file);
      continue;
    }
    const decoded = decodeBytes(bytes, file);
    if (decoded.issue) issues.push(decoded.issue);
    const r = importText(decoded.text, file, {
      ...(typeof format === 'string' ? { format: format as FormatId } : {}),
      ...(args.flags.has('--exemple') ? { exemple: true } : {}),
    });
    // Loops, not push(...spread): a national export has more records than a call has arguments.
    for (const i of r.issues) issues.push(i);
    for (const p of r.places) places.push(p);
    if (r.issues.some((i) => i.where === 'fichier' && i.level === 'error')) failedFiles.push(file);
    const bad = r.issues.filter((i) => i.level === 'error').length;
    io.out(
      `${basename(file)} : ${r.format === 'inconnu' ? 'format inconnu' : FORMAT_LABELS[r.format as FormatId]}, ${r.places.length} gardés, ${bad} rejetés.`,
    );
  }
  const dir = resolve(out);
  if (failedFiles.length || places.length === 0) {
    for (const i of issues) io.err(formatIssue(i));
    io.err(
      failedFiles.length
        ? `Import arrêté : ${failedFiles.map((f) => `« ${f} »`).join(', ')} n’a pas pu être lu. Corrigez puis relancez : rien n’a été écrit, l’index de ${dir} est inchangé.`
        : `Import arrêté : aucun lieu à garder. Rien n’a été écrit, l’index de ${dir} est inchangé.`,
    );
    writeReport(report, issues, io);
    return 1;
  }
  // Everything is written aside first, then swapped in: a failure leaves the previous index as it was.
  const tmp = `${dir}.partiel-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    let communesRel: string | undefined;
    if (!args.flags.has('--no-communes')) {
      try {
        const build = writeCommunes(
          join(tmp, 'communes'),
          typeof csv === 'string' ? csv : undefined,
          io,
          join(dir, 'communes'),
        );
        communesRel = 'communes/manifest.json';
        placeAtCommuneCentre(places, build.communes, issues);
      } catch (e) {
        io.err(`Communes non écrites : ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    places = mergeDuplicates(places, issues);
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
    for (const [key, shard] of shards) writeJson(join(tmp, `${key}.json`), shard);
    writeJson(join(tmp, 'manifest.json'), manifest);
    swapIndex(tmp, dir);
    for (const i of issues) io.err(formatIssue(i));
    const errors = issues.filter((i) => i.level === 'error').length;
    const warnings = issues.length - errors;
    const detail = warnings ? ` (${warningSummary(issues)} ; le détail est listé au-dessus)` : '';
    io.out(
      `Index écrit dans ${dir} : ${manifest.count} lieux en ${shards.size} fichiers (${[...shards.keys()].join(', ')}). ${errors} enregistrements rejetés, ${warnings} avertissements${detail}.`,
    );
    return writeReport(report, issues, io) ? 0 : 1;
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    io.err(`Écriture impossible dans ${dir} : ${fsReason(e, true)}. L’index précédent est inchangé.`);
    return 1;
  }
}

/** Runs the command for the process: the `passerelle-partners` bin calls it. */
export function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`Erreur inattendue : ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

// `node dist/cli.js …` (the package build) runs it directly.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) void run();
