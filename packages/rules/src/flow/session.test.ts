import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluateValid } from '../evaluate.js';
import {
  BELLEVILLE_COMMUNE,
  BELLEVILLE_LOCAL_AIDS,
  localAidsEvaluator,
  parseLocalAids,
} from '../local-aids/index.js';
import { nonRecours } from '../non-recours.js';
import { answersToSituation } from './to-situation.js';
import { referenceHouseholds } from './households.js';
import { resolveMonth } from './month.js';
import {
  createSession,
  type FlowSession,
  parseSessionState,
  restoreSession,
  type SessionOptions,
  SessionStateError,
} from './session.js';
import { DONT_KNOW, type FlowAnswer, type FlowQuestionInstance } from './types.js';

const month = '2026-05';
const households = referenceHouseholds(month);
const household = (id: string) => households.find((h) => h.id === id)!;

/** Counts the full evaluations of the catalogue the session asks for. */
function counted(options: SessionOptions = {}) {
  const calls = { n: 0 };
  const session = createSession({
    month,
    ...options,
    evaluate: (s, o) => {
      calls.n += 1;
      return evaluateValid(s, o);
    },
  });
  return { session, calls };
}

const answerFor = (q: FlowQuestionInstance, answers: Record<string, FlowAnswer>): FlowAnswer =>
  answers[q.key] ??
  (q.dontKnow ? DONT_KNOW : q.kind === 'multichoice' ? [] : (q.visibleOptions?.[0]?.value ?? ''));

/** Answers every question the session asks with the household's answers; returns the keys asked. */
function walk(session: FlowSession, answers: Record<string, FlowAnswer>): string[] {
  const asked: string[] = [];
  for (let q = session.start(); q; q = session.next()) {
    asked.push(q.key);
    session.answer(q.key, answerFor(q, answers));
    if (asked.length > 80) throw new Error('the flow does not end');
  }
  return asked;
}

