// Registry of dated parameter values, as the evaluator reads them. The main entry carries values in force
// from 2025-01-01 without their sources (current-values.ts, generated); '@passerelle/rules/history' adds
// older values back to 2018-01, and '@passerelle/rules/parameters' gives labels and sources.
import { CURRENT_VALUES, type ParameterId } from './current-values.js';
import type { DatedValue, ValueTable } from './types.js';

export type { ParameterId };

export type {
  DatedValue,
  ParameterAt,
  ParameterDef,
  ParameterValue,
  RevaluationCycle,
  ValueTable,
} from './types.js';

const registry = new Map<string, readonly DatedValue[]>(Object.entries(CURRENT_VALUES));

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
export function registerHistory(history: ValueTable): void {
  if (historyLoaded) return;
  for (const [id, older] of Object.entries(history)) {
    const values = registry.get(id);
    if (!values) throw new Error(`history names an unknown parameter "${id}"`);
    const known = new Set(values.map((v) => v[0]));
    registry.set(
      id,
      [...older.filter((v) => !known.has(v[0])), ...values].sort((a, b) =>
        a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
      ),
    );
  }
  historyLoaded = true;
  coveredFrom = '2018-01-01';
  snapshotCache.clear();
}

export const isHistoryLoaded = (): boolean => historyLoaded;
export const earliestSupportedDate = (): string => coveredFrom;
/** Ids of every parameter, in declaration order. */
export const parameterIds = (): string[] => [...registry.keys()];
/** Every loaded value of a parameter, oldest first (undefined for an unknown id). */
export const valuesOf = (id: string): readonly DatedValue[] | undefined => registry.get(id);

const toDay = (date: string): string => (date.length === 7 ? `${date}-01` : date);

export function checkCovered(date: string): void {
  const day = toDay(date);
  if (day >= coveredFrom) return;
  if (historyLoaded)
    throw new ParameterHistoryError(
      day,
      `${day} : les paramètres ne sont connus qu’à partir du 2018-01-01 ; choisissez une date plus récente`,
    );
  throw new ParameterHistoryError(
    day,
    `${day} : cette date demande l’historique des paramètres ; appelez d’abord loadHistory() de '@passerelle/rules/history' (l’entrée principale porte les valeurs depuis le 2025-01-01)`,
  );
}

function find(values: readonly DatedValue[], day: string): DatedValue | undefined {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i] as DatedValue;
    if (v[0] <= day) return v;
  }
  return undefined;
}

/** The dated value in force at a date (YYYY-MM-DD or YYYY-MM); throws an error that says what to load. */
export function findValue(id: string, date: string): DatedValue {
  const values = registry.get(id);
  if (!values) throw new Error(`unknown parameter "${id}"`);
  const day = toDay(date);
  const v = find(values, day);
  if (v) return v;
  checkCovered(day);
  throw new ParameterHistoryError(day, `parameter "${id}" has no value in force on ${day}`);
}

/** Values in force at a date, by id, cached per date (the evaluator's fast path). */
function snapshot(day: string): Map<string, number | readonly number[]> {
  let snap = snapshotCache.get(day);
  if (!snap) {
    checkCovered(day);
    snap = new Map();
    for (const [id, values] of registry) {
      const v = find(values, day);
      if (v) snap.set(id, v[1]);
    }
    if (snapshotCache.size > 64) snapshotCache.clear();
    snapshotCache.set(day, snap);
  }
  return snap;
}

/**
 * Fast lookup used by the evaluator: numeric value of a parameter at a date, cached per date.
 * Throws a ParameterHistoryError when the date is not covered.
 */
export function snapshotAt(date: string): (id: ParameterId) => number {
  const day = toDay(date);
  const s = snapshot(day);
  return (id: ParameterId): number => {
    const v = s.get(id);
    if (typeof v !== 'number') {
      if (v === undefined)
        throw new ParameterHistoryError(day, `parameter "${id}" has no value in force on ${day}`);
      throw new Error(`parameter "${id}" is a list; use listAt`);
    }
    return v;
  };
}

/** List-valued parameter (scales) at a date, from the per-date cache. */
export function snapshotListAt(date: string): (id: ParameterId) => readonly number[] {
  const day = toDay(date);
  const s = snapshot(day);
  return (id: ParameterId): readonly number[] => {
    const v = s.get(id);
    if (v === undefined) return listAt(id, day);
    return typeof v === 'number' ? [v] : v;
  };
}

/** Numeric value of a parameter at any date (YYYY-MM-DD or YYYY-MM) that the loaded values cover. */
export function valueAt(id: string, date: string): number {
  const v = findValue(id, date)[1];
  if (typeof v !== 'number') throw new Error(`parameter "${id}" is a list; use listAt`);
  return v;
}

/** List-valued parameter (scales) at a date. */
export function listAt(id: string, date: string): readonly number[] {
  const v = findValue(id, date)[1];
  return typeof v === 'number' ? [v] : v;
}
