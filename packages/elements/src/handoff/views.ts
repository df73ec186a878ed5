// Screen parts of the results and the hand-off, as templates for the widget's screens: the summary in
// groups, the restore prompt, "Ouvrir un bilan enregistré" and the share panel (link, QR code).
import type { MaybeItem, Summary, SummaryRight } from '@passerelle/rules/summary';
import { html, nothing, type TemplateResult } from 'lit';
import { alert, type BlockHost, button } from '../base/index.js';
import type { HandoffController } from './controller.js';
import { summaryLines, type Wording, whenWords } from './fiche-model.js';

export interface SummaryViewOptions<R extends SummaryRight> {
  summary: Summary<R>;
  wording: Wording;
  /** The right card (the right-card screen). `extra` goes in it: when paid, what would settle it. */
  card(r: R, extra: TemplateResult | typeof nothing): TemplateResult;
  /** For a "possible" right: the questions that settle it, each with "Répondre à cette question". */
  settle(item: MaybeItem<R>): TemplateResult | typeof nothing;
  headingLevel?: 2 | 3;
}

/** The summary box then the groups: monthly (counted), yearly and once, to confirm, useful steps. */
export function summaryView<R extends SummaryRight & { id: string }>(
  o: SummaryViewOptions<R>,
): TemplateResult {
  const { summary: s, wording: w } = o;
  const [count, ...rest] = summaryLines(s, w);
  const group = (id: string, heading: string, intro: string | undefined, items: TemplateResult[]) =>
    items.length
      ? html`<section class="pq-group" data-group=${id} aria-labelledby=${`pq-group-${id}`}>
          <h3 id=${`pq-group-${id}`}>${heading}</h3>
          ${intro ? html`<p>${intro}</p>` : nothing}
          <ul class="pq-rights">
            ${items}
          </ul>
        </section>`
      : nothing;
  const li = (r: R, extra: TemplateResult | typeof nothing) =>
    html`<li data-right=${r.id} data-status=${r.status} data-amount=${r.amount && !r.amount.isCost ? r.amount.value : nothing}>
      ${o.card(r, extra)}
    </li>`;
  return html`<div class="pq-summary" part="summary" data-count=${s.count} data-total=${s.monthlyTotal}>
      <p class="pq-total">${count}</p>
      ${rest.map((line) => html`<p>${line}</p>`)}
    </div>
    ${group(
      'monthly',
      w.t('groupMonthly'),
      undefined,
      s.monthly.map((r) => li(r, nothing)),
    )}
    ${group(
      'yearly',
      w.t('groupYearly'),
      undefined,
      s.yearly.map((y) => {
        const when = whenWords(y, w);
        return li(y.right, when ? html`<p class="pq-when">${when}</p>` : nothing);
      }),
    )}
    ${group(
      'maybe',
      w.t('groupMaybe'),
      w.t('groupMaybeIntro'),
      s.maybe.map((m) => li(m.right, o.settle(m))),
    )}
    ${group(
      'steps',
      w.t('groupSteps'),
      w.t('groupStepsIntro'),
      s.steps.map((r) => li(r, nothing)),
    )}`;
}

/** "Un bilan a été partagé avec ce lien": nothing is restored before the person says so. */
export function restorePrompt(
  host: BlockHost,
  c: HandoffController,
  w: Wording,
  after: () => void,
): TemplateResult {
  return alert(host, {
    tone: 'info',
    heading: w.t('restoreTitle'),
    headingLevel: 2,
    id: 'pq-restore',
    content: html`<p>${w.t('restoreText')}</p>
      <div class="pq-actions">
        ${button({
          label: w.t('restoreYes'),
          variant: 'primary',
          onClick: async () => {
            if (await c.accept()) after();
          },
        })}
        ${button({ label: w.t('restoreNo'), variant: 'secondary', onClick: () => c.decline() })}
      </div>`,
  });
}

/** Why a shared link or a file could not be opened, announced. */
export function handoffError(
  host: BlockHost,
  c: HandoffController,
  w: Wording,
): TemplateResult | typeof nothing {
  return c.error ? alert(host, { tone: 'error', live: true, content: w.t(c.error) }) : nothing;
}

/** "Ouvrir un bilan enregistré": a file field (the file is read here, never sent). */
export function openSavedField(c: HandoffController, w: Wording, after: () => void): TemplateResult {
  return html`<div class="pa-field pq-open-saved">
    <label class="pa-label" for="pq-open-saved">${w.t('openSaved')}</label>
    <p class="pa-hint" id="pq-open-saved-hint">${w.t('openSavedHint')}</p>
    <input
      id="pq-open-saved"
      type="file"
      accept=".html,text/html"
      aria-describedby="pq-open-saved-hint"
      @change=${async (e: Event) => {
        const input = e.target as HTMLInputElement;
        const file = input.files?.[0];
        if (file && (await c.openFile(file))) after();
        input.value = '';
      }}
    />
  </div>`;
}

/** The reopen link and its QR code, once asked for. */
export function sharePanel(c: HandoffController, w: Wording, ask: () => void): TemplateResult {
  return html`<div class="pq-share pq-noprint">
    ${
      c.link
        ? html`<h3>${w.t('reopenTitle')}</h3>
          <p>${w.t('reopenText')}</p>
          <p><a class="pa-link" href=${c.link}>${w.t('reopenLink')}</a></p>
          ${
            c.qrSvg
              ? html`<div class="pq-qr" role="img" aria-label=${w.t('qrAlt')} .innerHTML=${c.qrSvg}></div>`
              : nothing
          }`
        : button({ label: w.t('showQr'), variant: 'secondary', onClick: ask })
    }
  </div>`;
}
