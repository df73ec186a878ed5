// Picks what to ask next. Public mode: the fewest questions that settle the rights of the chosen themes,
// using the evaluator's `missing` on `possible` rights. Accompagnement: every visible question, in order.
import type { Situation } from '../situation.js';
import { currentMonth, visibleQuestions } from './conditions.js';
import { FLOW_QUESTIONS } from './questions.js';
import { answersToSituation } from './to-situation.js';
import type {
  FlowAnswers,
  FlowOptions,
  FlowQuestion,
  FlowQuestionInstance,
  FlowRightStatus,
} from './types.js';

/**
 * Rewrites a `missing` path from the evaluator to the flow's member scheme:
 * `household.members[0].incomes.salary` or `household.members[moi].incomes.salary` ->
 * `household.members[applicant].incomes.salary`; children become `child:<index>`.
 */
export function normalizeMissingPath(path: string, situation: Situation): string {
  return path.replace(/household\.members\[([^\]]+)\]/, (whole, token: string) => {
    const members = situation.household.members;
    const member = /^\d+$/.test(token) ? members[Number(token)] : members.find((m) => m.id === token);
    if (!member) return whole;
    if (member.role === 'applicant' || member.role === 'partner') return `household.members[${member.role}]`;
    if (member.role === 'child') {
      const i = members.filter((m) => m.role === 'child').indexOf(member);
      return `household.members[child:${i}]`;
    }
    return whole;
  });
}

/** A child's `inSchool` is derived from the class given (`schoolLevel`). */
const DERIVED_FROM: readonly (readonly [string, string])[] = [['.inSchool', '.schoolLevel']];

/** True when answering the question at `questionPath` gives the missing field (or part of it). */

export function pathAnswers(questionPath: string, missingPath: string): boolean {
  const q = questionPath.replace(/\[\]/g, '');
  // Fields the flow derives from another answer (to-situation.ts): the question of that answer settles them.
  for (const [derived, from] of DERIVED_FROM)
    if (missingPath.endsWith(derived)) missingPath = `${missingPath.slice(0, -derived.length)}${from}`;
  return (
    q === missingPath ||
    missingPath.startsWith(`${q}.`) ||
    missingPath.startsWith(`${q}[`) ||
    q.startsWith(`${missingPath}.`)
  );
}

export interface FlowStatus {
  /** Questions still to ask, in order (first = next). */
  pending: FlowQuestionInstance[];
  /** Visible questions already answered, in flow order. */
  answered: FlowQuestionInstance[];
  /** Rights still `possible` in the chosen themes, with the missing paths normalised to the flow scheme. */
  undecided: Array<FlowRightStatus & { missing: string[] }>;
}

/** Where the flow stands: what is answered, what remains to ask, which rights are still open. */
export function flowStatus(answers: FlowAnswers, options: FlowOptions = {}): FlowStatus {
  const month = options.month ?? currentMonth();
  let evaluated: EvaluatedRights | undefined;
  if (options.evaluate) {
    try {
      const situation = answersToSituation(answers, { month });
      evaluated = { situation, rights: options.evaluate(situation).rights };
    } catch (error) {
      // A failing evaluator must not block the person: fall back to asking every visible question.
      console.error('[passerelle] le calcul des aides a échoué : toutes les questions seront posées', error);
    }
  }
  return statusFrom(answers, { ...options, month }, evaluated);
}

/** Rights already evaluated for the situation built from the answers (one evaluation, reused). */
export interface EvaluatedRights {
  situation: Situation;
  rights: readonly FlowRightStatus[];
}

/**
 * flowStatus from an evaluation made by the caller (the session evaluates once per step and reuses it
 * for the results). Without one, every visible question is asked.
 */
export function statusFrom(
  answers: FlowAnswers,
  options: FlowOptions,
  evaluated: EvaluatedRights | undefined,
): FlowStatus {
  const mode = options.mode ?? 'public';
  const inScope = visibleQuestions(answers, options);
  const answered = inScope.filter((q) => answers[q.key] !== undefined);
  const unanswered = inScope.filter((q) => answers[q.key] === undefined);
  const themes = new Set<string>(options.themes?.length ? options.themes : []);
  const undecided: FlowStatus['undecided'] = evaluated
    ? evaluated.rights
        .filter((r) => r.status === 'possible' && (themes.size === 0 || themes.has(r.theme)))
        .map((r) => ({
          ...r,
          missing: (r.missing ?? []).map((p) => normalizeMissingPath(p, evaluated.situation)),
        }))
    : [];
  if (mode === 'accompagnement' || !evaluated) return { pending: unanswered, answered, undecided };
  const needed = undecided.flatMap((r) => r.missing);
  const pending = unanswered.filter((q) => q.core || needed.some((p) => pathAnswers(q.resolvedPath, p)));
  return { pending, answered, undecided };
}

/** The next question to ask, or null when the flow is done and the results can be shown. */
export function nextQuestion(answers: FlowAnswers, options: FlowOptions = {}): FlowQuestionInstance | null {
  return flowStatus(answers, options).pending[0] ?? null;
}

/**
 * The question that gives a `missing` path (as the evaluator returns it), for "this answer would settle
 * it" next to a `possible` right. `situation` maps member indexes or ids to roles.
 */
export function questionForMissing(missingPath: string, situation?: Situation): FlowQuestion | undefined {
  const path = situation ? normalizeMissingPath(missingPath, situation) : missingPath;
  const generic = path.replace(/child:\d+/, 'child:{i}');
  return (
    FLOW_QUESTIONS.find((q) => q.path === generic) ?? FLOW_QUESTIONS.find((q) => pathAnswers(q.path, generic))
  );
}
