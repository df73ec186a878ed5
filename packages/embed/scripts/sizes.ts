// Transfer sizes of the built kit, in gzip bytes, computed per file (each file travels on its own) over the
// static import closure of each entry: what a page downloads before the widget can run. Lazy chunks
// (dynamic imports: pictograms, optional parts) are not part of a widget's budget.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltFile, EmbedManifest } from './build.js';

const KB = 1024;

/** Budgets from issue 8, in gzip bytes. */
export const BUDGETS = {
  loader: 5 * KB,
  questionnaire: 60 * KB,
  'partner-finder': 35 * KB,
  falc: 25 * KB,
  together: 100 * KB,
} as const;

export type BudgetName = keyof typeof BUDGETS;

/**
 * Budgets not met yet (measured 2026-11-24, Vite build): each is held under a ceiling so it cannot grow
 * while it is being cut, and `npm run bench` still reports it against the real budget. Remove an entry as
 * soon as its budget is met: the tests then assert the budget itself.
 */
export const OVER_BUDGET: Partial<Record<BudgetName, { ceiling: number; why: string }>> = {
  questionnaire: {
    ceiling: 88 * KB,
    why: 'rules catalogue texts, flow questions and current parameters (with their sources) ship in one chunk',
  },
  'partner-finder': {
    ceiling: 38 * KB,
    why: 'a chunk shared with the questionnaire (combobox, communes) counts whole',
  },
  together: { ceiling: 116 * KB, why: 'follows the questionnaire' },
};

/** Files made only of pictogram modules do not count in a widget's budget ("FALC without pictograms"). */
const PICTOGRAM = /pictogram|@iconify-json|healthicons|openmoji|mulberry/i;
const RUNTIME = /^rolldown\/|^vite\//; // bundler helpers that come along with any chunk
export const isPictogramFile = (f: BuiltFile) => {
  const own = f.modules.filter((m) => !RUNTIME.test(m));
  return own.length > 0 && own.every((m) => PICTOGRAM.test(m));
};

export interface EntrySize {
  files: string[];
  gzip: number;
  raw: number;
}

export interface SizeReport {
  version: string;
  loader: EntrySize;
  widgets: Record<string, EntrySize>;
  /** Loader plus every widget, shared chunks counted once. */
  together: EntrySize;
  /** Gzip bytes of pictogram-only files left out of the widget budgets. */
  pictograms: number;
}

export function readManifest(distDir: string): EmbedManifest {
  const file = join(distDir, 'passerelle-manifest.json');
  if (!existsSync(file))
    throw new Error(`${file} is missing: build the kit first (npm run build -w @passerelle/embed).`);
  return JSON.parse(readFileSync(file, 'utf8')) as EmbedManifest;
}

/** Static import closure of one file, pictogram-only files left out. */
export function closure(manifest: EmbedManifest, fileName: string): string[] {
  const byName = new Map(manifest.files.map((f) => [f.fileName, f]));
  const out = new Set<string>();
  const visit = (name: string) => {
    const f = byName.get(name);
    if (!f) throw new Error(`passerelle-manifest.json lists ${name} but it is not in the build.`);
    if (out.has(name) || isPictogramFile(f)) return;
    out.add(name);
    for (const i of f.imports) visit(i);
  };
  visit(fileName);
  return [...out].sort();
}

export function measure(distDir: string): SizeReport {
  const manifest = readManifest(distDir);
  const gz = new Map<string, { gzip: number; raw: number }>();
  for (const f of manifest.files) {
    const data = readFileSync(join(distDir, f.fileName));
    gz.set(f.fileName, { gzip: gzipSync(data, { level: 9 }).length, raw: data.length });
  }
  const size = (files: string[]): EntrySize => ({
    files,
    gzip: files.reduce((n, f) => n + (gz.get(f)?.gzip ?? 0), 0),
    raw: files.reduce((n, f) => n + (gz.get(f)?.raw ?? 0), 0),
  });
  const loader = size(closure(manifest, 'passerelle.js'));
  const widgets: Record<string, EntrySize> = {};
  const all = new Set(loader.files);
  for (const w of manifest.widgets) {
    const files = closure(manifest, w.file);
    widgets[w.chunk] = size(files);
    for (const f of files) all.add(f);
  }
  const pictograms = manifest.files
    .filter(isPictogramFile)
    .reduce((n, f) => n + (gz.get(f.fileName)?.gzip ?? 0), 0);
  return { version: manifest.version, loader, widgets, together: size([...all].sort()), pictograms };
}
