// The compact checklist of accompagnement mode: the rights that matter first (likely, maybe, already
// received, or marked by the mediator), each with its state, its follow-up and a note; every other right
// folded behind one control. Beside the answers on wide screens, so the list grows during the interview.
import { html, nothing, type TemplateResult } from 'lit';
import { disclosure } from '../blocks/card.js';
import { radioGroup } from '../blocks/choice.js';
import { mediatorMessages } from './messages.js';
import { CHECKLIST_STATES, type ChecklistState } from './model.js';
import type { MediatorHost } from './templates.js';

export interface ChecklistRight {
  id: string;
  label: string;
  theme: string;
  status: 'eligible' | 'possible' | 'not_eligible' | 'already_received';
  /** The status in words ("Vous y avez probablement droit"). */
  statusText: string;
}

export interface CompactChecklistOptions {
  rights: ChecklistRight[];
  state: (id: string) => ChecklistState;
  note: (id: string) => string;
  onState: (id: string, state: ChecklistState) => void;
  onNote: (id: string, note: string) => void;
  stateLabel: (state: ChecklistState) => string;
  noteLabel: (right: string) => string;
  statusLegend: (right: string) => string;
  /** Reason, help and partner of a right to open (MediatorWorkspace.renderFollowUp). */
  followUp: (id: string) => TemplateResult | typeof nothing;
  /** "Orienté vers": where to, in the mediator's words (shown when the state is "oriented"). */
  orientedTo?: (id: string) => TemplateResult;
  /** Whether a row's follow-up and note are shown; `byDefault` (a note is written) unless the mediator chose. */
  followUpOpen: (id: string, byDefault: boolean) => boolean;
  onFollowUpToggle: (id: string, open: boolean) => void;
  othersOpen: boolean;
  onToggleOthers: (open: boolean) => void;
}

/** A right matters when the rules found it likely, maybe or received, or when the mediator marked it. */
export function matters(r: ChecklistRight, state: ChecklistState): boolean {
  return r.status !== 'not_eligible' || state !== 'not_concerned';
}

export const checklistBaseId = (id: string) => `pq-c-${id.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/**
 * One line per right (its state as radios, the rules' status as hint); the follow-up and the note behind a
 * disclosure, unfolded at first when something is recorded in it or the right is marked "oriented".
 */
function row(host: MediatorHost, o: CompactChecklistOptions, r: ChecklistRight): TemplateResult {
  const state = o.state(r.id);
  const base = checklistBaseId(r.id);
  const toFollow = state === 'to_open' || state === 'oriented';
  // "Orienté vers…" asks where to: its field shows at once.
  const open = o.followUpOpen(r.id, o.note(r.id) !== '' || state === 'oriented');
  const details = () => html`${state === 'oriented' && o.orientedTo ? o.orientedTo(r.id) : nothing}
    ${toFollow ? o.followUp(r.id) : nothing}
    <div class="pa-field pm-note">
      <label class="pa-label" for=${`${base}-note`}>${o.noteLabel(r.label)}</label>
      <textarea
        id=${`${base}-note`}
        class="pa-input pa-input--full"
        rows="1"
        .value=${o.note(r.id)}
        @input=${(e: Event) => o.onNote(r.id, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  return html`<li class="pm-check" data-right=${r.id} data-state=${state}>
    ${radioGroup(host, {
      id: `${base}-state`,
      label: o.statusLegend(r.label),
      hint: r.statusText,
      inline: true,
      options: CHECKLIST_STATES.map((s) => ({ value: s, label: o.stateLabel(s) })),
      value: state,
      onChange: (v) => o.onState(r.id, v as ChecklistState),
    })}
    ${disclosure({
      id: `${base}-more`,
      summary: html`${host.msg(mediatorMessages, 'followUpMore')}<span class="pa-visually-hidden">
          (${r.label})</span
        >`,
      open,
      onToggle: (v) => o.onFollowUpToggle(r.id, v),
      content: open ? details() : nothing,
    })}
  </li>`;
}

export function compactChecklist(host: MediatorHost, o: CompactChecklistOptions): TemplateResult {
  const shown = o.rights.filter((r) => matters(r, o.state(r.id)));
  const others = o.rights.filter((r) => !matters(r, o.state(r.id)));
  const m = (key: 'checklistHeading' | 'checklistNone' | 'checklistOthers', count = 0) =>
    host.msg(mediatorMessages, key, { count });
  return html`<section class="pm-checklist" part="checklist" aria-labelledby="pm-checklist-title">
    <h3 id="pm-checklist-title" tabindex="-1">${m('checklistHeading', shown.length)}</h3>
    ${shown.length ? html`<ul class="pm-checks" role="list">${shown.map((r) => row(host, o, r))}</ul>` : html`<p>${m('checklistNone')}</p>`}
    ${
      others.length
        ? disclosure({
            id: 'pm-checklist-others',
            summary: m('checklistOthers', others.length),
            open: o.othersOpen,
            onToggle: o.onToggleOthers,
            content: o.othersOpen
              ? html`<ul class="pm-checks" role="list">${others.map((r) => row(host, o, r))}</ul>`
              : nothing,
          })
        : nothing
    }
  </section>`;
}
