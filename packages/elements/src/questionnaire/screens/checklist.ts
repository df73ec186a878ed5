// Accompagnement mode: per theme, each right's follow-up (already open, to open, oriented to, not
// concerned) and a note.
import { THEMES } from '@passerelle/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { radioGroup, textField } from '../../base/index.js';
import type { MessageKey } from '../messages.js';
import type { QuestionnaireController } from '../session-controller.js';
import type { ChecklistEntry } from '../storage.js';
import { statusText, themeLabel } from '../wording.js';

export const CHECKLIST_KEYS: Record<ChecklistEntry['state'], MessageKey> = {
  open: 'checklistOpen',
  to_open: 'checklistToOpen',
  oriented: 'checklistOriented',
  not_concerned: 'checklistNotConcerned',
};

export const checklistEntry = (c: QuestionnaireController, id: string): ChecklistEntry =>
  c.checklist[id] ?? { state: 'to_open', orientedTo: '', note: '' };

export function renderChecklist(c: QuestionnaireController): TemplateResult {
  return html`<div class="pq-checklist" part="checklist">
    ${THEMES.map((theme) => {
      const list = c.rights.filter((r) => r.theme === theme);
      if (!list.length) return nothing;
      return html`<section aria-labelledby=${`pq-check-${theme}`}>
        <h3 id=${`pq-check-${theme}`}>${c.t('checklistTitle', { theme: themeLabel(c, theme) })}</h3>
        ${list.map((r) => {
          const entry = checklistEntry(c, r.id);
          const base = `pq-c-${r.id.replace(/[^a-zA-Z0-9]+/g, '-')}`;
          return html`<div class="pq-checklist-item">
            ${radioGroup(c.host, {
              id: `${base}-state`,
              label: c.t('checklistStatus', { right: r.label }),
              hint: statusText(c, r),
              inline: true,
              options: (Object.keys(CHECKLIST_KEYS) as ChecklistEntry['state'][]).map((s) => ({
                value: s,
                label: c.t(CHECKLIST_KEYS[s]),
              })),
              value: entry.state,
              onChange: (v) => c.updateChecklist(r.id, { state: v as ChecklistEntry['state'] }),
            })}
            ${
              entry.state === 'oriented'
                ? textField(c.host, {
                    id: `${base}-to`,
                    label: c.t('orientedTo', { right: r.label }),
                    value: entry.orientedTo,
                    onInput: (v) => c.updateChecklist(r.id, { orientedTo: v }),
                  })
                : nothing
            }
            <div class="pa-field">
              <label class="pa-label" for=${`${base}-note`}>${c.t('note', { right: r.label })}</label>
              <textarea
                id=${`${base}-note`}
                class="pq-note"
                .value=${entry.note}
                @input=${(e: Event) => c.updateChecklist(r.id, { note: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
            </div>
          </div>`;
        })}
      </section>`;
    })}
  </div>`;
}
