// The command line, as a function over injected I/O so that tests run it without a process.
import { checkDocument, checkText, formatFinding } from './check.js';
import type { CheckResult, DocumentSection, Finding, GlossaryEntry, Lang, Level } from './types.js';

export interface CliIO {
  /** Bytes are decoded here (UTF-8 only, BOM accepted); a string is taken as already decoded. */
  readFile: (path: string) => string | Uint8Array;
  out: (line: string) => void;
  err: (line: string) => void;
}

export const USAGE = `Utilisation : passerelle-falc check FICHIERS… [--lang fr|en] [--glossary lexique.json] [--json] [--quiet]

Vérifie des textes FALC (facile à lire et à comprendre).
Fichiers acceptés : .md, .txt, et le JSON du contenu (une explication, une liste, ou { "explanations": [...] }).
Code de sortie : 0 sans erreur, 1 si une règle de niveau erreur échoue, 2 si la commande ou un fichier est invalide.`;

interface JsonExplanation {
  id?: string;
  rightId?: string;
  locale?: string;
  lang?: string;
  sections: DocumentSection[];
  glossary?: GlossaryEntry[];
}

function isSection(x: unknown): x is DocumentSection {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as { body?: unknown; heading?: unknown };
  return (
    typeof s.body === 'string' &&
    (s.heading === undefined || s.heading === null || typeof s.heading === 'string')
  );
}

function isGlossaryEntry(x: unknown): x is GlossaryEntry {
  return typeof x === 'object' && x !== null && typeof (x as GlossaryEntry).term === 'string';
}

/** Reads the content JSON: one explanation, an array, or { explanations, glossary }. */
export function parseContentJson(
  text: string,
  file: string,
): { docs: JsonExplanation[]; glossary: GlossaryEntry[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file} : le JSON est invalide (${(e as Error).message}).`);
  }
  let glossary: GlossaryEntry[] = [];
  let list: unknown[];
  if (Array.isArray(data)) list = data;
  else if (
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as { explanations?: unknown }).explanations)
  ) {
    list = (data as { explanations: unknown[] }).explanations;
    const g = (data as { glossary?: unknown }).glossary;
    if (Array.isArray(g)) glossary = g.filter(isGlossaryEntry);
  } else list = [data];
  const docs = list.map((item, i) => {
    const sections = (item as { sections?: unknown })?.sections;
    if (!Array.isArray(sections) || !sections.every(isSection))
      throw new Error(
        `${file} : l'élément ${i + 1} doit avoir "sections", une liste de { "heading": texte, "body": texte }.`,
      );
    const doc = item as JsonExplanation;
    return { ...doc, glossary: Array.isArray(doc.glossary) ? doc.glossary.filter(isGlossaryEntry) : [] };
  });
  return { docs, glossary };
}

