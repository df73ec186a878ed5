// The answers the estimate rests on, in words, for the fiche: the person checks them there.
import { DONT_KNOW, type FlowAnswers, type FlowQuestionInstance } from '@passerelle/rules/flow';
import type { Wording } from './fiche-model.js';

export interface AnswerWords extends Pick<Wording, 't' | 'euro' | 'list'> {
  /** "1er mars 1990" from `1990-03-01`. */
  date(iso: string): string;
  /** A commune's name from its INSEE code (the code itself when unknown). */
  commune?(code: string): string;
}

/** One line per question answered, in the order asked, each answer in words (never a stored value). */
export function answerLines(
  questions: readonly FlowQuestionInstance[],
  answers: FlowAnswers,
  w: AnswerWords,
): { question: string; answer: string }[] {
  const out: { question: string; answer: string }[] = [];
  for (const q of questions) {
    const a = answers[q.key];
    if (a === undefined) continue;
    const option = (v: string) =>
      (q.visibleOptions ?? q.options ?? []).find((o) => o.value === v)?.label ?? v;
    let text: string;
    if (a === DONT_KNOW) text = w.t('dontKnow');
    else if (q.kind === 'yesno') text = w.t(a === 'yes' || a === true ? 'yes' : 'no');
    else if (q.kind === 'multichoice')
      text = Array.isArray(a) && a.length ? w.list(a.map(option)) : w.t('noneOfThem');
    else if (q.kind === 'choice') text = option(String(a));
    else if (q.kind === 'money' && typeof a === 'number') text = w.euro(a);
    else if (q.kind === 'date') text = w.date(String(a));
    else if (q.kind === 'commune') text = w.commune?.(String(a)) ?? String(a);
    else text = String(a);
    out.push({ question: q.label, answer: text });
  }
  return out;
}
