// Accompagnement mode: the compact checklist (mediator/checklist.ts) over the questionnaire's state: each
// right's state (already open, to open, oriented to, not concerned), its follow-up and a note; beside the
// answers during the interview, under the rights on the results.
import { html, nothing, type TemplateResult } from 'lit';
import { textField } from '../../base/index.js';
import { defaultState } from '../mediation.js';
import type { MessageKey } from '../messages.js';
import type { QuestionnaireController } from '../session-controller.js';
import type { ChecklistEntry } from '../storage.js';
import { statusText } from '../wording.js';

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
  const m = c.mediation;
  const w = m.workspace;
  // Accompagnement mode only: the checklist comes with the mediator's workspace, loaded on first use.
  if (!w) return nothing;
  const rights = c.liveRights();
  const base = (id: string) => `pq-c-${id.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  return w.renderChecklist({
    rights: rights.map((r) => ({
      id: r.id,
      label: r.label,
      theme: r.theme,
      status: r.status,
      statusText: statusText(c, r),
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
