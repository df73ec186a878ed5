import { describe, expect, it } from 'vitest';
import { evaluate as evaluateRules } from '../evaluate.js';
import { situationSchema } from '../situation.js';
import {
  answersToSituation,
  DONT_KNOW,
  evalCondition,
  type FlowAnswers,
  type FlowEvaluator,
  FLOW_QUESTIONS,
  type FlowOptions,
  flowQuestion,
  flowStatus,
  householdAnswer,
  nextQuestion,
  normalizeMissingPath,
  parseAnswer,
  questionForMissing,
  referenceHouseholds,
  visibleQuestions,
} from './index.js';

const month = '2026-05';

/** Answers questions one by one as the widget does, returns the keys asked in order. */
function walk(answers0: Record<string, unknown>, options: FlowOptions) {
  const asked: string[] = [];
  const answers: FlowAnswers = {};
  for (let i = 0; i < 80; i++) {
    const q = nextQuestion(answers, options);
    if (!q) return { asked, answers };
    asked.push(q.key);
    const own = answers0[q.key];
    const raw = own === undefined ? (q.dontKnow ? DONT_KNOW : q.kind === 'multichoice' ? [] : '') : own;
    const parsed = parseAnswer(
      q,
      Array.isArray(raw)
        ? (raw as string[])
        : typeof raw === 'number'
          ? String(raw).replace('.', ',')
          : String(raw),
      month,
    );
    if (!parsed.ok) throw new Error(`${q.key}: ${parsed.error} (raw ${JSON.stringify(raw)})`);
    answers[q.key] = parsed.value;
  }
  throw new Error(`flow did not end: ${asked.join(', ')}`);
}

describe('question data', () => {
  it('has unique ids, French labels, paths and rights for every question', () => {
    const ids = FLOW_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of FLOW_QUESTIONS) {
      expect(q.label, q.id).toMatch(/[a-zé]/);
      expect(q.path, q.id).toMatch(/^(household|housing|commune|taxReferenceIncome|receiving)/);
      expect(q.rights.length, q.id).toBeGreaterThan(0);
      if (q.kind === 'choice' || q.kind === 'multichoice') expect(q.options?.length, q.id).toBeGreaterThan(1);
      if (q.repeat) expect(q.path, q.id).toContain('{i}');
    }
  });

  it('only refers to existing questions in conditions', () => {
    const refs: string[] = [];
    const collect = (c: unknown): void => {
      if (!c || typeof c !== 'object') return;
      const o = c as Record<string, unknown>;
      if (typeof o.question === 'string') refs.push(o.question);
      for (const v of Object.values(o))
        if (typeof v === 'object') Array.isArray(v) ? v.forEach(collect) : collect(v);
    };
    FLOW_QUESTIONS.forEach((q) => {
      collect(q.condition);
      for (const o of q.options ?? []) collect(o.condition);
    });
    for (const r of refs) expect(flowQuestion(r), r).toBeDefined();
  });
});

