// evaluate(situation, { month }): validates the situation with the zod schema, then runs the engine.
// Entry '@passerelle/rules/schema' (the main entry carries the engine without zod).
import {
  type EvaluateOptions,
  evaluateValid,
  formatPath,
  SituationError,
  type SituationIssue,
} from './engine.js';
import { currentMonth } from './dates.js';
import { ParameterHistoryError } from './parameters/index.js';
import type { EvaluationResult } from './result.js';
import { type Situation, situationSchema } from './situation.js';
import { isValidSituation, MONTH } from './situation-check.js';

export * from './engine.js';

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

let lastMonth: { month: string; end: string } | undefined;
/** Members born after the evaluated month: a typing error, never a situation to evaluate. */
export function bornAfter(situation: Situation, month: string): SituationIssue[] {
  // The month's last day, kept for the next call (a session evaluates the same month again and again).
  if (lastMonth?.month !== month)
    lastMonth = {
      month,
      end: new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0))
        .toISOString()
        .slice(0, 10),
    };
  const end = lastMonth.end;
  const issues: SituationIssue[] = [];
  situation.household.members.forEach((m, i) => {
    if (m.birthDate && m.birthDate > end)
      issues.push({
        path: `household.members[${i}].birthDate`,
        message: `né le ${m.birthDate}, après le mois évalué (${month}) : corrigez la date de naissance ou le mois`,
      });
  });
  return issues;
}

/**
 * Evaluates every right for a situation. Throws SituationError (with `issues` by path) on invalid
 * input, and ParameterHistoryError for a month before 2025 unless '@passerelle/rules/history' is loaded.
 */
export function evaluate(situation: unknown, options: EvaluateOptions = {}): EvaluationResult {
  // The common case, a valid situation, skips zod (the same answer, see ./situation-check.ts).
  const v: { ok: true; situation: Situation } | { ok: false; errors: SituationIssue[] } = isValidSituation(
    situation,
  )
    ? { ok: true, situation }
    : validateSituation(situation);
  if (!v.ok) throw new SituationError(v.errors);
  if (options.month !== undefined && !MONTH.test(options.month))
    throw new SituationError([
      {
        path: 'month',
        message: `doit être un mois au format AAAA-MM, reçu ${JSON.stringify(options.month)}`,
      },
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