describe('session', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  it('evaluates the catalogue once per "Continuer", reused by progress and results', () => {
    const { session, calls } = counted({ commune: '94028' });
    const h = household('single-parent-part-time');
    let q = session.start();
    expect(calls.n).toBe(1);
    let steps = 0;
    while (q) {
      session.answer(q.key, answerFor(q, h.answers));
      const before = calls.n;
      q = session.next();
      session.progress();
      session.progress();
      if (q) session.question(q.key);
      expect(calls.n - before).toBe(1);
      steps += 1;
    }
    const before = calls.n;
    const results = session.results();
    session.settlingQuestions('aide_logement');
    expect(calls.n).toBe(before);
    expect(session.evaluations).toBe(calls.n);
    expect(steps).toBeGreaterThan(5);
    expect(results.rights.find((r) => r.id === 'af')?.status).toBe('eligible');
  });

  it('does not evaluate again when an answer is given twice, nor in accompagnement mode before results', () => {
    const { session, calls } = counted();
    const q = session.start()!;
    session.answer(q.key, '1980-03-01');
    session.progress();
    session.answer(q.key, '1980-03-01');
    session.progress();
    expect(calls.n).toBe(2);
    const dense = counted({ mode: 'accompagnement' });
    expect(dense.session.start()).toBeNull();
    for (const x of dense.session.questions().slice(0, 3))
      dense.session.answer(x.key, answerFor(x, household('retired-couple').answers));
    dense.session.questions();
    expect(dense.calls.n).toBe(0);
    dense.session.results();
    dense.session.results();
    expect(dense.calls.n).toBe(1);
  });

  it('gives the same results as the rules for every reference household', () => {
    for (const h of households) {
      const session = createSession({ month, commune: '94028' });
      walk(session, h.answers);
      const situation = answersToSituation(session.answers, { month, commune: '94028' });
      const expected = evaluateValid(situation, { month });
      const got = session.results();
      expect(got.rights.map((r) => [r.id, r.status])).toEqual(expected.rights.map((r) => [r.id, r.status]));
      expect(got.nonRecours).toEqual(nonRecours(expected));
    }
  });

  it('adds local aids through the rules option, and survives a failing one', () => {
    const h = household('single-parent-part-time');
    const session = createSession({
      month,
      commune: BELLEVILLE_COMMUNE,
      localAids: localAidsEvaluator(parseLocalAids(JSON.stringify(BELLEVILLE_LOCAL_AIDS)).file!),
    });
    walk(session, { ...h.answers, commune: BELLEVILLE_COMMUNE });
    expect(session.results().rights.some((r) => r.id.startsWith('local:'))).toBe(true);
    const broken = createSession({
      month,
      localAids: () => {
        throw new Error('boom');
      },
    });
    walk(broken, h.answers);
    const results = broken.results();
    expect(results.error).toBeUndefined();
    expect(results.rights.some((r) => r.id === 'af')).toBe(true);
  });

  it('keeps only the chosen themes, and asks every visible question when the evaluator fails', () => {
    const session = createSession({ month, themes: ['sante'] });
    walk(session, household('retired-couple').answers);
    expect(new Set(session.results().rights.map((r) => r.theme))).toEqual(new Set(['sante']));
    const failing = createSession({
      month,
      evaluate: () => {
        throw new Error('rules down');
      },
    });
    const asked = walk(failing, household('retired-couple').answers);
    expect(asked.length).toBe(failing.questions().length);
    expect(failing.results()).toMatchObject({ error: 'rules down', rights: [] });
  });

  it('goes back and forward through the questions already seen', () => {
    const session = createSession({ month });
    const h = household('retired-couple');
    const first = session.start()!;
    session.answer(first.key, answerFor(first, h.answers));
    const second = session.next()!;
    session.answer(second.key, answerFor(second, h.answers));
    const third = session.next()!;
    expect(session.progress().step).toBe(3);
    expect(session.back()?.key).toBe(second.key);
    expect(session.back()?.key).toBe(first.key);
    expect(session.progress().step).toBe(1);
    expect(session.next()?.key).toBe(second.key);
    expect(session.next()?.key).toBe(third.key);
    session.back();
    session.back();
    expect(session.back()).toBeNull();
  });

  it('says which questions would settle a possible right', () => {
    const family = household('family-four-one-salary');
    const session = createSession({ month, commune: '94028' });
    walk(session, { ...family.answers, 'housing.rent': DONT_KNOW });
    const al = session.results().rights.find((r) => r.id === 'aide_logement');
    expect(al?.status).toBe('possible');
    const settling = session.settlingQuestions('aide_logement').map((q) => q.key);
    expect(settling).toContain('housing.rent');
    expect(session.goTo('housing.rent')?.key).toBe('housing.rent');
    session.answer('housing.rent', family.answers['housing.rent'] as number);
    while (session.next()) session.answer(session.current!.key, answerFor(session.current!, family.answers));
    expect(session.results().rights.find((r) => r.id === 'aide_logement')?.status).toBe('eligible');
    expect(session.settlingQuestions('aide_logement')).toEqual([]);
    expect(session.settlingQuestions('no-such-right')).toEqual([]);
  });

  it('refuses an answer of the wrong shape, naming the question', () => {
    const session = createSession({ month });
    expect(() => session.answer('children.count', Number.NaN)).toThrow(/children.count/);
    expect(() => session.answer('household.couple', 'oui')).toThrow(
      /"household.couple": Choisissez Oui ou Non/,
    );
    expect(() => session.answer('nope', 'x')).toThrow(/no question "nope"/);
    expect(() => createSession({ month: '2026-13' })).toThrow(/YYYY-MM/);
  });
});

describe('session state', () => {
  it('round-trips through JSON', () => {
    const session = createSession({ month, themes: ['famille', 'logement'] });
    const h = household('single-parent-part-time');
    let q = session.start();
    for (let i = 0; i < 6 && q; i++) {
      session.answer(q.key, answerFor(q, h.answers));
      q = session.next();
    }
    session.back();
    const json = JSON.parse(JSON.stringify(session));
    const again = restoreSession(json, { month });
    expect(again.toJSON()).toEqual(session.toJSON());
    expect(again.current?.key).toBe(session.current?.key);
    expect(again.progress()).toEqual(session.progress());
  });

  it('names what is wrong in a corrupted state, never yields NaN', () => {
    const cases: Array<[unknown, RegExp]> = [
      [null, /not an object/],
      [{ version: 2, mode: 'public', themes: [], answers: {}, history: [] }, /version/],
      [{ version: 1, mode: 'public', themes: ['x'], answers: {}, history: [] }, /themes/],
      [
        { version: 1, mode: 'public', themes: [], answers: { 'children.count': 'abc' }, history: [] },
        /children.count/,
      ],
      [
        { version: 1, mode: 'public', themes: [], answers: { 'children.count': null }, history: [] },
        /children.count: not an answer/,
      ],
      [
        {
          version: 1,
          mode: 'public',
          themes: [],
          answers: { 'applicant.birthDate': '1988-02-31' },
          history: [],
        },
        /applicant.birthDate: Cette date n’existe pas/,
      ],
      [{ version: 1, mode: 'public', themes: [], answers: { ghost: 1 }, history: [] }, /ghost/],
      [{ version: 1, mode: 'public', themes: [], answers: {}, history: 'x' }, /history/],
      [{ version: 1, mode: 'nope', themes: [], answers: {}, history: [] }, /mode/],
    ];
    for (const [state, message] of cases) {
      expect(() => parseSessionState(state, month)).toThrow(SessionStateError);
      expect(() => restoreSession(state, { month })).toThrow(message);
    }
  });

  it('accepts the saved format of the widget (no future, no current)', () => {
    const h = household('family-four-one-salary');
    const session = restoreSession(
      {
        version: 1,
        mode: 'public',
        themes: ['famille'],
        answers: h.answers,
        history: Object.keys(h.answers),
      },
      { month },
    );
    expect(session.results().rights.length).toBeGreaterThan(3);
  });
});

