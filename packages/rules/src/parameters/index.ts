// Registry of dated parameters. The main entry carries values in force from 2025-01-01; importing
// '@passerelle/rules/history' (src/history.ts) adds the older values back to 2018-01.
import { CURRENT_PARAMETERS } from './current-data.js';
import type { ParameterAt, ParameterDef, ParameterValue } from './types.js';

export type { ParameterAt, ParameterDef, ParameterValue, RevaluationCycle } from './types.js';

interface Entry {
  def: ParameterDef;
  values: ParameterValue[];
}

const registry = new Map<string, Entry>();
for (const def of CURRENT_PARAMETERS) registry.set(def.id, { def, values: [...def.values] });

/** Earliest month the loaded parameters can evaluate (YYYY-MM-DD). */
let coveredFrom = '2025-01-01';
let historyLoaded = false;
const snapshotCache = new Map<string, Map<string, number | readonly number[]>>();

/** Error thrown when a date needs parameter values that are not loaded (or do not exist). */
export class ParameterHistoryError extends Error {
  constructor(
    readonly date: string,
    message: string,
  ) {
    super(message);
    this.name = 'ParameterHistoryError';
  }
}

/** Adds older values (used by src/history.ts). Idempotent. */
export function registerHistory(history: Readonly<Record<string, readonly ParameterValue[]>>): void {
  if (historyLoaded) return;
  for (const [id, older] of Object.entries(history)) {
    const entry = registry.get(id);
    if (!entry) throw new Error(`history names an unknown parameter "${id}"`);
    const known = new Set(entry.values.map((v) => v[0]));
    entry.values = [...older.filter((v) => !known.has(v[0])), ...entry.values].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
    );
  }
  historyLoaded = true;
  coveredFrom = '2018-01-01';
  snapshotCache.clear();
}

export const isHistoryLoaded = (): boolean => historyLoaded;
export const earliestSupportedDate = (): string => coveredFrom;

function checkCovered(date: string): void {
  if (date >= coveredFrom) return;
  if (historyLoaded)
    throw new ParameterHistoryError(date, `${date}: parameters are kept from 2018-01-01 only`);
  throw new ParameterHistoryError(
    date,
    `${date}: this date needs the parameter history; import '@passerelle/rules/history' first (the main entry carries values from 2025-01-01)`,
  );
}

function find(entry: Entry, date: string): ParameterValue | undefined {
  const vs = entry.values;
  for (let i = vs.length - 1; i >= 0; i--) {
    const v = vs[i] as ParameterValue;
    if (v[0] <= date) return v;
  }
  return undefined;
}

/** The value of a parameter in force at a date (YYYY-MM-DD or YYYY-MM), with its source. */
export function parameterAt(id: string, date: string): ParameterAt {
  const day = date.length === 7 ? `${date}-01` : date;
  const entry = registry.get(id);
  if (!entry) throw new Error(`unknown parameter "${id}"`);
  const v = find(entry, day);
  if (!v) {
    checkCovered(day);
    throw new ParameterHistoryError(day, `parameter "${id}" has no value in force on ${day}`);
  }
  const { def } = entry;
  return {
    id,
    label: def.label,
    unit: def.unit,
    value: v[1],
    from: v[0],
    source: v[2],
    verifiedOn: def.verifiedOn,
    ...(def.note ? { note: def.note } : {}),
  };
}

/** Every parameter in force at a date, sorted by id (for the CLI and documentation). */
export function listParameters(at: string): ParameterAt[] {
  checkCovered(at.length === 7 ? `${at}-01` : at);
  const out: ParameterAt[] = [];
  for (const id of [...registry.keys()].sort()) {
    const entry = registry.get(id) as Entry;
    if (find(entry, at.length === 7 ? `${at}-01` : at)) out.push(parameterAt(id, at));
  }
  return out;
}

/** Definitions with every loaded value (for the staleness test and docs). */
export function parameterDefinitions(): ParameterDef[] {
  return [...registry.values()].map((e) => ({ ...e.def, values: e.values }));
}

/**
 * Fast lookup used by the evaluator: numeric value of a parameter at a date, cached per date.
 * Throws a ParameterHistoryError when the date is not covered.
 */
export function snapshotAt(date: string): (id: string) => number {
  const day = date.length === 7 ? `${date}-01` : date;
  let snap = snapshotCache.get(day);
  if (!snap) {
    checkCovered(day);
    snap = new Map();
    for (const [id, entry] of registry) {
      const v = find(entry, day);
      if (v) snap.set(id, v[1]);
    }
    if (snapshotCache.size > 64) snapshotCache.clear();
    snapshotCache.set(day, snap);
  }
  const s = snap;
  return (id: string): number => {
    const v = s.get(id);
    if (typeof v !== 'number') {
      if (v === undefined)
        throw new ParameterHistoryError(day, `parameter "${id}" has no value in force on ${day}`);
      throw new Error(`parameter "${id}" is a list; use listAt`);
    }
    return v;
  };
}

/** Numeric value of a parameter at any date (no coverage check when a value exists). */
export function valueAt(id: string, date: string): number {
  const entry = registry.get(id);
  if (!entry) throw new Error(`unknown parameter "${id}"`);
  const v = find(entry, date.length === 7 ? `${date}-01` : date);
  if (!v) return parameterAt(id, date).value as number; // throws the explanatory error
  return v[1] as number;
}

/** List-valued parameter (scales) at a date. */
export function listAt(id: string, date: string): readonly number[] {
  const v = parameterAt(id, date).value;
  return typeof v === 'number' ? [v] : v;
}
