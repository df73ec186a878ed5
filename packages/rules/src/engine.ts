// evaluateValid(situation, { month }): runs every right of the catalogue on a valid situation. No zod
// here: schema validation (evaluate, safeEvaluate) is in ./evaluate.ts, entry '@passerelle/rules/schema'.
import { buildContext } from './context.js';
import { ALL_RIGHTS, type RightDefinition, RESULT_CHECKS, RIGHT_DEFINITIONS } from './catalogue.js';
import { currentMonth } from './dates.js';
import type { EvaluationResult, RightResult } from './result.js';
import type { Situation } from './situation.js';
import { type CompiledCondition, compileConditions, Trace } from './rights/types.js';
import { COMMON_CONDITIONS } from './rights/common.js';
import { VERSION } from './version.js';

/** The package version, in every result: which rules (law and engine) produced it. */
export const RULES_VERSION = VERSION;

export interface SituationIssue {
  /** Path in the situation, e.g. "household.members[1].birthDate" ("" for the whole input). */
  path: string;
  message: string;
}

/** Thrown by evaluate() on invalid input; `issues` names every bad field by path. */
export class SituationError extends Error {
  constructor(readonly issues: SituationIssue[]) {
    super(issues.map((i) => `${i.path || '(situation)'} : ${i.message}`).join('\n'));
    this.name = 'SituationError';
  }
}

/** Formats a zod path as "household.members[1].birthDate". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += out ? `.${String(k)}` : String(k);
  }
  return out;
}

/** Local aid evaluator hook (filled by ./local-aids through options). */
export type LocalAidsEvaluator = (
  situation: Situation,
  month: string,
  national: RightResult[],
) => RightResult[];

export interface EvaluateOptions {
  /** Month evaluated (YYYY-MM); default: the situation's month, else the current month. */
  month?: string;
  /**
   * Local aids evaluated after the national rights, e.g. `localAidsEvaluator(files)` from
   * '@passerelle/rules/local-aids' (kept out of the main entry). Their ids are `local:<source>:<id>`.
   */
  localAids?: LocalAidsEvaluator;
  /** Evaluate only these rights (default: the whole catalogue). */
  only?: readonly string[];
}

const conditionsOf = new Map<RightDefinition, Record<string, CompiledCondition>>();
const readsOf = new Map<RightDefinition, ReadonlySet<string> | 'all'>();
/** Compiles a right once: at load for the catalogue, on first use for rights registered later. */
function prepare(def: RightDefinition): Record<string, CompiledCondition> {
  let compiled = conditionsOf.get(def);
  if (!compiled) {
    compiled = compileConditions({ ...COMMON_CONDITIONS, ...def.conditions });
    conditionsOf.set(def, compiled);
    readsOf.set(def, def.reads === 'all' ? 'all' : new Set(def.reads ?? []));
    Object.freeze(def.contacts);
    Object.freeze(def.sources);
  }
  return compiled;
}
for (const def of RIGHT_DEFINITIONS) prepare(def);

/** Position of each right in display order (catalogue, then registered rights). */
let rank = new Map<string, number>();
function ranks(): Map<string, number> {
  if (rank.size !== ALL_RIGHTS.length) rank = new Map(ALL_RIGHTS.map((d, i) => [d.id, i]));
  return rank;
}

/** The rights `only` needs: those listed and, transitively, the rights they read. */
function withReads(only: readonly string[]): Set<string> {
  const need = new Set<string>();
  const add = (id: string): void => {
    if (need.has(id)) return;
    need.add(id);
    const def = RIGHT_DEFINITIONS.find((d) => d.id === id);
    if (!def?.reads) return;
    for (const r of def.reads === 'all' ? RIGHT_DEFINITIONS.map((d) => d.id) : def.reads) add(r);
  };
  for (const id of only) add(id);
  return need;
}

function runRight(def: RightDefinition, ctx: ReturnType<typeof buildContext>): RightResult {
  const t = new Trace(prepare(def));
  ctx.results.reader = def.id;
  ctx.results.allowed = readsOf.get(def) ?? new Set();
  const received = ctx.receiving.has(def.id);
  const out = def.evaluate(ctx, t);
  let status = out.status ?? (t.failed ? 'not_eligible' : t.unsure ? 'possible' : 'eligible');
  if (status === 'eligible' && t.unsure) status = 'possible';
  let amount = out.amount ?? null;
  // A right is never shown with a zero payment: no amount rather than 0 € (a cost may be 0: free CSS).
  if (status === 'not_eligible' || (amount && !amount.isCost && amount.value <= 0)) amount = null;
  if (received) {
    t.check('receiving', true);
    status = 'already_received';
  }
  const result: RightResult = {
    id: def.id,
    theme: def.theme,
    label: out.label ?? def.label,
    status,
    amount,
    reasons: t.reasons,
    missing: t.missing,
    // Static parts are shared, frozen arrays of the catalogue (not copied for each evaluation).
    contacts: def.contacts as RightResult['contacts'],
    sources: def.sources as string[],
  };
  if (out.variant) result.variant = out.variant;
  return result;
}

/** Evaluates an already validated situation (no schema check: for hot paths and benchmarks). */
export function evaluateValid(situation: Situation, options: EvaluateOptions = {}): EvaluationResult {
  const month = options.month ?? situation.month ?? currentMonth();
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new SituationError([
      { path: 'month', message: `doit être un mois au format AAAA-MM, reçu ${JSON.stringify(month)}` },
    ]);
  const ctx = buildContext(situation, month);
  const only = options.only ? new Set(options.only) : undefined;
  // Rights listed in `only` still need the ones they read (computed, then dropped).
  const needed = options.only ? withReads(options.only) : undefined;
  // Results in catalogue order, whatever order the reads imposed.
  const rank = ranks();
  const slots: (RightResult | undefined)[] = new Array(ALL_RIGHTS.length);
  for (const def of RIGHT_DEFINITIONS) {
    if (needed && !needed.has(def.id)) continue;
    const r = runRight(def, ctx);
    ctx.results.set(def.id, r);
    if (!only || only.has(def.id)) slots[rank.get(def.id) as number] = r;
  }
  const rights = only ? slots.filter((r): r is RightResult => r !== undefined) : (slots as RightResult[]);
  // Checks run once every right is known: they may read any result.
  ctx.results.allowed = 'all';
  for (const check of RESULT_CHECKS) check(ctx);
  const warnings: string[] = [];
  for (const id of ctx.receiving)
    if (!rank.has(id) && !id.startsWith('local:'))
      warnings.push(`receiving: unknown right id "${id}" (ignored)`);
  if (options.localAids) rights.push(...options.localAids(situation, month, rights));
  const result: EvaluationResult = { month, rulesVersion: RULES_VERSION, rights };
  if (warnings.length) result.warnings = warnings;
  return result;
}