describe('resolveMonth', () => {
  const now = new Date(2026, 4, 15);
  it('keeps a covered month and warns in French otherwise', () => {
    expect(resolveMonth('2026-05', now)).toEqual({ month: '2026-05' });
    expect(resolveMonth('', now)).toEqual({ month: '2026-05' });
    for (const bad of ['2019-01', '9999-12', '2026-5', 'mai', '2026-13']) {
      const r = resolveMonth(bad, now);
      expect(r.month).toBe('2026-05');
      expect(r.warning).toMatch(/month=.*mois en cours \(2026-05\) est utilisé/);
    }
  });
});

// Any sequence of answers, "Continuer", "Retour" and jumps keeps the session consistent.
describe('session properties', () => {
  const h = household('single-parent-part-time');
  const action = fc.oneof(
    fc.record({ type: fc.constant('answer' as const), pick: fc.nat(), value: fc.nat() }),
    fc.record({ type: fc.constant('next' as const) }),
    fc.record({ type: fc.constant('back' as const) }),
    fc.record({ type: fc.constant('goto' as const), pick: fc.nat() }),
  );

  function valueFor(q: FlowQuestionInstance, n: number): FlowAnswer {
    if (q.dontKnow && n % 5 === 0) return DONT_KNOW;
    const options = (q.visibleOptions ?? q.options ?? []).map((o) => o.value);
    switch (q.kind) {
      case 'yesno':
        return n % 2 ? 'yes' : 'no';
      case 'choice':
        return options[n % options.length] as string;
      case 'multichoice':
        return options.filter((_, i) => (n >> i) & 1);
      case 'money':
        return (n % 40) * 100;
      case 'number':
        return Math.min(q.validation?.max ?? 3, n % 4);
      case 'date':
        return h.answers[q.key] !== undefined && n % 2
          ? (h.answers[q.key] as string)
          : `${1950 + (n % 50)}-0${1 + (n % 9)}-01`;
      default:
        return '94028';
    }
  }

  it('keeps history, current, progress and the saved state consistent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'public' | 'accompagnement'>('public', 'public', 'accompagnement'),
        fc.array(action, { maxLength: 25 }),
        (mode, actions) => {
          const session = createSession({ month, mode });
          session.start();
          for (const a of actions) {
            if (a.type === 'answer') {
              const qs = session.questions();
              const q = session.current && a.pick % 2 ? session.current : qs[a.pick % qs.length];
              if (!q) continue;
              const value = valueFor(q, a.value);
              try {
                session.answer(q.key, value);
              } catch {
                // A generated date may fall outside the ages a question allows: refused, state unchanged.
              }
            } else if (a.type === 'next') session.next();
            else if (a.type === 'back') session.back();
            else {
              const qs = session.questions();
              const q = qs[a.pick % Math.max(1, qs.length)];
              if (q) session.goTo(q.key);
            }
            const { step, total } = session.progress();
            expect(Number.isInteger(step) && Number.isInteger(total)).toBe(true);
            expect(step).toBeGreaterThanOrEqual(1);
            expect(total).toBeGreaterThanOrEqual(step);
            expect(new Set(session.history).size).toBe(session.history.length);
            if (session.current) {
              expect(session.history).not.toContain(session.current.key);
              expect(session.question(session.current.key)).toBeDefined();
            }
            if (mode === 'accompagnement') expect(session.current).toBeNull();
            const state = JSON.parse(JSON.stringify(session));
            expect(restoreSession(state, { month }).toJSON()).toEqual(state);
          }
          expect(session.evaluations).toBeLessThanOrEqual(actions.length + 1);
          const results = session.results();
          expect(Number.isFinite(results.nonRecours.monthlyTotal)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