/** UTF-8 text without its BOM; any other encoding is refused rather than read as garbage. */
export function decodeUtf8(data: string | Uint8Array, file: string): string {
  let text: string;
  if (typeof data === 'string') text = data;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      throw new Error(
        `${file} : ce fichier n'est pas en UTF-8 (sans doute Latin-1 ou Windows-1252, comme les exports d'Excel ou du Bloc-notes). Enregistrez-le en UTF-8 puis relancez la commande.`,
      );
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseGlossaryFile(text: string, file: string): GlossaryEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file} : le JSON est invalide (${(e as Error).message}).`);
  }
  const list = Array.isArray(data) ? data : (data as { glossary?: unknown })?.glossary;
  if (!Array.isArray(list))
    throw new Error(`${file} : le lexique doit être une liste de { "term", "definition" }.`);
  return list.map((x, i) => {
    if (typeof x === 'string') return { term: x, definition: '' };
    if (typeof x?.term !== 'string')
      throw new Error(`${file} : l'entrée ${i + 1} du lexique n'a pas de "term" (texte).`);
    return x as GlossaryEntry;
  });
}

const langOf = (file: string, fallback: Lang | undefined, declared?: string): Lang => {
  if (fallback) return fallback;
  if (declared?.startsWith('en')) return 'en';
  if (/\.en\.(md|txt|json)$/i.test(file)) return 'en';
  return 'fr';
};

export function runCli(argv: readonly string[], io: CliIO): number {
  const args = [...argv];
  const cmd = args.shift();
  if (cmd === '--help' || cmd === '-h' || cmd === 'help' || args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (cmd !== 'check') {
    io.err(cmd ? `Commande inconnue : ${cmd}.\n\n${USAGE}` : USAGE);
    return 2;
  }
  const files: string[] = [];
  let lang: Lang | undefined;
  let glossaryFile: string | undefined;
  let json = false;
  let quiet = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--lang') {
      const v = args[++i];
      if (v !== 'fr' && v !== 'en') {
        io.err(`--lang attend fr ou en, reçu : ${v ?? 'rien'}.`);
        return 2;
      }
      lang = v;
    } else if (a === '--glossary') {
      glossaryFile = args[++i];
      if (!glossaryFile) {
        io.err('--glossary attend un fichier JSON.');
        return 2;
      }
    } else if (a === '--json') json = true;
    else if (a === '--quiet') quiet = true;
    else if (a.startsWith('--')) {
      io.err(`Option inconnue : ${a}.\n\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    io.err(`Donnez au moins un fichier.\n\n${USAGE}`);
    return 2;
  }
  let extraGlossary: GlossaryEntry[] = [];
  try {
    if (glossaryFile)
      extraGlossary = parseGlossaryFile(decodeUtf8(io.readFile(glossaryFile), glossaryFile), glossaryFile);
  } catch (e) {
    io.err((e as Error).message);
    return 2;
  }

  const report: Array<{
    file: string;
    id?: string;
    ok: boolean;
    counts: Record<Level, number>;
    readability: CheckResult['readability'];
    findings: Finding[];
  }> = [];
  let failedInput = false;
  for (const file of files) {
    let data: string | Uint8Array;
    try {
      data = io.readFile(file);
    } catch (e) {
      io.err(
        `${file} : impossible de lire le fichier (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`,
      );
      failedInput = true;
      continue;
    }
    let text: string;
    try {
      text = decodeUtf8(data, file);
    } catch (e) {
      io.err((e as Error).message);
      failedInput = true;
      continue;
    }
    if (/\.json$/i.test(file)) {
      try {
        const { docs, glossary } = parseContentJson(text, file);
        for (const d of docs) {
          const label = [d.id ?? d.rightId, d.locale ?? d.lang].filter(Boolean).join(' ');
          const r = checkDocument(d.sections, [...glossary, ...(d.glossary ?? []), ...extraGlossary], {
            lang: langOf(file, lang, d.locale ?? d.lang),
          });
          report.push({
            file: label ? `${file} (${label})` : file,
            ok: r.ok,
            counts: r.counts,
            readability: r.readability,
            findings: r.findings,
          });
        }
      } catch (e) {
        io.err((e as Error).message);
        failedInput = true;
      }
    } else if (/\.(md|markdown|txt)$/i.test(file)) {
      const r = checkText(text, { lang: langOf(file, lang), glossary: extraGlossary });
      report.push({ file, ok: r.ok, counts: r.counts, readability: r.readability, findings: r.findings });
    } else {
      io.err(`${file} : type de fichier non pris en charge. Utilisez .md, .txt ou .json.`);
      failedInput = true;
    }
  }

  if (json) io.out(JSON.stringify(report, null, 2));
  else {
    for (const r of report) {
      for (const f of r.findings) if (!quiet || f.level === 'error') io.out(formatFinding(f, r.file));
      const km = r.readability.kandelMoles;
      io.out(
        `${r.ok ? 'OK' : 'ÉCHEC'} ${r.file} : ${r.counts.error} erreur(s), ${r.counts.warning} avertissement(s), ${r.counts.advice} conseil(s)` +
          ` ; lisibilité${km !== null ? ` Kandel-Moles ${km},` : ''} LIX ${r.readability.lix}`,
      );
    }
  }
  if (failedInput) return 2;
  return report.every((r) => r.ok) ? 0 : 1;
}
