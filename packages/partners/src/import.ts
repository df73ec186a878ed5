import Papa from 'papaparse';
import type { ImportIssue, ImportResult, Place } from './model.js';
import type { RawRecord } from './importers/common.js';
import { importDataInclusion } from './importers/data-inclusion.js';
import { importDilaAnnuaire, importDilaV3 } from './importers/dila.js';
import { importLocal } from './importers/local.js';
import { importMediationNumerique } from './importers/mediation-numerique.js';
import { fold, nameKey } from './text.js';

export type FormatId =
  | 'data-inclusion'
  | 'dila-annuaire'
  | 'dila-etablissements-publics'
  | 'mediation-numerique'
  | 'local';

export const FORMAT_LABELS: Record<FormatId, string> = {
  'data-inclusion': 'data·inclusion (structures et services)',
  'dila-annuaire': "Annuaire de l'administration (DILA, API v2.1 ou export JSON)",
  'dila-etablissements-publics': 'etablissements-publics (DILA v3, GeoJSON)',
  'mediation-numerique': 'lieux de médiation numérique',
  local: 'format local Passerelle',
};

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function detectRecords(keys: Set<string>): FormatId | null {
  const has = (k: string) => keys.has(k);
  if (has('pivot') && has('services')) return 'mediation-numerique';
  if (
    has('plage_ouverture') ||
    (has('pivot') && (has('adresse_courriel') || has('site_internet') || has('code_insee_commune')))
  )
    return 'dila-annuaire';
  if (
    has('structure_id') ||
    has('reseaux_porteurs') ||
    has('typologie') ||
    has('horaires_accueil') ||
    (has('date_maj') && has('source') && has('id'))
  )
    return 'data-inclusion';
  if (has('nom') && (has('type') || has('besoins') || has('horaires') || has('telephone'))) return 'local';
  return null;
}

interface Extracted {
  records: RawRecord[];
  format: FormatId | null;
  source?: string;
  exemple?: boolean;
}

function extractJson(data: unknown, forced: FormatId | null): Extracted | string {
  if (isObj(data) && data.type === 'FeatureCollection') {
    const features = Array.isArray(data.features) ? data.features : [];
    return {
      records: features.map((f, i) => ({ data: isObj(f) ? f : {}, where: `features[${i}]` })),
      format: 'dila-etablissements-publics',
    };
  }
  if (isObj(data) && Array.isArray(data.service)) {
    return {
      records: data.service.map((r, i) => ({ data: isObj(r) ? r : {}, where: `service[${i}]` })),
      format: 'dila-annuaire',
    };
  }
  if (isObj(data) && Array.isArray(data.partenaires)) {
    return {
      records: data.partenaires.map((r, i) => ({ data: isObj(r) ? r : {}, where: `partenaires[${i}]` })),
      format: 'local',
      ...(typeof data.source === 'string' ? { source: data.source } : {}),
      ...(data.exemple === true ? { exemple: true } : {}),
    };
  }
  if (isObj(data) && (Array.isArray(data.structures) || Array.isArray(data.services))) {
    const s = (Array.isArray(data.structures) ? data.structures : []).map((r, i) => ({
      data: isObj(r) ? r : {},
      where: `structures[${i}]`,
    }));
    const v = (Array.isArray(data.services) ? data.services : []).map((r, i) => ({
      data: isObj(r) ? r : {},
      where: `services[${i}]`,
    }));
    return { records: [...s, ...v], format: 'data-inclusion' };
  }
  const list = Array.isArray(data)
    ? data
    : isObj(data) && Array.isArray(data.items)
      ? data.items
      : isObj(data) && Array.isArray(data.results)
        ? data.results
        : null;
  if (!list)
    return 'le fichier JSON ne contient ni tableau d’enregistrements, ni « features », ni « service », ni « partenaires »';
  const keys = new Set<string>();
  for (const r of list.slice(0, 50)) if (isObj(r)) for (const k of Object.keys(r)) keys.add(k);
  const records = list.map((r, i) => ({ data: isObj(r) ? r : {}, where: `index ${i}` }));
  return { records, format: forced ?? detectRecords(keys) };
}

function extractCsv(text: string, forced: FormatId | null, issues: ImportIssue[], file: string): Extracted {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: RawRecord[] = [];
  let fields: string[] = [];
  // Line numbers from the parser's cursor: a quoted cell may hold line breaks, so rows ≠ lines.
  let cursor = 0;
  let line = 1;
  const lineAt = (offset: number): number => {
    for (let i = text.indexOf('\n', cursor); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    cursor = Math.max(cursor, offset);
    return line;
  };
  let rowStart = -1;
  Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    delimiter,
    transformHeader: (h) => h.trim(),
    step: (row) => {
      if (rowStart < 0) {
        // The header line: the first row starts on the line after it.
        fields = row.meta.fields ?? [];
        rowStart = text.indexOf('\n') + 1;
      }
      const where = `ligne ${lineAt(rowStart)}`;
      // Skip the line break that ends this row, so the next row starts on its own line.
      rowStart = row.meta.cursor;
      while (text[rowStart] === '\r' || text[rowStart] === '\n') {
        if (text[rowStart] === '\n') {
          rowStart++;
          break;
        }
        rowStart++;
      }
      if (row.errors.length) {
        for (const e of row.errors)
          issues.push({ file, where, level: 'error', reason: `CSV mal formé : ${e.message}` });
        return;
      }
      records.push({ data: row.data, where });
    },
  });
  return { records, format: forced ?? detectRecords(new Set(fields)) };
}