describe('conditions', () => {
  it('shows partner questions only to couples', () => {
    const keys = (a: FlowAnswers) => visibleQuestions(a, { month }).map((q) => q.key);
    expect(keys({ 'household.couple': 'no' })).not.toContain('partner.activity');
    expect(keys({ 'household.couple': 'yes' })).toContain('partner.activity');
    expect(keys({ 'household.couple': DONT_KNOW })).not.toContain('partner.activity');
  });

  it('repeats child questions per child, with the child number in the label', () => {
    const qs = visibleQuestions({ 'children.count': 3 }, { month });
    const births = qs.filter((q) => q.id === 'child.birthDate');
    expect(births.map((q) => q.key)).toEqual([
      'child.birthDate[0]',
      'child.birthDate[1]',
      'child.birthDate[2]',
    ]);
    expect(births[2]?.label).toContain('n° 3');
    expect(births[1]?.resolvedPath).toBe('household.members[child:1].birthDate');
  });

  it('asks about school only for children of school age, per child', () => {
    const qs = visibleQuestions(
      { 'children.count': 2, 'child.birthDate[0]': '2016-01-01', 'child.birthDate[1]': '2025-01-01' },
      { month },
    ).map((q) => q.key);
    expect(qs).toContain('child.schoolLevel[0]');
    expect(qs).not.toContain('child.schoolLevel[1]');
  });

  it('evaluates all/any/not, ranges and ages', () => {
    const a: FlowAnswers = { n: 3, d: '2000-06-15', s: 'x' };
    const ctx = { month };
    expect(evalCondition({ question: 'n', atLeast: 3, atMost: 3 }, a, ctx)).toBe(true);
    expect(evalCondition({ question: 'n', atLeast: 4 }, a, ctx)).toBe(false);
    expect(evalCondition({ question: 'd', ageAtLeast: 25 }, a, ctx)).toBe(true);
    expect(evalCondition({ question: 'd', ageAtLeast: 26 }, a, ctx)).toBe(false);
    expect(
      evalCondition(
        { any: [{ question: 's', in: ['y'] }, { not: { question: 'z', answered: true } }] },
        a,
        ctx,
      ),
    ).toBe(true);
    expect(
      evalCondition(
        {
          all: [
            { question: 's', equals: 'x' },
            { question: 'n', equals: 2 },
          ],
        },
        a,
        ctx,
      ),
    ).toBe(false);
  });

  it('hides family options from the "already received" list when there is no child', () => {
    const q = (a: FlowAnswers) => visibleQuestions(a, { month }).find((x) => x.id === 'receiving');
    expect(q({ 'children.count': 0 })?.visibleOptions?.map((o) => o.value)).not.toContain('af');
    expect(q({ 'children.count': 1 })?.visibleOptions?.map((o) => o.value)).toContain('af');
  });
});

describe('validation', () => {
  const q = (id: string) => flowQuestion(id)!;
  it('accepts French amounts and says how to fix a bad one', () => {
    expect(parseAnswer(q('applicant.incomes.salary'), '1 250,50 €', month)).toEqual({
      ok: true,
      value: 1250.5,
    });
    const bad = parseAnswer(q('applicant.incomes.salary'), 'mille', month);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/par exemple 850/);
    const big = parseAnswer(q('applicant.incomes.salary'), '1000000', month);
    expect(!big.ok && big.error).toMatch(/Vérifiez le nombre de chiffres/);
    const empty = parseAnswer(q('applicant.incomes.salary'), '', month);
    expect(!empty.ok && empty.error).toMatch(/Je ne sais pas/);
  });

  it('accepts je ne sais pas only where offered', () => {
    expect(parseAnswer(q('housing.rent'), DONT_KNOW, month)).toEqual({ ok: true, value: DONT_KNOW });
    expect(parseAnswer(q('household.couple'), DONT_KNOW, month).ok).toBe(false);
  });

  it('checks dates exist and give a plausible age', () => {
    expect(parseAnswer(q('applicant.birthDate'), '14/03/1988', month)).toEqual({
      ok: true,
      value: '1988-03-14',
    });
    const bad = parseAnswer(q('applicant.birthDate'), '31/02/1988', month);
    expect(!bad.ok && bad.error).toMatch(/n’existe pas/);
    const future = parseAnswer(q('applicant.birthDate'), '2030-01-01', month);
    expect(!future.ok && future.error).toMatch(/futur/);
    const young = parseAnswer(q('applicant.birthDate'), '2020-01-01', month);
    expect(!young.ok && young.error).toMatch(/au moins 15 ans/);
  });

  it('checks numbers, choices and communes', () => {
    expect(parseAnswer(q('children.count'), '2', month)).toEqual({ ok: true, value: 2 });
    expect(parseAnswer(q('children.count'), '2,5', month).ok).toBe(false);
    expect(parseAnswer(q('children.count'), '40', month).ok).toBe(false);
    expect(parseAnswer(q('applicant.activity'), 'astronaut', month).ok).toBe(false);
    expect(parseAnswer(q('commune'), '94028', month)).toEqual({ ok: true, value: '94028' });
    expect(parseAnswer(q('commune'), 'Créteil', month).ok).toBe(false);
    expect(parseAnswer(q('receiving'), ['rsa', 'nope'], month).ok).toBe(false);
    expect(parseAnswer(q('receiving'), [], month)).toEqual({ ok: true, value: [] });
  });
});

