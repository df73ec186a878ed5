// The mediator's workspace as Lit templates, rendered inside the questionnaire's shadow root (labels,
// fields and errors stay in one root): the list of bilans, the follow-up of a right (reason, help,
// partner), its lines on the fiche de liaison, and the preview of the anonymous activity count.
import { html, nothing, type TemplateResult } from 'lit';
import { alert } from '../blocks/feedback.js';
import { textField } from '../blocks/field.js';
import { button } from '../blocks/layout.js';
import type { BlockHost } from '../blocks/shared.js';
import type { PasserelleElement } from '../base/passerelle-element.js';
import type { ActivityRow } from './activity.js';
import { mediatorMessages, type MediatorMessageKey } from './messages.js';
import {
  type FollowUp,
  HELP_NEEDED,
  type HelpNeeded,
  type PartnerRef,
  REASONS,
  type Reason,
} from './model.js';
import type { BilanSummary } from './store.js';

export type MediatorHost = PasserelleElement & BlockHost;

const m = (host: MediatorHost, key: MediatorMessageKey, params?: Record<string, string | number>) =>
  host.msg(mediatorMessages, key, params);

export interface BilansListOptions {
  bilans: BilanSummary[];
  /** The "Nouveau bilan" form; false when the host's own start form has the label field. */
  withForm?: boolean;
  currentId?: string;
  retentionDays: number;
  label: string;
  onLabelInput: (value: string) => void;
  onCreate: () => void;
  onOpen: (id: string) => void;
  onDuplicate: (id: string) => void;
  /** The host asks for confirmation (ConfirmDialogController) before deleting. */
  onDelete: (id: string, opener: HTMLElement) => void;
  onDeleteAll: (opener: HTMLElement) => void;
  /** French message of a storage problem (StorageProblem.message). */
  problem?: string;
  rightLabel: (id: string) => string;
  themeLabel: (id: string) => string;
}

/** The label a mediator types for a bilan: initials or a number, never required to be a name. */
export function labelField(host: MediatorHost, value: string, onInput: (v: string) => void): TemplateResult {
  return textField(host, {
    id: 'pm-label',
    label: m(host, 'labelField'),
    hint: m(host, 'labelHint'),
    value,
    onInput,
    width: 'medium',
    maxlength: 40,
    autocomplete: 'off',
    spellcheck: false,
  });
}

const hidden = (text: string) => html`<span class="pa-visually-hidden">${text}</span>`;

export function bilansList(host: MediatorHost, o: BilansListOptions): TemplateResult {
  return html`<section class="pm-bilans" part="bilans" aria-labelledby="pm-bilans-title">
    <h2 id="pm-bilans-title" tabindex="-1">${m(host, 'bilansTitle')}</h2>
    ${o.problem ? alert(host, { tone: 'warning', content: o.problem }) : nothing}
    <p>${m(host, 'bilansIntro', { days: o.retentionDays })}</p>
    ${
      o.withForm === false
        ? nothing
        : html`<form
          class="pm-new"
          novalidate
          @submit=${(e: Event) => {
            e.preventDefault();
            o.onCreate();
          }}
        >
          ${labelField(host, o.label, o.onLabelInput)}
          ${button({ label: m(host, 'create'), type: 'submit', variant: 'primary' })}
        </form>`
    }
    ${
      o.bilans.length === 0
        ? html`<p>${m(host, 'bilansEmpty')}</p>`
        : html`<ul class="pm-list" role="list">
            ${o.bilans.map((b) => {
              const current = b.id === o.currentId;
              return html`<li class="pm-item ${current ? 'pm-item--current' : ''}" data-bilan=${b.id}>
                <h3 class="pm-item-title">${b.label}${current ? html` <span class="pm-badge">${m(host, 'current')}</span>` : nothing}</h3>
                <p class="pm-meta">
                  ${m(host, 'changedOn', { date: host.formatDate(b.updatedAt, { dateStyle: 'short', timeStyle: 'short' }) })}<br />
                  ${b.themesDone.length ? m(host, 'themesDone', { themes: b.themesDone.map(o.themeLabel).join(', ') }) : m(host, 'themesNone')}<br />
                  ${
                    b.toOpen.length
                      ? m(host, 'toOpen', {
                          count: b.toOpen.length,
                          rights: b.toOpen.map(o.rightLabel).join(', '),
                        })
                      : m(host, 'toOpenNone')
                  }
                </p>
                <div class="pa-actions pm-actions">
                  ${button({ label: html`${m(host, 'open')} ${hidden(b.label)}`, variant: 'secondary', onClick: () => o.onOpen(b.id) })}
                  ${button({ label: html`${m(host, 'duplicate')} ${hidden(b.label)}`, variant: 'secondary', onClick: () => o.onDuplicate(b.id) })}
                  ${button({
                    label: html`${m(host, 'delete')} ${hidden(b.label)}`,
                    variant: 'link',
                    onClick: (e) => o.onDelete(b.id, e.currentTarget as HTMLElement),
                  })}
                </div>
              </li>`;
            })}
          </ul>
          ${button({ label: m(host, 'deleteAll'), variant: 'link', onClick: (e) => o.onDeleteAll(e.currentTarget as HTMLElement) })}`
    }
  </section>`;
}

