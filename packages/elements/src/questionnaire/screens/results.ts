// The results: how many rights and how much, the rights by theme, those already received, those not open.
import { html, nothing, type TemplateResult } from 'lit';
import { alert, button, disclosure } from '../../base/index.js';
import { renderRight, type ShownRight } from '../right-card.js';
import type { QuestionnaireController } from '../session-controller.js';
import { themeLabel, totalText } from '../wording.js';
import { downloadBilan } from './bilan.js';
import { renderChecklist } from './checklist.js';

const rightItem = (c: QuestionnaireController, r: ShownRight) =>
  html`<li data-right=${r.id} data-status=${r.status}>${renderRight(c, r)}</li>`;

export function renderResults(c: QuestionnaireController): TemplateResult {
  const all = c.rights;
  const unclaimed = (c.results?.nonRecours.rights ?? []) as ShownRight[];
  const received = all.filter((r) => r.status === 'already_received');
  const notEligible = all.filter((r) => r.status === 'not_eligible');
  const total = totalText(c);
  const notEligibleId = 'pq-not-eligible';
  return html`<section part="results" data-screen="results" aria-labelledby="pq-results-title">
    <h2 id="pq-results-title" tabindex="-1">${c.t('resultsTitle')}</h2>
    ${c.results?.error ? alert(c.host, { tone: 'error', content: c.t('rulesError') }) : nothing}
    <div class="pq-summary" part="summary">
      <p class="pq-total">${c.t('summaryCount', { count: unclaimed.length })}</p>
      ${total ? html`<p>${total}</p>` : nothing}
      <p>${c.t('resultsIntro')}</p>
    </div>
    ${(c.session?.themes ?? []).map((theme) => {
      // In the catalogue's order within a theme, as the rules list them.
      const list = all.filter((r) => r.theme === theme && unclaimed.includes(r));
      if (!list.length) return nothing;
      return html`<section aria-labelledby=${`pq-theme-${theme}`}>
        <h3 id=${`pq-theme-${theme}`}>${themeLabel(c, theme)}</h3>
        <ul class="pq-rights">
          ${list.map((r) => rightItem(c, r))}
        </ul>
      </section>`;
    })}
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
    ${c.isMediation ? renderChecklist(c) : nothing}
    <div class="pq-actions pq-noprint">
      ${button({ label: c.t('bilanOpen'), variant: 'primary', onClick: () => c.goToScreen('bilan') })}
      ${button({ label: c.t('download'), variant: 'secondary', onClick: () => downloadBilan(c) })}
      ${button({ label: c.t('edit'), variant: 'secondary', onClick: c.edit })}
      ${c.saving ? nothing : button({ label: c.t('save'), variant: 'link', onClick: c.save })}
      ${button({ label: c.t('erase'), variant: 'link', onClick: c.erase })}
    </div>
  </section>`;
}
