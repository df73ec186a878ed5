// evaluateValid(situation, { month }): runs every right of the catalogue on a valid situation. No zod
// here: schema validation (evaluate, safeEvaluate) is in ./evaluate.ts, entry '@passerelle/rules/schema'.
import { buildContext, type Ctx } from './context.js';
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

/** A right ready to run: its condition sentences compiled, what it may read, its display rank. */
interface Prepared {
  def: RightDefinition;
  conditions: Record<string, CompiledCondition>;
  reads: ReadonlySet<string> | 'all';
  rank: number;
}

/**
 * The rights in evaluation order, ready to run. Made at load, again only when rights are registered (the
 * catalogue only grows).
 */
let plan: Prepared[] = [];
function currentPlan(): Prepared[] {
  if (plan.length !== RIGHT_DEFINITIONS.length)
    plan = RIGHT_DEFINITIONS.map((def) => {
      Object.freeze(def.contacts);
      Object.freeze(def.sources);
      return {
        def,
        conditions: compileConditions({ ...COMMON_CONDITIONS, ...def.conditions }),
        reads: def.reads === 'all' ? 'all' : new Set(def.reads ?? []),
        rank: ALL_RIGHTS.indexOf(def),
      };
    });
  return plan;
}
currentPlan();

function runRight(p: Prepared, ctx: Ctx): RightResult {
  const def = p.def;
  const t = new Trace(p.conditions);
  ctx.results.reader = def.id;
  ctx.results.allowed = p.reads;
  const out = def.evaluate(ctx, t);
  let status = out.status ?? (t.failed ? 'not_eligible' : t.unsure ? 'possible' : 'eligible');
  if (status === 'eligible' && t.unsure) status = 'possible';
  let amount = out.amount ?? null;
  // A right is never shown with a zero payment: no amount rather than 0 € (a cost may be 0: free CSS).
  if (status === 'not_eligible' || (amount && !amount.isCost && amount.value <= 0)) amount = null;
  if (ctx.receiving.has(def.id)) {
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

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Evaluates an already validated situation (no schema check: for hot paths and benchmarks). */
export function evaluateValid(situation: Situation, options: EvaluateOptions = {}): EvaluationResult {
  const month = options.month ?? situation.month ?? currentMonth();
  if (!MONTH.test(month))
    throw new SituationError([
      { path: 'month', message: `doit être un mois au format AAAA-MM, reçu ${JSON.stringify(month)}` },
    ]);
  const prepared = currentPlan();
  const ctx = buildContext(situation, month);
  const only = options.only ? new Set(options.only) : undefined;
  // Rights listed in `only` still need the ones they read (computed, then dropped): one pass backwards,
  // as each right comes after the rights it reads.
  const needed = only && new Set(only);
  if (needed)
    for (let i = prepared.length - 1; i >= 0; i--) {
      const { def } = prepared[i] as Prepared;
      if (needed.has(def.id))
        for (const r of def.reads === 'all' ? prepared.map((x) => x.def.id) : (def.reads ?? []))
          needed.add(r);
    }
  // Results in catalogue order, whatever order the reads imposed.
  const slots: (RightResult | undefined)[] = new Array(prepared.length);
  for (const p of prepared) {
    if (needed && !needed.has(p.def.id)) continue;
    const r = runRight(p, ctx);
    ctx.results.set(p.def.id, r);
    if (!only || only.has(p.def.id)) slots[p.rank] = r;
  }
  const rights = only ? slots.filter((r): r is RightResult => r !== undefined) : (slots as RightResult[]);
  // Checks run once every right is known: they may read any result.
  ctx.results.allowed = 'all';
  for (const check of RESULT_CHECKS) check(ctx);
  const warnings: string[] = [];
  for (const id of ctx.receiving)
    if (!id.startsWith('local:') && !RIGHT_DEFINITIONS.some((d) => d.id === id))
      warnings.push(`receiving: unknown right id "${id}" (ignored)`);
  if (options.localAids) rights.push(...options.localAids(situation, month, rights));
  const result: EvaluationResult = { month, rulesVersion: RULES_VERSION, rights };
  if (warnings.length) result.warnings = warnings;
  return result;
}