export type PartnerChoices =
  | { state: 'none' }
  | { state: 'no-data' }
  | { state: 'loading' }
  | { state: 'error'; reason: string }
  | { state: 'ready'; partners: PartnerRef[] };

export interface FollowUpOptions {
  /** Prefix of the ids in the shadow root (unique per right). */
  id: string;
  rightLabel: string;
  value: FollowUp;
  partners: PartnerChoices;
  /** A change to merge into the current value (see mergeFollowUp). */
  onChange: (patch: Partial<FollowUp>) => void;
}

/** A labelled native select: compact, and typing a letter picks an option (fast for a mediator). */
function selectField(
  id: string,
  label: string,
  value: string,
  options: Array<{ value: string; label: string }>,
  onChange: (value: string) => void,
  o: { hint?: string; disabled?: boolean; empty: string },
): TemplateResult {
  return html`<div class="pa-field pm-field" part="field">
    <label class="pa-label" for=${id}>${label}</label>
    ${o.hint ? html`<p class="pa-hint" id=${`${id}-hint`} aria-live="polite">${o.hint}</p>` : nothing}
    <select
      id=${id}
      class="pa-input pa-input--full"
      aria-describedby=${o.hint ? `${id}-hint` : nothing}
      ?disabled=${o.disabled ?? false}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!value}>${o.empty}</option>
      ${options.map((x) => html`<option value=${x.value} ?selected=${value === x.value}>${x.label}</option>`)}
    </select>
  </div>`;
}

/** Reason, help needed and partner for one right to open, side by side on wide screens. */
export function followUpFields(host: MediatorHost, o: FollowUpOptions): TemplateResult {
  const v = o.value;
  const set = o.onChange;
  const p = o.partners;
  const partnerList = p.state === 'ready' ? [...p.partners] : [];
  // The partner chosen earlier stays offered even if the list changed since.
  if (v.partner && !partnerList.some((x) => x.id === v.partner?.id)) partnerList.unshift(v.partner);
  const partnerHint =
    p.state === 'loading'
      ? m(host, 'partnerLoading')
      : p.state === 'error'
        ? m(host, 'partnerError', { reason: p.reason })
        : p.state === 'no-data'
          ? m(host, 'partnerNoData')
          : p.state === 'ready' && partnerList.length === 0
            ? m(host, 'partnerEmpty')
            : m(host, 'partnerHint');
  return html`<fieldset class="pa-fieldset pm-follow" part="follow-up">
    <legend class="pa-legend">${m(host, 'followUpLegend', { right: o.rightLabel })}</legend>
    <div class="pm-follow-grid">
      ${selectField(
        `${o.id}-reason`,
        m(host, 'reasonLegend'),
        v.reason ?? '',
        REASONS.map((r) => ({ value: r, label: m(host, `reason.${r}`) })),
        (value) => set({ reason: (value || undefined) as Reason | undefined }),
        { empty: m(host, 'notSaid') },
      )}
      ${selectField(
        `${o.id}-help`,
        m(host, 'helpLegend'),
        v.help ?? '',
        HELP_NEEDED.map((h) => ({ value: h, label: m(host, `help.${h}`) })),
        (value) => set({ help: (value || undefined) as HelpNeeded | undefined }),
        { empty: m(host, 'notSaid') },
      )}
      ${
        v.help && v.help !== 'autonome'
          ? selectField(
              `${o.id}-partner`,
              m(host, 'partnerField'),
              v.partner?.id ?? '',
              partnerList.map((x) => ({
                value: x.id,
                label: `${x.name}${x.contact ? ` — ${x.contact}` : ''}`,
              })),
              (value) => set({ partner: partnerList.find((x) => x.id === value) }),
              { hint: partnerHint, disabled: partnerList.length === 0, empty: m(host, 'partnerNone') },
            )
          : nothing
      }
    </div>
    ${
      v.reason === 'autre'
        ? textField(host, {
            id: `${o.id}-note`,
            label: m(host, 'reasonNote'),
            hint: m(host, 'reasonNoteHint'),
            value: v.reasonNote ?? '',
            maxlength: 500,
            onInput: (value) => set({ reasonNote: value }),
          })
        : nothing
    }
  </fieldset>`;
}

