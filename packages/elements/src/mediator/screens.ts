// Accompagnement mode's screens over the questionnaire's state: every question of every theme in one dense
// form, grouped by theme, and the compact checklist (./checklist.ts) of each right's state (already open,
// to open, oriented to, not concerned), its follow-up and a note, beside the answers during the interview
// and under the rights on the results. Loaded with the workspace, in accompagnement mode only.
import { THEMES, type Theme } from '@passerelle/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { button, errorSummary, focusErrorSummary, textField } from '../base/index.js';
import { fieldId, themeLabel } from '../questionnaire/labels.js';
import type { ChecklistState } from './model.js';
import type { MessageKey } from '../questionnaire/messages.js';
import type { Engine, QuestionnaireController } from '../questionnaire/session-controller.js';
import type { ChecklistEntry } from '../questionnaire/storage.js';
import { errorIn, questionIn } from '../questionnaire/translate.js';

export function renderInterview(c: QuestionnaireController, en: Engine): TemplateResult {
  const questions = c.session?.questions() ?? [];
  const groups: Array<Theme | 'profil'> = ['profil', ...THEMES];
  const shown = groups.filter((g) => questions.some((q) => q.group === g));
  const root = () => c.host.renderRoot as ShadowRoot;
  const w = c.mediation.workspace;
  const onKey = (e: KeyboardEvent) =>
    w?.handleShortcut(e, {
      sections: () => [...root().querySelectorAll<HTMLElement>('[data-theme-section]')],
      submit: () => root().querySelector<HTMLFormElement>('form.pq-interview-form')?.requestSubmit(),
      save: c.save,
    });
  return html`<section part="interview" data-screen="interview" aria-labelledby="pq-interview-title" @keydown=${onKey}>
    <h2 id="pq-interview-title" tabindex="-1">${c.t('titleMediation')}</h2>
    <p>${c.t('answeredCount', { count: Object.keys(c.answers).length })}</p>
    <nav class="pq-theme-nav" aria-label=${c.t('themesNav')}>
      <ul role="list">
        ${shown.map((g) => html`<li><a href=${`#pq-group-${g}`} @click=${(e: Event) => jump(e, root(), g)}>${themeLabel(c, g)}</a></li>`)}
      </ul>
    </nav>
    ${w?.renderShortcutsHelp() ?? nothing}
    <div class="pq-side">
      <form class="pq-interview-form" novalidate @submit=${c.submitInterview}>
        ${errorSummary(c.host, { errors: c.summary })}
        ${shown.map((g) => {
          const qs = questions.filter((q) => q.group === g);
          return html`<section data-theme-section aria-labelledby=${`pq-group-${g}`}>
            <h3 id=${`pq-group-${g}`} tabindex="-1">${themeLabel(c, g)}</h3>
            ${qs.map((q) => en.renderField(c, q, true))}
          </section>`;
        })}
        <div class="pq-actions">
          ${button({ label: c.t('interviewSubmit'), type: 'submit', variant: 'primary' })}
          ${button({ label: c.t('save'), variant: 'secondary', onClick: c.save })}
          ${button({ label: c.t('bilansList'), variant: 'secondary', onClick: () => c.goToScreen('start') })}
          ${button({ label: c.t('erase'), variant: 'link', onClick: c.erase })}
        </div>
      </form>
      <aside class="pq-side-checklist" aria-label=${c.t('checklistAside')}>${renderChecklist(c)}</aside>
    </div>
  </section>`;
}

/** A theme link: the section's heading takes the focus (in a shadow root the hash alone does not move it). */
function jump(e: Event, root: ShadowRoot, group: string): void {
  e.preventDefault();
  const h = root.getElementById(`pq-group-${group}`);
  h?.scrollIntoView?.({ block: 'start' });
  h?.focus();
}

/** The checklist state a right starts with, from its result. */
export function defaultState(status: string): ChecklistState {
  return status === 'already_received' ? 'open' : status === 'not_eligible' ? 'not_concerned' : 'to_open';
}

export const CHECKLIST_KEYS: Record<ChecklistEntry['state'], MessageKey> = {
  open: 'checklistOpen',
  to_open: 'checklistToOpen',
  oriented: 'checklistOriented',
  not_concerned: 'checklistNotConcerned',
};

/** A right's entry; before the mediator touches it, its state follows the right's result. */
export const checklistEntry = (c: QuestionnaireController, id: string): ChecklistEntry => {
  const saved = c.checklist[id];
  if (saved) return saved;
  const status = c.liveRights().find((r) => r.id === id)?.status ?? 'possible';
  return { state: defaultState(status), orientedTo: '', note: '' };
};

export function renderChecklist(c: QuestionnaireController): TemplateResult | typeof nothing {
  const en = c.engine;
  const m = c.mediation.impl;
  const w = m?.workspace;
  // Accompagnement mode only: the checklist comes with the mediator's workspace, loaded on first use.
  if (!w || !en) return nothing;
  const rights = c.liveRights();
  const base = (id: string) => `pq-c-${id.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  return w.renderChecklist({
    rights: rights.map((r) => ({
      id: r.id,
      label: r.label,
      theme: r.theme,
      status: r.status,
      statusText: en.statusText(c, r),
    })),
    state: (id) => checklistEntry(c, id).state,
    note: (id) => checklistEntry(c, id).note,
    onState: (id, state) => c.updateChecklist(id, { ...checklistEntry(c, id), state }),
    onNote: (id, note) => c.updateChecklist(id, { ...checklistEntry(c, id), note }),
    stateLabel: (s) => c.t(CHECKLIST_KEYS[s]),
    noteLabel: (right) => c.t('note', { right }),
    statusLegend: (right) => c.t('checklistStatus', { right }),
    orientedTo: (id) => {
      const r = rights.find((x) => x.id === id);
      return html`${textField(c.host, {
        id: `${base(id)}-to`,
        label: c.t('orientedTo', { right: r?.label ?? id }),
        value: checklistEntry(c, id).orientedTo,
        onInput: (orientedTo) => c.updateChecklist(id, { ...checklistEntry(c, id), orientedTo }),
      })}`;
    },
    othersOpen: m.othersOpen,
    onToggleOthers: (open) => {
      m.othersOpen = open;
      c.host.requestUpdate();
    },
  });
}

/** "Voir les résultats" of the dense form: every field checked, the summary of errors, or the results. */
export function submitInterview(c: QuestionnaireController): void {
  const session = c.session;
  if (!session) return;
  const errors: Record<string, string> = {};
  for (const q of session.questions()) {
    if (session.answers[q.key] !== undefined) continue;
    const parsed = c.parse(q);
    if (parsed.ok) session.answer(q.key, parsed.value);
    else errors[q.key] = parsed.error;
  }
  const summary = session
    .questions()
    .filter((q) => errors[q.key])
    .map((q) => ({
      id: fieldId(q.key),
      message: `${questionIn(c.host.locale, q).label} ${errorIn(c.host.locale, errors[q.key])}`,
    }));
  c.set({ errors, summary });
  if (summary.length) {
    void focusErrorSummary(c.host);
    return;
  }
  c.persist();
  c.showResults();
}
