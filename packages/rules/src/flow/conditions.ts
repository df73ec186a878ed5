// Evaluates the declarative conditions of the flow on the answers so far. Data only, never code.
import { FLOW_QUESTIONS } from './questions.js';
import { THEMES } from '../vocabulary.js';
import {
  DONT_KNOW,
  type FlowAnswers,
  type FlowCondition,
  type FlowOptions,
  type FlowQuestion,
  type FlowQuestionInstance,
} from './types.js';

/** Current month as YYYY-MM (local time of the device). */
export function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** Age in completed years on the first day of `month` (YYYY-MM), or undefined for a bad date. */
export function ageAt(birthDate: string, month: string): number | undefined {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!b || !m) return undefined;
  const [by, bm, bd] = [Number(b[1]), Number(b[2]), Number(b[3])];
  const [y, mo] = [Number(m[1]), Number(m[2])];
  let age = y - by;
  if (mo < bm || (mo === bm && 1 < bd)) age -= 1;
  return age;
}

export interface ConditionContext {
  month: string;
  /** Index of the repeated instance being evaluated: `child.*` references resolve to it. */
  index?: number;
}

/** Key of the answer a condition refers to, inside a repeated group when relevant. */
export function answerKey(questionId: string, index?: number): string {
  const template = FLOW_QUESTIONS.find((q) => q.id === questionId);
  return template?.repeat && index !== undefined ? `${questionId}[${index}]` : questionId;
}

export function evalCondition(cond: FlowCondition, answers: FlowAnswers, ctx: ConditionContext): boolean {
  if ('all' in cond) return cond.all.every((c) => evalCondition(c, answers, ctx));
  if ('any' in cond) return cond.any.some((c) => evalCondition(c, answers, ctx));
  if ('not' in cond) return !evalCondition(cond.not, answers, ctx);
  const value = answers[answerKey(cond.question, ctx.index)];
  if ('answered' in cond) return (value !== undefined) === cond.answered;
  if (value === undefined || value === DONT_KNOW) return false;
  if ('equals' in cond) return value === cond.equals;
  if ('in' in cond) return typeof value === 'string' && cond.in.includes(value);
  if ('ageAtLeast' in cond || 'ageAtMost' in cond) {
    const c = cond as { ageAtLeast?: number; ageAtMost?: number };
    const age = typeof value === 'string' ? ageAt(value, ctx.month) : undefined;
    if (age === undefined) return false;
    return (
      (c.ageAtLeast === undefined || age >= c.ageAtLeast) && (c.ageAtMost === undefined || age <= c.ageAtMost)
    );
  }
  const c = cond as { atLeast?: number; atMost?: number };
  if (typeof value !== 'number') return false;
  return (c.atLeast === undefined || value >= c.atLeast) && (c.atMost === undefined || value <= c.atMost);
}

/** Number of children given so far (0 when unanswered). */
export function childCount(answers: FlowAnswers): number {
  const n = answers['children.count'];
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? Math.min(n, 12) : 0;
}

function instantiate(q: FlowQuestion, answers: FlowAnswers, ctx: ConditionContext): FlowQuestionInstance {
  const index = ctx.index;
  const key = index === undefined ? q.id : `${q.id}[${index}]`;
  const n = index === undefined ? '' : String(index + 1);
  return {
    ...q,
    key,
    ...(index === undefined ? {} : { index }),
    label: q.label.replaceAll('{n}', n),
    resolvedPath: q.path.replaceAll('{i}', index === undefined ? '' : String(index)),
    ...(q.options
      ? { visibleOptions: q.options.filter((o) => !o.condition || evalCondition(o.condition, answers, ctx)) }
      : {}),
  };
}

/** Every question instance in flow order, repeated ones expanded per child; `visible` says if shown. */
export function expandQuestions(
  answers: FlowAnswers,
  month: string,
): Array<FlowQuestionInstance & { visible: boolean }> {
  const out: Array<FlowQuestionInstance & { visible: boolean }> = [];
  const children = childCount(answers);
  for (const q of FLOW_QUESTIONS) {
    const indexes = q.repeat === 'child' ? Array.from({ length: children }, (_, i) => i) : [undefined];
    for (const index of indexes) {
      const ctx: ConditionContext = index === undefined ? { month } : { month, index };
      const visible = !q.condition || evalCondition(q.condition, answers, ctx);
      out.push({ ...instantiate(q, answers, ctx), visible });
    }
  }
  return out;
}

/** Visible questions of the groups in scope (`profil` plus the chosen themes), in flow order. */
export function visibleQuestions(answers: FlowAnswers, options: FlowOptions = {}): FlowQuestionInstance[] {
  const month = options.month ?? currentMonth();
  const themes = new Set<string>(options.themes?.length ? options.themes : THEMES);
  return expandQuestions(answers, month)
    .filter((q) => q.visible && (q.group === 'profil' || themes.has(q.group)))
    .map(({ visible: _visible, ...q }) => q);
}