/** The orientation of one right on the fiche de liaison (printed and downloaded bilan). */
/** The follow-up of a right in words, one line each (reason, help, partner): for the screen and the fiche. */
export function orientationText(host: MediatorHost, f: FollowUp | undefined): string[] {
  if (!f) return [];
  const reason = f.reason
    ? `${m(host, `reasonShort.${f.reason}`)}${f.reason === 'autre' && f.reasonNote ? ` (${f.reasonNote})` : ''}`
    : '';
  const partner = f.partner ? `${f.partner.name}${f.partner.contact ? `, ${f.partner.contact}` : ''}` : '';
  return [
    reason ? m(host, 'orientationReason', { reason }) : '',
    f.help ? m(host, 'orientationHelp', { help: m(host, `helpShort.${f.help}`) }) : '',
    partner ? m(host, 'orientationPartner', { partner }) : '',
  ].filter(Boolean);
}

export function orientationLines(
  host: MediatorHost,
  f: FollowUp | undefined,
): TemplateResult | typeof nothing {
  const lines = orientationText(host, f);
  if (!lines.length) return nothing;
  return html`<div class="pm-orientation" data-orientation>
    <p class="pm-orientation-title"><strong>${m(host, 'orientationTitle')}</strong></p>
    <ul>
      ${lines.map((line) => html`<li>${line}</li>`)}
    </ul>
  </div>`;
}

export interface ActivityPanelOptions {
  rows: ActivityRow[];
  rightLabel: (id: string) => string;
  onExport: (format: 'csv' | 'json') => void;
  onReset: (opener: HTMLElement) => void;
}

/** Shows exactly what the count holds, with export and reset. */
export function activityPanel(host: MediatorHost, o: ActivityPanelOptions): TemplateResult {
  const notSaid = m(host, 'notSaid');
  return html`<section class="pm-activity" part="activity" aria-labelledby="pm-activity-title">
    <h2 id="pm-activity-title" tabindex="-1">${m(host, 'activityTitle')}</h2>
    <p>${m(host, 'activityIntro')}</p>
    ${
      o.rows.length === 0
        ? html`<p>${m(host, 'activityEmpty')}</p>`
        : html`<div class="pm-table-wrap" tabindex="0" role="region" aria-labelledby="pm-activity-caption">
            <table class="pm-table">
              <caption id="pm-activity-caption">${m(host, 'activityCaption', { count: o.rows.length })}</caption>
              <thead>
                <tr>
                  ${(['colWeek', 'colRight', 'colState', 'colReason', 'colHelp', 'colCount'] as const).map(
                    (k) => html`<th scope="col">${m(host, k)}</th>`,
                  )}
                </tr>
              </thead>
              <tbody>
                ${o.rows.map(
                  (r) => html`<tr>
                    <td>${r.week}</td>
                    <td>${o.rightLabel(r.right)}</td>
                    <td>${m(host, `state.${r.state}`)}</td>
                    <td>${r.reason ? m(host, `reasonShort.${r.reason}`) : notSaid}</td>
                    <td>${r.help ? m(host, `helpShort.${r.help}`) : notSaid}</td>
                    <td class="pm-num">${host.formatNumber(r.count)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
    <div class="pa-actions">
      ${button({ label: m(host, 'exportCsv'), variant: 'secondary', disabled: o.rows.length === 0, onClick: () => o.onExport('csv') })}
      ${button({ label: m(host, 'exportJson'), variant: 'secondary', disabled: o.rows.length === 0, onClick: () => o.onExport('json') })}
      ${button({ label: m(host, 'reset'), variant: 'link', disabled: o.rows.length === 0, onClick: (e) => o.onReset(e.currentTarget as HTMLElement) })}
    </div>
  </section>`;
}
