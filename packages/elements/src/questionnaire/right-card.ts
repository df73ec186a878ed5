// One right in the results: status, amount, why, what to do, who can help, and the questions that would
// settle it when it is only possible.
import type { RightResult } from '@passerelle/rules';
import { getRightDetails } from '@passerelle/rules/catalogue';
import type { LocalAidResult } from '@passerelle/rules/local-aids';
import { html, nothing, type TemplateResult } from 'lit';
import { button, card, disclosure } from '../base/index.js';
import { bookingFor } from '../handoff/help.js';
import { findHelp, openFalc } from './neighbours.js';
import type { QuestionnaireController } from './session-controller.js';
import { questionIn } from './translate.js';
import { amountText, contactsText, partnerIn, statusText } from './wording.js';

/** A right as the rules return it; local aids add who publishes them and their contact. */
export type ShownRight = RightResult &
  Partial<Pick<LocalAidResult, 'local' | 'publisher' | 'contact' | 'description'>>;

const STATUS_ICONS: Record<ShownRight['status'], string> = {
  eligible: '✓',
  possible: '?',
  already_received: '✓',
  not_eligible: '×',
};

/** The right's procedure, from its result (local aids) or the catalogue's details. */
export function procedureOf(r: ShownRight) {
  return r.procedure ?? getRightDetails(r.id)?.procedure;
}

/**
 * `lang` of the texts a host wrote for its local aids (French) when the widget speaks another language, so
 * that a screen reader reads them with a French voice.
 */
const hostLang = (c: QuestionnaireController, r: ShownRight) =>
  r.local && c.host.locale !== 'fr' ? 'fr' : nothing;

/** The steps and the papers to prepare of a right: in its card and in the bilan alike. */
export function procedureLists(c: QuestionnaireController, r: ShownRight): TemplateResult {
  const procedure = procedureOf(r);
  const steps = procedure?.steps ?? [];
  const papers = procedure?.papers ?? [];
  const lang = hostLang(c, r);
  return html`${steps.length ? html`<ol lang=${lang}>${steps.map((s) => html`<li>${s}</li>`)}</ol>` : nothing}
    ${
      papers.length
        ? html`<p>${c.t('papers')} :</p>
          <ul lang=${lang}>
            ${papers.map((p) => html`<li>${p}</li>`)}
          </ul>`
        : nothing
    }`;
}

function settling(c: QuestionnaireController, r: ShownRight): TemplateResult | typeof nothing {
  const questions = r.status === 'possible' ? (c.session?.settlingQuestions(r.id) ?? []) : [];
  if (!questions.length) return nothing;
  return html`<div>
    <p>${c.t('settleWith')}</p>
    <ul>
      ${questions.map(
        (q) =>
          html`<li>
            ${questionIn(c.host.locale, q).label}
            ${button({ label: c.t('answerNow'), variant: 'link', onClick: () => c.answerMissing(q.key) })}
          </li>`,
      )}
    </ul>
  </div>`;
}

function actions(c: QuestionnaireController, r: ShownRight): TemplateResult {
  const procedure = procedureOf(r);
  const falcOnPage =
    !r.local && typeof document !== 'undefined' && !!document.querySelector('passerelle-falc');
  const falcHref = c.host.falcHref;
  return html`${
    procedure?.steps.length || procedure?.papers.length || procedure?.url
      ? html`<h5 class="pa-heading">${c.t('whatToDo')}</h5>`
      : nothing
  }
    ${procedureLists(c, r)}
    ${
      procedure?.url
        ? html`<p>
          <a class="pa-link" href=${procedure.url} target="_blank" rel="noopener noreferrer"
            >${c.t('applyLink')} <span class="pa-visually-hidden">(${r.label})</span></a
          >
        </p>`
        : nothing
    }
    <p><strong>${c.t('whoCanHelp')}</strong> : ${contactsText(c, r)}</p>
    ${r.contact?.phone ? html`<p>${r.contact.phone}${r.contact.hours ? ` · ${r.contact.hours}` : ''}</p>` : nothing}
    ${bookingLink(c, r)}
    <div class="pq-actions pq-noprint">
      ${button({
        label: html`${c.t('findHelp')}<span class="pa-visually-hidden"> : ${r.label}</span>`,
        variant: 'secondary',
        onClick: () => findHelp(c, r),
      })}
      ${
        falcOnPage
          ? button({
              label: html`${c.t('falc')}<span class="pa-visually-hidden"> : ${r.label}</span>`,
              variant: 'link',
              onClick: () => openFalc(r),
            })
          : !r.local && falcHref
            ? html`<a class="pa-link" href=${falcHref.replaceAll('{right}', encodeURIComponent(r.id))}
              >${c.t('falc')}<span class="pa-visually-hidden"> : ${r.label}</span></a
            >`
            : nothing
      }
    </div>
    ${c.helpMessages[r.id] ? html`<p class="pa-hint">${c.helpMessages[r.id]}</p>` : nothing}`;
}

