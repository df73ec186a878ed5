// evaluate(situation, { month }): validates the situation, then runs every right of the catalogue.
import { buildContext } from './context.js';
import { type RightDefinition, RIGHT_DEFINITIONS } from './catalogue.js';
import { ParameterHistoryError } from './parameters/index.js';
import type { EvaluationResult, RightResult } from './result.js';
import { type Situation, situationSchema } from './situation.js';
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
    super(issues.map((i) => `${i.path || '(situation)'}: ${i.message}`).join('\n'));
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

/** Validates a situation; returns it typed, or the list of issues. */
export function validateSituation(
  input: unknown,
): { ok: true; situation: Situation } | { ok: false; errors: SituationIssue[] } {
  const r = situationSchema.safeParse(input);
  if (r.success) return { ok: true, situation: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
  };
}

/** Members born after the evaluated month: a typing error, never a situation to evaluate. */
export function bornAfter(situation: Situation, month: string): SituationIssue[] {
  const end = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0))
    .toISOString()
    .slice(0, 10);
  const issues: SituationIssue[] = [];
  situation.household.members.forEach((m, i) => {
    if (m.birthDate && m.birthDate > end)
      issues.push({
        path: `household.members[${i}].birthDate`,
        message: `born on ${m.birthDate}, after the evaluated month ${month}`,
      });
  });
  return issues;
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
for (const def of RIGHT_DEFINITIONS) {
  conditionsOf.set(def, compileConditions({ ...COMMON_CONDITIONS, ...def.conditions }));
  Object.freeze(def.contacts);
  Object.freeze(def.sources);
}

const currentMonth = (): string => new Date().toISOString().slice(0, 7);

function runRight(def: RightDefinition, ctx: ReturnType<typeof buildContext>): RightResult {
  const t = new Trace(conditionsOf.get(def) as Record<string, CompiledCondition>);
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
    contacts: def.contacts as string[],
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
      { path: 'month', message: `expected a month YYYY-MM, got ${JSON.stringify(month)}` },
    ]);
  const ctx = buildContext(situation, month);
  const rights: RightResult[] = [];
  const only = options.only ? new Set(options.only) : undefined;
  for (const def of RIGHT_DEFINITIONS) {
    // Rights listed in `only` still need the ones they read (they are computed, then dropped).
    const r = runRight(def, ctx);
    ctx.results.set(def.id, r);
    if (!only || only.has(def.id)) rights.push(r);
  }
  const warnings: string[] = [];
  for (const id of ctx.receiving)
    if (!ctx.results.has(id) && !id.startsWith('local:'))
      warnings.push(`receiving: unknown right id "${id}" (ignored)`);
  if (options.localAids) rights.push(...options.localAids(situation, month, rights));
  const result: EvaluationResult = { month, rulesVersion: RULES_VERSION, rights };
  if (warnings.length) result.warnings = warnings;
  return result;
}

/**
 * Evaluates every right for a situation. Throws SituationError (with `issues` by path) on invalid
 * input, and ParameterHistoryError for a month before 2025 unless '@passerelle/rules/history' is loaded.
 */
export function evaluate(situation: unknown, options: EvaluateOptions = {}): EvaluationResult {
  const v = validateSituation(situation);
  if (!v.ok) throw new SituationError(v.errors);
  if (options.month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month))
    throw new SituationError([
      { path: 'month', message: `expected a month YYYY-MM, got ${JSON.stringify(options.month)}` },
    ]);
  const born = bornAfter(v.situation, options.month ?? v.situation.month ?? currentMonth());
  if (born.length) throw new SituationError(born);
  return evaluateValid(v.situation, options);
}

/** Like evaluate, but never throws for bad input or an uncovered month. */
export function safeEvaluate(
  situation: unknown,
  options: EvaluateOptions = {},
): { ok: true; result: EvaluationResult } | { ok: false; errors: SituationIssue[] } {
  try {
    return { ok: true, result: evaluate(situation, options) };
  } catch (e) {
    if (e instanceof SituationError) return { ok: false, errors: e.issues };
    if (e instanceof ParameterHistoryError)
      return { ok: false, errors: [{ path: 'month', message: e.message }] };
    throw e;
  }
}
