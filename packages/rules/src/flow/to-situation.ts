// Builds the contract situation from the answers. "Je ne sais pas" and unanswered questions leave the
// field absent, so the rights that need it say `missing`; answers hidden by a later change are ignored.
import type { Member, Situation } from '../situation.js';
import { answerKey, childCount, currentMonth, expandQuestions } from './conditions.js';
import { DONT_KNOW, type FlowAnswers, type FlowCondition } from './types.js';

/** Member ids used in the situation, by role selector of the flow paths. */
export const FLOW_MEMBER_IDS = {
  applicant: 'moi',
  partner: 'conjoint',
  child: (i: number) => `enfant${i + 1}`,
};

function memberFor(selector: string, members: Member[]): Member | undefined {
  if (selector === 'applicant') return members.find((m) => m.role === 'applicant');
  if (selector === 'partner') return members.find((m) => m.role === 'partner');
  const child = /^child:(\d+)$/.exec(selector);
  if (child) return members.find((m) => m.id === FLOW_MEMBER_IDS.child(Number(child[1])));
  return undefined;
}

function setPath(target: Record<string, unknown>, keys: string[], value: unknown): void {
  let node = target;
  keys.slice(0, -1).forEach((k) => {
    if (typeof node[k] !== 'object' || node[k] === null) node[k] = {};
    node = node[k] as Record<string, unknown>;
  });
  node[keys[keys.length - 1] as string] = value;
}

function conditionIds(cond: FlowCondition | undefined, out: string[] = []): string[] {
  if (!cond) return out;
  if ('all' in cond) for (const c of cond.all) conditionIds(c, out);
  else if ('any' in cond) for (const c of cond.any) conditionIds(c, out);
  else if ('not' in cond) conditionIds(cond.not, out);
  else out.push(cond.question);
  return out;
}

function conditionDecided(cond: FlowCondition | undefined, answers: FlowAnswers, index?: number): boolean {
  return conditionIds(cond).every((id) => {
    const v = answers[answerKey(id, index)];
    return v !== undefined && v !== DONT_KNOW;
  });
}

export interface AnswersToSituationOptions {
  /** Month evaluated (YYYY-MM); the current month by default. */
  month?: string;
  /** Commune given by the host page when the question was not asked. */
  commune?: string;
}

export function answersToSituation(answers: FlowAnswers, options: AnswersToSituationOptions = {}): Situation {
  const month = options.month ?? currentMonth();
  const couple = answers['household.couple'] === 'yes';
  const members: Member[] = [{ id: FLOW_MEMBER_IDS.applicant, role: 'applicant' }];
  if (couple) members.push({ id: FLOW_MEMBER_IDS.partner, role: 'partner' });
  for (let i = 0; i < childCount(answers); i++) members.push({ id: FLOW_MEMBER_IDS.child(i), role: 'child' });

  const situation: Situation = { month, household: { members } };
  if (answers['household.couple'] === 'yes' || answers['household.couple'] === 'no')
    situation.household.couple = couple;
  if (options.commune) situation.commune = options.commune;

  for (const q of expandQuestions(answers, month)) {
    if (q.path === 'household.members[child]' || q.path === 'household.couple') continue;
    const raw = answers[q.key];
    let value: unknown;
    if (!q.visible) {
      // Implied only once the answers that hide it are given (no salary when retired), never guessed.
      if (q.whenHidden === undefined || !conditionDecided(q.condition, answers, q.index)) continue;
      value = q.whenHidden;
    } else {
      if (raw === undefined || raw === DONT_KNOW || raw === '') continue;
      if (q.kind === 'yesno') value = raw === 'yes';
      else if (q.kind === 'choice') value = q.options?.find((o) => o.value === raw)?.situationValue ?? raw;
      else value = raw;
    }
    const m = /^household\.members\[([^\]]+)\]\.(.+)$/.exec(q.resolvedPath);
    if (m) {
      const member = memberFor(m[1] as string, members);
      if (!member) continue;
      setPath(member as unknown as Record<string, unknown>, (m[2] as string).split('.'), value);
    } else {
      setPath(situation as unknown as Record<string, unknown>, q.resolvedPath.split('.'), value);
    }
  }
  // The school level also says whether the child is at school (ARS, AF for older children).
  for (const m of members) {
    if (m.role === 'child' && m.schoolLevel !== undefined) m.inSchool = m.schoolLevel !== 'none';
  }
  return situation;
}