/** "Prendre rendez-vous" when the host's `booking` setting has an address for this right. */
function bookingLink(c: QuestionnaireController, r: ShownRight): TemplateResult | typeof nothing {
  const b = bookingFor(c.booking, r, (t) => partnerIn(c.host.locale, t));
  if (!b) return nothing;
  const w = c.wording;
  return html`<p>
    <a class="pa-link" href=${b.href} target="_blank" rel="noopener noreferrer"
      >${b.with ? w.t('bookWith', { with: b.with }) : w.t('book')}<span class="pa-visually-hidden"> (${r.label})</span></a
    >
  </p>`;
}

/** The amount of the dense line: the caveat of an estimate stays in the card. */
function compactAmount(c: QuestionnaireController, r: ShownRight) {
  const a = r.amount;
  if (!a || a.isCost || a.upTo || a.kind !== 'estimate' || r.status === 'not_eligible') {
    const text = amountText(c, r);
    return text ? { text, estimate: false } : undefined;
  }
  const per = c.t(a.per === 'month' ? 'perMonth' : a.per === 'year' ? 'perYear' : 'perOnce');
  return { text: `${c.host.formatEuro(a.value)} ${per}`, estimate: true };
}

/** One right's card; `extra` goes under its amount (when it is paid). */
export function renderRight(
  c: QuestionnaireController,
  r: ShownRight,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const cardId = `pq-r-${r.id.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  const amount = amountText(c, r);
  const whyId = `${cardId}-why`;
  const description = r.description ?? getRightDetails(r.id)?.description;
  // In the dense view the payment line (`extra`) stays on the line, not inside the folded card.
  const content = (withExtra = true) => html`
    ${
      r.local
        ? html`<p class="pq-local">${c.t('localAid')}${r.publisher ? ` · ${c.t('publisher', { name: r.publisher })}` : ''}</p>`
        : nothing
    }
    <p class="pq-status pq-status--${r.status}">
      <span class="pq-status__icon" aria-hidden="true">${STATUS_ICONS[r.status]}</span><span>${statusText(c, r)}</span>
    </p>
    ${description ? html`<p lang=${hostLang(c, r)}>${description}</p>` : nothing}
    ${amount ? html`<p>${amount}</p>` : nothing}
    ${withExtra ? extra : nothing}
    ${settling(c, r)}
    ${disclosure({
      id: whyId,
      summary: html`${c.t('why')}<span class="pa-visually-hidden"> (${r.label})</span>`,
      open: !!c.open[whyId],
      onToggle: (o) => c.set({ open: { ...c.open, [whyId]: o } }),
      content: html`<ul class="pq-reasons">
        ${r.reasons.map(
          (reason) =>
            html`<li>
              <span class="pq-reason-mark" aria-hidden="true">${reason.unknown ? '?' : reason.met ? '✓' : '×'}</span>${reason.text}
            </li>`,
        )}
      </ul>`,
    })}
    ${r.status === 'not_eligible' ? nothing : actions(c, r)}
  `;
  // Accompagnement mode: a dense line per right (status, amount, next step), the card behind a disclosure.
  const w = c.isMediation ? c.mediation.workspace : undefined;
  if (w) {
    const moreId = `${cardId}-more`;
    return w.renderCompactRight({
      id: cardId,
      label: r.label,
      status: r.status,
      statusIcon: STATUS_ICONS[r.status],
      statusText: statusText(c, r),
      amount: compactAmount(c, r),
      extra,
      next: r.status === 'not_eligible' ? undefined : procedureOf(r)?.steps[0],
      open: !!c.open[moreId],
      onToggle: (o) => c.set({ open: { ...c.open, [moreId]: o } }),
      details: () => content(false),
    });
  }
  const heading = r.local ? html`<span lang=${hostLang(c, r)}>${r.label}</span>` : r.label;
  return card({ id: cardId, heading, headingLevel: 4, content: content() });
}