/**
 * Text of a file's bytes: UTF-8 (a byte order mark is dropped), else Windows-1252 / Latin-1, which is
 * what Excel and Notepad write, decoded correctly with a warning rather than garbled.
 */
export function decodeBytes(bytes: Uint8Array, file: string): { text: string; issue?: ImportIssue } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      issue: {
        file,
        where: 'fichier',
        level: 'warning',
        reason:
          'fichier en Latin-1 (Windows-1252, comme les exports d’Excel) et non en UTF-8 : lu comme tel ; vérifiez les accents et enregistrez-le en UTF-8 la prochaine fois',
      },
    };
  }
}

export interface ImportOptions {
  /** Force a format instead of detecting it. */
  format?: FormatId;
  /** Mark every record as sample data. */
  exemple?: boolean;
  /** Source name for local files (default: the file name). */
  source?: string;
}

const baseName = (file: string): string =>
  (file.split(/[\\/]/).pop() ?? file).replace(/\.(json|csv|geojson)$/i, '');

/** Imports one file's text. Never throws: problems come back as issues. */
export function importText(text: string, file: string, options: ImportOptions = {}): ImportResult {
  const issues: ImportIssue[] = [];
  const clean = text.replace(/^\uFEFF/, '');
  const trimmed = clean.trimStart();
  let extracted: Extracted | string;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(clean);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      issues.push({
        file,
        where: 'fichier',
        level: 'error',
        reason: `JSON illisible : ${msg}. Vérifiez les virgules et les guillemets.`,
      });
      return { places: [], issues, format: 'inconnu' };
    }
    extracted = extractJson(data, options.format ?? null);
  } else if (trimmed === '') {
    extracted = 'le fichier est vide';
  } else {
    extracted = extractCsv(clean, options.format ?? null, issues, file);
  }
  if (typeof extracted === 'string') {
    issues.push({ file, where: 'fichier', level: 'error', reason: extracted });
    return { places: [], issues, format: 'inconnu' };
  }
  const format = extracted.format;
  if (!format) {
    issues.push({
      file,
      where: 'fichier',
      level: 'error',
      reason:
        'format non reconnu : attendu data·inclusion, annuaire DILA, lieux de médiation numérique ou format local (voir docs/partenaires.md)',
    });
    return { places: [], issues, format: 'inconnu' };
  }
  const ctx = { file, issues, ...(options.exemple || extracted.exemple ? { exemple: true } : {}) };
  let places: Place[];
  switch (format) {
    case 'data-inclusion':
      places = importDataInclusion(extracted.records, ctx);
      break;
    case 'dila-annuaire':
      places = importDilaAnnuaire(extracted.records, ctx);
      break;
    case 'dila-etablissements-publics':
      places = importDilaV3(extracted.records, ctx);
      break;
    case 'mediation-numerique':
      places = importMediationNumerique(extracted.records, ctx, baseName(file));
      break;
    case 'local':
      places = importLocal(extracted.records, ctx, options.source ?? extracted.source ?? baseName(file));
      break;
  }
  return { places, issues, format };
}

/**
 * Merges duplicates: the same SIRET from two different sources, or the same name at the same
 * address. The most recently updated record wins; the other fills its gaps.
 */
export function mergeDuplicates(places: Place[], issues: ImportIssue[]): Place[] {
  const out: Place[] = [];
  const bySiret = new Map<string, number>();
  const byNameAddr = new Map<string, number>();
  const byId = new Map<string, number>();
  for (const p of places) {
    const nameAddr = p.adresse?.ligne
      ? `${nameKey(p.nom)}|${fold(p.adresse.ligne)}|${p.adresse.codePostal ?? fold(p.adresse.commune ?? '')}`
      : undefined;
    let idx = byId.get(p.id);
    if (idx === undefined && p.siret) {
      const j = bySiret.get(p.siret);
      if (j !== undefined && out[j]?.source !== p.source) idx = j;
    }
    if (idx === undefined && nameAddr) idx = byNameAddr.get(nameAddr);
    if (idx === undefined) {
      const i = out.push(p) - 1;
      byId.set(p.id, i);
      if (p.siret && !bySiret.has(p.siret)) bySiret.set(p.siret, i);
      if (nameAddr) byNameAddr.set(nameAddr, i);
      continue;
    }
    const prev = out[idx] as Place;
    const [winner, other] = (p.dateMaj ?? '') > (prev.dateMaj ?? '') ? [p, prev] : [prev, p];
    const merged: Place = { ...other, ...stripUndefined(winner) };
    merged.types = [...new Set([...winner.types, ...other.types])];
    merged.thematiques = [...new Set([...winner.thematiques, ...other.thematiques])];
    merged.modesAccueil = [...new Set([...winner.modesAccueil, ...other.modesAccueil])];
    out[idx] = merged;
    issues.push({
      file: '(fusion)',
      where: merged.id,
      level: 'warning',
      reason: `doublon fusionné : « ${p.nom} » (${p.id}) et « ${prev.nom} » (${prev.id})`,
      id: p.id,
    });
  }
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const r: Partial<T> = {};
  for (const [k, v] of Object.entries(o))
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) (r as Record<string, unknown>)[k] = v;
  return r;
}
