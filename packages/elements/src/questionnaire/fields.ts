// The one adapter between the flow's answers and the blocks: what a field shows for a stored answer, what
// the text typed becomes, and the field of each kind of question. Answers keep the flow's shape
// (`yes`/`no`/`dont_know`, numbers, ISO dates); only the yes/no block speaks `oui`/`non`/`nsp`.
import {
  COMMUNE_CODE,
  DONT_KNOW,
  type FlowAnswer,
  type FlowParseResult,
  type FlowQuestionInstance,
  parseAnswer,
} from '@passerelle/rules/flow';
import { html, nothing, type TemplateResult } from 'lit';
import {
  button,
  checkboxGroup,
  type DateParts,
  dateField,
  moneyField,
  radioGroup,
  textField,
  yesNo,
  type YesNoValue,
} from '../base/index.js';
import type { QuestionnaireController } from './session-controller.js';
import { fieldId } from './labels.js';
import { errorIn, questionIn } from './translate.js';

/** What a field holds before "Continuer": the text typed, the date parts, or the option(s) chosen. */
export type Draft = string | string[] | DateParts;

const YESNO_IN: Record<string, YesNoValue> = { yes: 'oui', no: 'non', [DONT_KNOW]: 'nsp' };
const YESNO_OUT: Record<string, string> = { oui: 'yes', non: 'no', nsp: DONT_KNOW };

/** What the field shows for a stored answer (nothing typed yet when there is none). */
export function draftOf(q: FlowQuestionInstance, a: FlowAnswer | undefined): Draft {
  if (q.kind === 'date') {
    if (typeof a !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(a)) return { day: '', month: '', year: '' };
    const [year, month, day] = a.split('-') as [string, string, string];
    return { day: String(Number(day)), month: String(Number(month)), year };
  }
  if (a === undefined) return q.kind === 'multichoice' ? [] : '';
  if (Array.isArray(a)) return a;
  if (a === DONT_KNOW) return q.kind === 'money' || q.kind === 'number' ? '' : DONT_KNOW;
  if (typeof a === 'number') return String(a).replace('.', ',');
  return String(a);
}

/**
 * The stored answer for what a field holds, or the message that says how to fix it. `communeList`: the
 * host gave a communes file, so the person picks a commune in a list; without it they type its code.
 */
export function parseDraft(
  q: FlowQuestionInstance,
  draft: Draft,
  month: string,
  stored: FlowAnswer | undefined,
  communeList: boolean,
): FlowParseResult {
  if (q.kind === 'date') {
    const p = draft as DateParts;
    const filled = [p.day, p.month, p.year].filter((x) => x.trim() !== '').length;
    // Three boxes here: the example matches them (the flow's own message shows 14/03/1988).
    if (filled < 3 && (filled > 0 || q.validation?.required !== false))
      return {
        ok: false,
        error: `Écrivez le jour, le mois et l’année, par exemple 14 3 1988${q.dontKnow ? ', ou choisissez « Je ne sais pas »' : ''}.`,
      };
    return parseAnswer(q, filled ? `${p.day.trim()}/${p.month.trim()}/${p.year.trim()}` : '', month);
  }
  if (q.kind === 'commune') {
    if (!draft && typeof stored === 'string') return { ok: true, value: stored };
    if (!communeList) {
      const text = String(draft).trim().toUpperCase();
      // Without the list a postcode cannot be told from a code: never take one for the other.
      // No commune has an INSEE number 000, and Paris's codes are 75056 and 751xx: these are postcodes.
      const postcode = /^\d\d000$|^750\d\d$/.test(text);
      if (!COMMUNE_CODE.test(text) || postcode)
        return {
          ok: false,
          error: `${postcode ? `${text} est un code postal. ` : ''}Écrivez le code INSEE de la commune : 5 caractères, par exemple 94028 pour Créteil. Ce n’est pas le code postal ; la mairie peut vous le donner.`,
        };
      return { ok: true, value: text };
    }
  }
  return parseAnswer(q, draft as string | string[], month);
}

/** Kinds whose block has its own heading (the legend of a group of choices). */
const GROUPED = new Set(['yesno', 'choice', 'multichoice']);

