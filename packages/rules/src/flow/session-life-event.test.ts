// The session started from a life event (issue 15): the event's questions first, its rights first within
// each group of the summary, the event kept by save and restore.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateValid } from '../evaluate.js';
import { loadExtraRights } from '../extra.js';
import { summarize } from '../summary.js';
import { referenceHouseholds } from './households.js';
import { lifeEventQuestionIds, orderSummaryForLifeEvent } from './life-event-order.js';
import { LIFE_EVENT_IDS, lifeEvent } from './life-events.js';
import { FLOW_QUESTIONS } from './questions.js';
import { createSession, type FlowSession, restoreSession, type SessionOptions } from './session.js';
import { DONT_KNOW, type FlowAnswer, type FlowCondition, type FlowQuestionInstance } from './types.js';

const month = '2026-05';
const households = referenceHouseholds(month);

beforeAll(() => {
  loadExtraRights();
});

const answerFor = (q: FlowQuestionInstance, answers: Record<string, FlowAnswer>): FlowAnswer =>
  answers[q.key] ??
  (q.dontKnow ? DONT_KNOW : q.kind === 'multichoice' ? [] : (q.visibleOptions?.[0]?.value ?? ''));

/** Answers every question asked with the household's answers; the keys and ids asked, in order. */
function walk(session: FlowSession, answers: Record<string, FlowAnswer>) {
  const asked: FlowQuestionInstance[] = [];
  for (let q = session.start(); q; q = session.next()) {
    asked.push(q);
    session.answer(q.key, answerFor(q, answers));
    if (asked.length > 80) throw new Error('the flow does not end');
  }
  return asked;
}

function reads(c: FlowCondition | undefined, out = new Set<string>()): Set<string> {
  if (!c) return out;
  if ('all' in c) for (const x of c.all) reads(x, out);
  else if ('any' in c) for (const x of c.any) reads(x, out);
  else if ('not' in c) reads(c.not, out);
  else out.add(c.question);
  return out;
}
const READS = new Map(FLOW_QUESTIONS.map((q) => [q.id, reads(q.condition)]));

const eventArb = fc.constantFrom(...LIFE_EVENT_IDS);
const householdArb = fc.constantFrom(...households);
const modeArb = fc.constantFrom<'public' | 'accompagnement'>('public', 'accompagnement');

