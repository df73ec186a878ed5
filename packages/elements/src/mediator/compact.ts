// The dense view of a right for accompagnement mode: one line (name, status, amount, next step); the name is
// the button of a disclosure that holds the whole card (description, why, steps, papers, links, who helps).
import { html, nothing, type TemplateResult } from 'lit';
import { mediatorMessages } from './messages.js';
import type { MediatorHost } from './templates.js';

export interface CompactRightOptions {
  /** The card's id; the heading is `${id}-title`, the disclosure's button `${id}-more`. */
  id: string;
  label: string;
  status: 'eligible' | 'possible' | 'not_eligible' | 'already_received';
  statusIcon: string;
  statusText: string;
  /** The amount with its period ("46 € par mois"); `estimate` says "environ" before it. */
  amount?: { text: string; estimate: boolean };
  /** Under the amount: when it is paid ("Versée en août. Prochain versement : août 2027."). */
  extra?: TemplateResult | typeof nothing;
  /** The first step of the procedure, when there is one. */
  next?: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The full card's content, rendered only when the disclosure is open. */
  details: () => TemplateResult;
}

export function compactRight(host: MediatorHost, o: CompactRightOptions): TemplateResult {
  const m = (key: 'nextStep' | 'rightDetails' | 'amountAbout', params?: Record<string, string>) =>
    host.msg(mediatorMessages, key, params);
  const buttonId = `${o.id}-more`;
  const panelId = `${o.id}-panel`;
  const amount =
    o.amount && (o.amount.estimate ? m('amountAbout', { amount: o.amount.text }) : o.amount.text);
  return html`<article class="pa-card pm-right" part="card" id=${o.id} aria-labelledby=${`${o.id}-title`}>
    <h4 id=${`${o.id}-title`} class="pa-heading pm-right-title">
      <button
        id=${buttonId}
        class="pa-disclosure__button"
        type="button"
        aria-expanded=${o.open ? 'true' : 'false'}
        aria-controls=${panelId}
        @click=${() => o.onToggle(!o.open)}
      >
        <span class="pa-disclosure__icon" aria-hidden="true"></span><span
          >${o.label}<span class="pa-visually-hidden"> : ${m('rightDetails')}</span></span
        >
      </button>
    </h4>
    <p class="pq-status pq-status--${o.status} pm-right-status">
      <span class="pq-status__icon" aria-hidden="true">${o.statusIcon}</span><span>${o.statusText}</span>
    </p>
    ${amount ? html`<p class="pm-right-amount">${amount}</p>` : nothing}
    ${o.extra ?? nothing}
    ${
      o.next
        ? html`<p class="pm-right-next">
          <span class="pm-right-next-label">${m('nextStep')}</span> ${o.next}
        </p>`
        : nothing
    }
    <div id=${panelId} class="pa-disclosure__panel pm-right-panel" role="region" aria-labelledby=${buttonId} ?hidden=${!o.open}>
      ${o.open ? o.details() : nothing}
    </div>
  </article>`;
}
