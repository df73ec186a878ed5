// Entry by life event and questions that fit the person (issue 15).
import { describe, expect, it } from 'vitest';
import { loadExtraRights } from '../extra.js';

loadExtraRights();
import { evaluate } from '../evaluate.js';
import { RIGHT_IDS } from '../rights/types.js';
import { THEMES } from '../vocabulary.js';
import {
  answersToSituation,
  type FlowAnswers,
  FLOW_QUESTIONS,
  LIFE_EVENT_IDS,
  LIFE_EVENTS,
  lifeEvent,
  lifeEventQuestionIds,
  orderQuestionsForLifeEvent,
  orderRightsForLifeEvent,
  visibleQuestions,
} from './index.js';

const month = '2026-05';
const ids = (qs: readonly { id: string }[]) => qs.map((q) => q.id);

describe('life events', () => {
  it('covers the seven events with known questions, rights and every theme', () => {
    expect(LIFE_EVENTS.map((e) => e.id)).toEqual([...LIFE_EVENT_IDS]);
    expect(LIFE_EVENT_IDS.join(' ')).toBe(
      'naissance separation perte_emploi retraite handicap arrivee_france deces_proche',
    );
    const questionIds = new Set(ids(FLOW_QUESTIONS));
    for (const e of LIFE_EVENTS) {
      expect([...e.themes].sort(), e.id).toEqual([...THEMES].sort());
      for (const q of e.questions) expect(questionIds.has(q), `${e.id}: ${q}`).toBe(true);
      for (const r of e.rights) expect(RIGHT_IDS as readonly string[], `${e.id}: ${r}`).toContain(r);
      expect(e.label.length).toBeGreaterThan(10);
    }
  });

  it('puts the event questions first, after those their conditions read, keeping the flow order', () => {
    const ordered = ids(orderQuestionsForLifeEvent(FLOW_QUESTIONS, 'deces_proche'));
    expect(ordered.length).toBe(FLOW_QUESTIONS.length);
    const first = lifeEventQuestionIds(lifeEvent('deces_proche')!);
    expect(new Set(ordered.slice(0, first.size))).toEqual(first);
    // The widowhood question reads the couple and the birth date: they come before it.
    expect(ordered.indexOf('household.couple')).toBeLessThan(ordered.indexOf('applicant.widowed'));
    expect(ordered.indexOf('applicant.birthDate')).toBeLessThan(ordered.indexOf('applicant.widowed'));
    expect(ordered.indexOf('applicant.widowed')).toBeLessThan(ordered.indexOf('housing.status'));
    // A child question brings the number of children with it.
    expect(first.has('children.count')).toBe(true);
    // Every question still comes after the questions its condition reads.
    for (const e of LIFE_EVENTS) {
      const order = ids(orderQuestionsForLifeEvent(FLOW_QUESTIONS, e.id));
      for (const q of FLOW_QUESTIONS) {
        const reads = JSON.stringify(q.condition ?? {}).match(/"question":"([^"]+)"/g) ?? [];
        for (const r of reads) {
          const dep = r.slice(12, -1);
          expect(order.indexOf(dep), `${e.id}: ${dep} before ${q.id}`).toBeLessThan(order.indexOf(q.id));
        }
      }
    }
  });

  it('works on visible question instances and leaves the order alone without an event', () => {
    const answers: FlowAnswers = { 'applicant.activity': 'unemployed', 'household.couple': 'no' };
    const visible = visibleQuestions(answers, { month, mode: 'accompagnement' });
    const ordered = orderQuestionsForLifeEvent(visible, 'perte_emploi');
    expect(ordered[0]?.id).toBe('applicant.birthDate');
    expect(ids(ordered).indexOf('applicant.unemploymentRightsExhausted')).toBeLessThan(
      ids(ordered).indexOf('housing.status'),
    );
    expect(orderQuestionsForLifeEvent(visible, undefined)).toEqual(visible);
    expect(orderQuestionsForLifeEvent(visible, 'unknown')).toEqual(visible);
  });

  it('puts the event rights first in results, the others in their order', () => {
    const r = evaluate({
      month,
      household: { members: [{ id: 'a', role: 'applicant', birthDate: '1950-01-01' }] },
    });
    const ordered = orderRightsForLifeEvent(r.rights, 'retraite');
    expect(ordered.slice(0, 3).map((x) => x.id)).toEqual(['demande_retraite', 'aspa', 'css']);
    expect(ordered.length).toBe(r.rights.length);
    const rest = ordered.slice(lifeEvent('retraite')!.rights.length).map((x) => x.id);
    expect(rest).toEqual(
      r.rights.map((x) => x.id).filter((id) => !lifeEvent('retraite')!.rights.includes(id)),
    );
  });
});

describe('questions that fit the person', () => {
  const base: FlowAnswers = {
    'applicant.birthDate': '2007-03-01',
    'household.couple': 'no',
    'children.count': 0,
    'applicant.activity': 'unemployed',
  };
  const visibleIds = (a: FlowAnswers) => ids(visibleQuestions(a, { month, mode: 'accompagnement' }));

  it('a 19-year-old can say he never had unemployment rights, and is not asked about 5 years of work', () => {
    const q = visibleQuestions(base, { month }).find((x) => x.id === 'applicant.unemploymentRightsExhausted');
    expect(q?.options?.map((o) => o.value)).toContain('never');
    expect(visibleIds({ ...base, 'applicant.unemploymentRightsExhausted': 'never' })).not.toContain(
      'applicant.workedFiveOfLastTenYears',
    );
    // Even with rights ended, at 19 he cannot have worked 5 years: not asked, and the ASS says no.
    const ended = { ...base, 'applicant.unemploymentRightsExhausted': 'yes' };
    expect(visibleIds(ended)).not.toContain('applicant.workedFiveOfLastTenYears');
    const s = answersToSituation({ ...base, 'applicant.unemploymentRightsExhausted': 'never' }, { month });
    const member = s.household.members[0];
    expect(member?.unemploymentRightsExhausted).toBe(false);
    const ass = evaluate(s).rights.find((x) => x.id === 'ass');
    expect(ass?.status).toBe('not_eligible');
  });

  it('asks about 5 years of work from 20, when rights are ending', () => {
    const older = {
      ...base,
      'applicant.birthDate': '1980-03-01',
      'applicant.unemploymentRightsExhausted': 'yes',
    };
    expect(visibleIds(older)).toContain('applicant.workedFiveOfLastTenYears');
    expect(visibleIds({ ...older, 'applicant.unemploymentRightsExhausted': 'no' })).not.toContain(
      'applicant.workedFiveOfLastTenYears',
    );
  });

  it('asks about widowhood only to a person living alone, from 25', () => {
    const alone = { ...base, 'applicant.birthDate': '1960-03-01' };
    expect(visibleIds(alone)).toContain('applicant.widowed');
    expect(visibleIds({ ...alone, 'household.couple': 'yes' })).not.toContain('applicant.widowed');
    expect(visibleIds(base)).not.toContain('applicant.widowed');
    const s = answersToSituation({ ...alone, 'applicant.widowed': 'yes' }, { month });
    expect(s.household.members[0]?.widowed).toBe(true);
  });
});
