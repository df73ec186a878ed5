// Reading evaluation results in tests (test-only module).
import { parameterAt } from '../src/parameters-entry.js';
import type { EvaluationResult, RightResult } from '../src/result.js';

/** The result of one right; throws when the right is missing. */
export const right = (r: EvaluationResult, id: string): RightResult => {
  const x = r.rights.find((y) => y.id === id);
  if (!x) throw new Error(`no ${id}`);
  return x;
};
/** A numeric parameter at a date. */
export const p = (id: string, date: string): number => parameterAt(id, date).value as number;
/** The amount of one right, null when none. */
export const amount = (r: EvaluationResult, id: string): number | null => right(r, id).amount?.value ?? null;