describe('answersToSituation', () => {
  it('builds a valid contract situation for each reference household', () => {
    for (const h of referenceHouseholds(month)) {
      const s = answersToSituation(h.answers, { month });
      const parsed = situationSchema.safeParse(s);
      expect(parsed.success, `${h.title}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('maps members by role and leaves "je ne sais pas" absent', () => {
    const s = answersToSituation(
      {
        'household.couple': 'yes',
        'children.count': 1,
        'child.birthDate[0]': '2018-02-03',
        'applicant.activity': 'employed',
        'applicant.incomes.salary': DONT_KNOW,
        'partner.activity': 'retired',
        'partner.incomes.pension': 800,
        'applicant.disabilityRate': '80',
        'housing.status': 'tenant',
        'housing.rent': DONT_KNOW,
        receiving: ['af'],
      },
      { month },
    );
    const [me, partner, child] = s.household.members;
    expect(s.household.couple).toBe(true);
    expect(me).toMatchObject({ role: 'applicant', activity: 'employed', disabilityRate: 80 });
    expect(me?.incomes?.salary).toBeUndefined();
    // Retired: no salary is implied by the activity, not guessed.
    expect(partner).toMatchObject({ role: 'partner', incomes: { pension: 800, salary: 0 } });
    expect(child).toMatchObject({ role: 'child', birthDate: '2018-02-03' });
    const school = answersToSituation(
      { 'children.count': 1, 'child.birthDate[0]': '2014-02-03', 'child.schoolLevel[0]': 'college' },
      { month },
    );
    expect(school.household.members[1]).toMatchObject({ schoolLevel: 'college', inSchool: true });
    expect(s.housing).toEqual({ status: 'tenant' });
    expect(s.receiving).toEqual(['af']);
  });

  it('does not imply zero income before the activity is known', () => {
    const s = answersToSituation({ 'household.couple': 'no' }, { month });
    expect(s.household.members[0]?.incomes).toBeUndefined();
  });

  it('ignores answers hidden by a later change', () => {
    const s = answersToSituation(
      { 'household.couple': 'no', 'partner.activity': 'employed', 'partner.incomes.salary': 2000 },
      { month },
    );
    expect(s.household.members).toHaveLength(1);
  });
});

describe('nextQuestion', () => {
  it('asks the household questions first and ends', () => {
    expect(nextQuestion({}, { month })?.id).toBe('applicant.birthDate');
  });

  it('walks every visible question in accompagnement mode', () => {
    for (const h of referenceHouseholds(month)) {
      const { asked, answers } = walk(h.answers, { month, mode: 'accompagnement' });
      const visible = visibleQuestions(answers, { month }).map((q) => q.key);
      expect(asked.sort()).toEqual(visible.sort());
    }
  });

  it('in public mode skips questions no undecided right needs', () => {
    // An evaluator where only CSS stays possible until the tax income is known.
    const evaluate: FlowEvaluator = (s) => ({
      rights: [
        {
          id: 'css',
          theme: 'sante',
          status: s.taxReferenceIncome === undefined ? 'possible' : 'eligible',
          missing: ['taxReferenceIncome'],
        },
        {
          id: 'ass',
          theme: 'emploi',
          status: 'not_eligible',
          missing: ['household.members[0].workedFiveOfLastTenYears'],
        },
      ],
    });
    const h = referenceHouseholds(month)[0]!;
    const { asked } = walk(h.answers, { month, evaluate });
    expect(asked).toContain('taxReferenceIncome');
    expect(asked).not.toContain('applicant.nationality');
    expect(asked).not.toContain('applicant.pregnant');
    const all = walk(h.answers, { month, mode: 'accompagnement' }).asked;
    expect(asked.length).toBeLessThan(all.length);
  });

  it('asks the question a possible right of a chosen theme is missing, not others', () => {
    const evaluate: FlowEvaluator = () => ({
      rights: [
        { id: 'aah', theme: 'sante', status: 'possible', missing: ['household.members[moi].disabilityRate'] },
        {
          id: 'ass',
          theme: 'emploi',
          status: 'possible',
          missing: ['household.members[0].unemploymentRightsExhausted'],
        },
      ],
    });
    const answers: FlowAnswers = { 'applicant.activity': 'unemployed' };
    const keys = (themes: FlowOptions['themes']) =>
      flowStatus(answers, { month, evaluate, themes }).pending.map((q) => q.key);
    expect(keys(['sante'])).toContain('applicant.disabilityRate');
    expect(keys(['sante'])).not.toContain('applicant.unemploymentRightsExhausted');
    expect(keys(['emploi'])).toContain('applicant.unemploymentRightsExhausted');
    expect(keys(['emploi'])).not.toContain('applicant.disabilityRate');
  });

  it('keeps working when the evaluator throws', () => {
    const evaluate: FlowEvaluator = () => {
      throw new Error('boom');
    };
    const original = console.error;
    console.error = () => {};
    try {
      expect(nextQuestion({}, { month, evaluate })?.id).toBe('applicant.birthDate');
    } finally {
      console.error = original;
    }
  });

  it('reaches the end for each reference household without an evaluator', () => {
    for (const h of referenceHouseholds(month)) {
      const { asked } = walk(h.answers, { month });
      expect(asked.length, h.title).toBeGreaterThan(6);
      expect(asked.length, h.title).toBeLessThan(30);
      for (const k of asked) expect(householdAnswer(h, k, true), `${h.title} ${k}`).toBeDefined();
    }
  });
});

describe('six households with the real evaluator', () => {
  const evaluate: FlowEvaluator = (s) => evaluateRules(s, { month });
  // Expected rights from the law (service-public.fr fiches of each right, checked 2026-11-24).
  const expected: Record<string, string[]> = {
    'single-no-income': ['rsa', 'css'],
    'single-parent-part-time': ['af', 'asf', 'ars', 'ppa', 'aide_logement', 'css'],
    'retired-couple': ['aspa', 'css'],
    'young-neet': ['cej', 'mission_locale'],
    'disability-80': ['aah'],
    'family-four-one-salary': ['af', 'ars', 'ppa', 'aide_logement'],
  };
  for (const h of referenceHouseholds(month)) {
    it(`${h.title}: few questions, rights settled`, () => {
      const { asked, answers } = walk(h.answers, { month, evaluate });
      const all = walk(h.answers, { month, mode: 'accompagnement' }).asked;
      expect(asked.length).toBeLessThanOrEqual(all.length);
      expect(asked.length).toBeLessThanOrEqual(18);
      const result = evaluateRules(answersToSituation(answers, { month }), { month });
      const open = result.rights
        .filter((r) => r.status === 'eligible' || r.status === 'possible')
        .map((r) => r.id);
      for (const id of expected[h.id] ?? []) expect(open, `${h.title} ${id}`).toContain(id);
      // Nothing left that one more question of the flow could settle.
      expect(flowStatus(answers, { month, evaluate }).pending).toEqual([]);
    });
  }
});

describe('missing paths', () => {
  const s = answersToSituation({ 'household.couple': 'yes', 'children.count': 2 }, { month });
  it('maps evaluator member indexes and ids to roles', () => {
    expect(normalizeMissingPath('household.members[0].incomes.salary', s)).toBe(
      'household.members[applicant].incomes.salary',
    );
    expect(normalizeMissingPath('household.members[conjoint].activity', s)).toBe(
      'household.members[partner].activity',
    );
    expect(normalizeMissingPath('household.members[3].birthDate', s)).toBe(
      'household.members[child:1].birthDate',
    );
    expect(normalizeMissingPath('housing.status', s)).toBe('housing.status');
  });
  it('finds the question that settles a missing answer', () => {
    expect(questionForMissing('household.members[3].birthDate', s)?.id).toBe('child.birthDate');
    expect(questionForMissing('taxReferenceIncome')?.id).toBe('taxReferenceIncome');
    expect(questionForMissing('household.members[0].incomes', s)?.id).toBe('applicant.incomes.salary');
  });
});