describe('session with a life event', () => {
  it('asks the pregnancy and children questions first for a birth', () => {
    const h = households.find((x) => x.id === 'single-parent-part-time')!;
    const asked = walk(createSession({ month, lifeEvent: 'naissance' }), h.answers).map((q) => q.id);
    const plain = walk(createSession({ month }), h.answers).map((q) => q.id);
    const first = lifeEventQuestionIds(lifeEvent('naissance')!);
    const lead = asked.slice(
      0,
      asked.findIndex((id) => !first.has(id)),
    );
    expect(lead).toContain('children.count');
    expect(lead).toContain('child.birthDate');
    expect(asked.indexOf('applicant.pregnant')).toBeLessThan(asked.indexOf('housing.status'));
    // Asked because the person named the event, even though no right needs it yet.
    expect(asked).toContain('applicant.pregnant');
    expect(plain).not.toContain('applicant.pregnant');
  });

  it('never asks a question before one its condition reads (any event, household, mode)', () => {
    fc.assert(
      fc.property(eventArb, householdArb, modeArb, (event, h, mode) => {
        const asked = walk(createSession({ month, mode, lifeEvent: event }), h.answers);
        if (mode === 'accompagnement') {
          expect(asked).toEqual([]);
          return;
        }
        const ids = asked.map((q) => q.id);
        const first = lifeEventQuestionIds(lifeEvent(event)!);
        ids.forEach((id, i) => {
          for (const dep of READS.get(id) ?? []) {
            const at = ids.indexOf(dep);
            if (at >= 0) expect(at, `${event}: ${dep} before ${id}`).toBeLessThan(i);
          }
        });
        expect(first.has(ids[0] as string)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('without an event, or with an unknown one, asks the same questions in the same order', () => {
    fc.assert(
      fc.property(householdArb, fc.constantFrom(undefined, '', 'mariage', 'NAISSANCE'), (h, id) => {
        const options: SessionOptions = { month, ...(id === undefined ? {} : { lifeEvent: id }) };
        const session = createSession(options);
        expect(session.lifeEvent).toBeUndefined();
        const keys = walk(session, h.answers).map((q) => q.key);
        expect(keys).toEqual(walk(createSession({ month }), h.answers).map((q) => q.key));
        expect(session.results().lifeEvent).toBeUndefined();
        expect('lifeEvent' in session.toJSON()).toBe(false);
      }),
      { numRuns: 12 },
    );
  });

  it('still evaluates the catalogue once per step', () => {
    fc.assert(
      fc.property(eventArb, householdArb, (event, h) => {
        const calls = { n: 0 };
        const session = createSession({
          month,
          lifeEvent: event,
          evaluate: (s, o) => {
            calls.n += 1;
            return evaluateValid(s, o);
          },
        });
        let q = session.start();
        expect(calls.n).toBe(1);
        while (q) {
          session.answer(q.key, answerFor(q, h.answers));
          const before = calls.n;
          q = session.next();
          session.progress();
          session.results();
          expect(calls.n - before).toBe(1);
        }
      }),
      { numRuns: 14 },
    );
  });

  it('keeps the event through save and restore, and drops an unknown one without failing', () => {
    const h = households.find((x) => x.id === 'retired-couple')!;
    const session = createSession({ month, lifeEvent: 'retraite' });
    const q = session.start()!;
    session.answer(q.key, answerFor(q, h.answers));
    session.next();
    const state = JSON.parse(JSON.stringify(session));
    expect(state.lifeEvent).toBe('retraite');
    const back = restoreSession(state, { month });
    expect(back.lifeEvent).toBe('retraite');
    expect(back.current?.key).toBe(session.current?.key);
    expect(back.toJSON()).toEqual(session.toJSON());
    for (const bad of ['mariage', 42, null, { id: 'naissance' }]) {
      const s = restoreSession({ ...state, lifeEvent: bad }, { month });
      expect(s.lifeEvent).toBeUndefined();
      expect(s.answers).toEqual(session.answers);
      expect('lifeEvent' in s.toJSON()).toBe(false);
    }
  });

  it('keeps its state through any "Continuer", "Retour" and reload', () => {
    const step = fc.constantFrom<'answer' | 'back' | 'reload'>('answer', 'answer', 'back', 'reload');
    fc.assert(
      fc.property(eventArb, householdArb, fc.array(step, { maxLength: 30 }), (event, h, steps) => {
        let session = createSession({ month, lifeEvent: event });
        session.start();
        for (const s of steps) {
          const q = session.current;
          if (s === 'answer' && q) {
            session.answer(q.key, answerFor(q, h.answers));
            session.next();
          } else if (s === 'back') session.back();
          else session = restoreSession(JSON.parse(JSON.stringify(session)), { month });
          expect(session.lifeEvent).toBe(event);
          const { step: at, total } = session.progress();
          expect(total).toBeGreaterThanOrEqual(at);
          if (session.current) expect(session.history).not.toContain(session.current.key);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('puts the event rights first within each group of the summary, totals and groups unchanged', () => {
    fc.assert(
      fc.property(eventArb, householdArb, (event, h) => {
        const session = createSession({ month, lifeEvent: event });
        walk(session, h.answers);
        const results = session.results();
        expect(results.lifeEvent).toBe(event);
        const plain = createSession({ month });
        walk(plain, h.answers);
        const rights = plain.results().rights;
        const base = summarize(rights, { month });
        const ordered = orderSummaryForLifeEvent(base, event);
        expect(orderSummaryForLifeEvent(base, undefined)).toBe(base);
        expect(ordered.monthlyTotal).toBe(base.monthlyTotal);
        expect(ordered.count).toBe(base.count);
        const wanted = lifeEvent(event)!.rights;
        const groups: Array<[string[], string[]]> = [
          [base.monthly.map((r) => r.id), ordered.monthly.map((r) => r.id)],
          [base.yearly.map((y) => y.right.id), ordered.yearly.map((y) => y.right.id)],
          [base.maybe.map((m) => m.right.id), ordered.maybe.map((m) => m.right.id)],
          [base.steps.map((r) => r.id), ordered.steps.map((r) => r.id)],
        ];
        for (const [before, after] of groups) {
          expect([...after].sort()).toEqual([...before].sort());
          const lead = wanted.filter((id) => before.includes(id));
          expect(after.slice(0, lead.length)).toEqual(lead);
          expect(after.slice(lead.length)).toEqual(before.filter((id) => !wanted.includes(id)));
        }
      }),
      { numRuns: 14 },
    );
  });
});
