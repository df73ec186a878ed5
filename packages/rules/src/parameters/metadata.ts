// Labels, units, sources and review dates of the parameters (the ./parameters entry: CLI, docs, tests).
// Values come from the evaluator's registry, so they follow the history entry when it is loaded.
import { CURRENT_PARAMETERS } from './current-data.js';
import { checkCovered, findValue, parameterIds, valuesOf } from './index.js';
import type { ParameterAt, ParameterDef, ParameterValue } from './types.js';

const defs = new Map(CURRENT_PARAMETERS.map((d) => [d.id, d]));

function defOf(id: string): ParameterDef {
  const def = defs.get(id);
  if (!def) throw new Error(`unknown parameter "${id}"`);
  return def;
}

/** Source of a dated value: history values carry theirs, current ones are in current-data.ts. */
function sourceOf(def: ParameterDef, from: string, own: string | undefined): string {
  return own ?? def.values.find((v) => v[0] === from)?.[2] ?? '';
}

/** The value of a parameter in force at a date (YYYY-MM-DD or YYYY-MM), with its label and source. */
export function parameterAt(id: string, date: string): ParameterAt {
  const def = defOf(id);
  const [from, value, own] = findValue(id, date);
  return {
    id,
    label: def.label,
    unit: def.unit,
    value,
    from,
    source: sourceOf(def, from, own),
    verifiedOn: def.verifiedOn,
    ...(def.note ? { note: def.note } : {}),
  };
}

/** Every parameter in force at a date, sorted by id (for the CLI and documentation). */
export function listParameters(at: string): ParameterAt[] {
  checkCovered(at);
  const day = at.length === 7 ? `${at}-01` : at;
  const out: ParameterAt[] = [];
  for (const id of parameterIds().sort()) {
    if ((valuesOf(id) ?? []).some((v) => v[0] <= day)) out.push(parameterAt(id, at));
  }
  return out;
}

/** Definitions with every loaded value and its source (for the staleness test and docs). */
export function parameterDefinitions(): ParameterDef[] {
  return parameterIds().map((id) => {
    const def = defOf(id);
    const values: ParameterValue[] = (valuesOf(id) ?? []).map(([from, value, own]) => [
      from,
      value,
      sourceOf(def, from, own),
    ]);
    return { ...def, values };
  });
}
