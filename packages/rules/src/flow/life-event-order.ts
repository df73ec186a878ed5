// Questions and results in the order a life event puts first (./life-events.ts holds the events).
import { type LifeEvent, lifeEvent } from './life-events.js';
import { FLOW_QUESTIONS } from './questions.js';
import type { FlowCondition } from './types.js';

function conditionQuestions(c: FlowCondition | undefined, out: Set<string>): void {
  if (!c) return;
  if ('all' in c) for (const x of c.all) conditionQuestions(x, out);
  else if ('any' in c) for (const x of c.any) conditionQuestions(x, out);
  else if ('not' in c) conditionQuestions(c.not, out);
  else out.add(c.question);
}

/** The event's questions and, recursively, those their conditions read (a question comes after them). */
export function lifeEventQuestionIds(event: LifeEvent): Set<string> {
  const ids = new Set<string>();
  const add = (id: string): void => {
    if (ids.has(id)) return;
    ids.add(id);
    const q = FLOW_QUESTIONS.find((x) => x.id === id);
    const deps = new Set<string>();
    conditionQuestions(q?.condition, deps);
    for (const d of deps) add(d);
    // A repeated child question needs the number of children first.
    if (q?.repeat === 'child') add('children.count');
  };
  for (const id of event.questions) add(id);
  return ids;
}

/**
 * Questions (templates or instances, by `id`) reordered for a life event: the event's questions and
 * those they depend on first, then the others; within each part the flow's order is kept, so that a
 * question never comes before one its condition reads. Without an event, the order is unchanged.
 */
export function orderQuestionsForLifeEvent<T extends { id: string }>(
  questions: readonly T[],
  eventId: string | undefined,
): T[] {
  const event = eventId ? lifeEvent(eventId) : undefined;
  if (!event) return [...questions];
  const first = lifeEventQuestionIds(event);
  return [...questions.filter((q) => first.has(q.id)), ...questions.filter((q) => !first.has(q.id))];
}

/** Results (by `id`) with the event's rights first, in the event's order; the rest keep their order. */
export function orderRightsForLifeEvent<T extends { id: string }>(
  rights: readonly T[],
  eventId: string | undefined,
): T[] {
  const event = eventId ? lifeEvent(eventId) : undefined;
  if (!event) return [...rights];
  const rank = (id: string): number => {
    const i = event.rights.indexOf(id);
    return i < 0 ? event.rights.length : i;
  };
  return rights
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r.id) - rank(b.r.id) || a.i - b.i)
    .map((x) => x.r);
}

/** What `orderSummaryForLifeEvent` reorders: the groups of '@passerelle/rules/summary'. */
interface SummaryGroups<R extends { id: string }> {
  monthly: R[];
  yearly: Array<{ right: R }>;
  maybe: Array<{ right: R }>;
  steps: R[];
}

/**
 * A summary with the event's rights first within each group (monthly, yearly, maybe, steps), each group
 * keeping its own rights and, for the others, its order; totals are untouched. Without an event, as is.
 */
export function orderSummaryForLifeEvent<R extends { id: string }, S extends SummaryGroups<R>>(
  summary: S,
  eventId: string | undefined,
): S {
  if (!eventId || !lifeEvent(eventId)) return summary;
  const items = <T extends { right: R }>(list: T[]): T[] =>
    orderRightsForLifeEvent(
      list.map((item) => ({ id: item.right.id, item })),
      eventId,
    ).map((x) => x.item);
  return {
    ...summary,
    monthly: orderRightsForLifeEvent(summary.monthly, eventId),
    yearly: items(summary.yearly),
    maybe: items(summary.maybe),
    steps: orderRightsForLifeEvent(summary.steps, eventId),
  } as S;
}