/**
 * One question's field, in the one-question screen (`dense` false) or the accompagnement form. On the
 * one-question screen every question is a heading of level 2: the choice blocks make their legend one;
 * for the other kinds the heading is drawn here and the field's own label stays for screen readers only.
 */
export function renderField(
  c: QuestionnaireController,
  question: FlowQuestionInstance,
  dense: boolean,
): TemplateResult {
  const q = questionIn(c.host.locale, question);
  const field = fieldOf(c, q, dense);
  if (dense || GROUPED.has(q.kind)) return field;
  return html`<div class="pq-headed">
    <h2 class="pa-heading pq-question-heading" id=${`${fieldId(q.key)}-heading`}>${q.label}</h2>
    ${field}
  </div>`;
}

/** `q` is already in the widget's language (renderField translates it). */
function fieldOf(c: QuestionnaireController, q: FlowQuestionInstance, dense: boolean): TemplateResult {
  const host = c.host;
  const id = fieldId(q.key);
  const error = errorIn(host.locale, c.errors[q.key]);
  const required = q.validation?.required !== false;
  const draft = c.draft(q);
  const common = {
    id,
    label: q.label,
    required,
    ...(q.help ? { hint: q.help } : {}),
    ...(error ? { error } : {}),
  };
  const headingLevel = dense ? {} : { headingLevel: 2 as const };
  const dontKnowButton = q.dontKnow
    ? html`<div class="pq-actions">
        ${button({
          // The question in the name: in the dense form there is one such button per question.
          label: html`${c.t('dontKnow')}<span class="pa-visually-hidden"> : ${q.label}</span>`,
          variant: 'secondary',
          onClick: () => c.dontKnow(q),
        })}
        ${dense && c.answers[q.key] === DONT_KNOW ? html`<span>✓ ${c.t('dontKnow')}</span>` : nothing}
      </div>`
    : nothing;
  switch (q.kind) {
    case 'yesno':
      return yesNo(host, {
        ...common,
        ...headingLevel,
        dontKnow: !!q.dontKnow,
        value: YESNO_IN[draft as string] ?? '',
        onChange: (v) => c.choose(q, YESNO_OUT[v] ?? ''),
      });
    case 'choice':
      return radioGroup(host, {
        ...common,
        ...headingLevel,
        options: [
          ...(q.visibleOptions ?? q.options ?? []).map((o) => ({
            value: o.value,
            label: o.label,
            ...(o.hint ? { hint: o.hint } : {}),
          })),
          ...(q.dontKnow ? [{ value: DONT_KNOW, label: c.t('dontKnow') }] : []),
        ],
        value: draft as string,
        onChange: (v) => c.choose(q, v),
      });
    case 'multichoice':
      return checkboxGroup(host, {
        ...common,
        required: false,
        ...headingLevel,
        options: (q.visibleOptions ?? q.options ?? []).map((o) => ({ value: o.value, label: o.label })),
        values: Array.isArray(draft) ? draft : [],
        onChange: (v) => c.choose(q, v),
      });
    case 'money':
      return html`${moneyField(host, {
        ...common,
        value: draft as string,
        onInput: (v) => c.type(q, v),
      })}${dontKnowButton}`;
    case 'number':
      return html`${textField(host, {
        ...common,
        value: draft as string,
        inputmode: 'numeric',
        width: 'short',
        onInput: (v) => c.type(q, v),
      })}${dontKnowButton}`;
    case 'date':
      return html`${dateField(host, {
        ...common,
        value: draft as DateParts,
        ...(q.autocomplete === 'bday' ? { autocomplete: 'bday' as const } : {}),
        onInput: (v) => c.type(q, v),
      })}${dontKnowButton}`;
    default:
      if (c.data.hasCommuneList)
        return c.data.communeBox.render({
          ...common,
          onSelect: (option) => c.pickCommune(q, option?.id ?? ''),
        });
      // Without a communes file: the INSEE code, prefilled with the host's commune.
      return textField(host, {
        ...common,
        hint: c.t('communeCodeHint'),
        value: draft as string,
        width: 'short',
        onInput: (v) => c.type(q, v),
      });
  }
}
