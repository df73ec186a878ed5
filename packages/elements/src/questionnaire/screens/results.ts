// The results: the rights in groups a person can act on (paid monthly and counted, paid yearly or once,
// to confirm, useful steps), those already received, those not open.
import { html, nothing, type TemplateResult } from 'lit';
import { alert, button, disclosure } from '../../base/index.js';
import { summaryView } from '../../handoff/views.js';
import { renderRight, type ShownRight } from '../right-card.js';
import type { QuestionnaireController } from '../session-controller.js';
import { summaryOf } from '../wording.js';
import { lifeEventLine } from './life-event.js';
import { saveControl } from './question.js';

const rightItem = (c: QuestionnaireController, r: ShownRight) =>
  html`<li data-right=${r.id} data-status=${r.status}>${renderRight(c, r)}</li>`;

export function renderResults(c: QuestionnaireController): TemplateResult {
  const summary = summaryOf(c);
  const { received, notEligible } = summary;
  const notEligibleId = 'pq-not-eligible';
  return html`<section part="results" data-screen="results" aria-labelledby="pq-results-title">
    <h2 id="pq-results-title" tabindex="-1">${c.t('resultsTitle')}</h2>
    ${c.results?.error ? alert(c.host, { tone: 'error', content: c.t('rulesError') }) : nothing}
    ${lifeEventLine(c)}
    ${summaryView({
      summary,
      wording: c.wording,
      card: (r, extra) => renderRight(c, r, extra),
      // A "possible" right's card lists the questions that settle it.
      settle: () => nothing,
    })}
    <p>${c.t('resultsIntro')}</p>
    ${
      received.length
        ? html`<section aria-labelledby="pq-received">
          <h3 id="pq-received">${c.t('received')}</h3>
          <ul>
            ${received.map((r) => html`<li>${r.label}</li>`)}
          </ul>
        </section>`
        : nothing
    }
    ${
      notEligible.length
        ? disclosure({
            id: notEligibleId,
            summary: c.t('notEligible', { count: notEligible.length }),
            open: !!c.open[notEligibleId],
            onToggle: (o) => c.set({ open: { ...c.open, [notEligibleId]: o } }),
            // Rendered only when opened: most rights land here, and the results must show fast.
            content: c.open[notEligibleId]
              ? html`<ul class="pq-rights">
                ${notEligible.map((r) => rightItem(c, r))}
              </ul>`
              : nothing,
          })
        : nothing
    }
    ${c.isMediation ? (c.mediation.screens?.renderChecklist(c) ?? nothing) : nothing}
    <div class="pq-actions pq-noprint">
      ${button({ label: c.t('bilanOpen'), variant: 'primary', onClick: () => c.goToScreen('bilan') })}
      ${button({ label: c.t('download'), variant: 'secondary', onClick: () => c.downloadFiche() })}
      ${button({ label: c.t('edit'), variant: 'secondary', onClick: c.edit })}
      ${saveControl(c)}
      ${button({ label: c.t('erase'), variant: 'link', onClick: c.erase })}
    </div>
  </section>`;
}
