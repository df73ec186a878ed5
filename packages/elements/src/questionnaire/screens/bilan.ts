// "Mon bilan": the printable summary, also offered as a file built in the browser.
import { THEMES } from '@passerelle/rules';
import { html, nothing, render, type TemplateResult } from 'lit';
import { button, textField } from '../../base/index.js';
import { bilanDocument, downloadHtml } from '../bilan.js';
import { procedureLists, procedureOf, type ShownRight } from '../right-card.js';
import type { QuestionnaireController } from '../session-controller.js';
import { amountText, contactsText, statusText, themeLabel, totalText } from '../wording.js';
import { CHECKLIST_KEYS, checklistEntry } from './checklist.js';

function rightEntry(c: QuestionnaireController, r: ShownRight): TemplateResult {
  const amount = amountText(c, r);
  const url = procedureOf(r)?.url;
  return html`<li>
    <h4>${r.label}</h4>
    <p>${statusText(c, r)}${amount ? ` — ${amount}` : ''}</p>
    ${procedureLists(c, r)}
    ${url ? html`<p>${c.t('applyLink')} : ${url}</p>` : nothing}
    <p>${contactsText(c, r)}${r.contact?.phone ? ` · ${r.contact.phone}` : ''}</p>
  </li>`;
}

function followUp(c: QuestionnaireController): TemplateResult {
  return html`<h3>${c.t('checklistTitle', { theme: '' }).replace(/\s*:\s*$/, '')}</h3>
    <table>
      <tbody>
        ${c.rights.map((r) => {
          const entry = checklistEntry(c, r.id);
          return html`<tr>
            <th scope="row">${r.label}</th>
            <td>
              ${c.t(CHECKLIST_KEYS[entry.state])}${entry.state === 'oriented' && entry.orientedTo ? ` : ${entry.orientedTo}` : ''}
            </td>
            <td>${entry.note}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}

/** What "Mon bilan" says, printed and downloaded alike. */
export function bilanContent(c: QuestionnaireController): TemplateResult {
  const unclaimed = new Set(c.results?.nonRecours.rights.map((r) => r.id));
  const rights = c.rights.filter((r) => unclaimed.has(r.id));
  const received = c.rights.filter((r) => r.status === 'already_received');
  const name = c.bilanName.trim();
  const total = totalText(c);
  return html`${name ? html`<p><strong>${name}</strong></p>` : nothing}
    <p class="pq-bilan-meta">${c.t('bilanDate', { date: c.host.formatDate(new Date()) })}</p>
    <div class="pq-summary" part="summary">
      <p class="pq-total">${c.t('summaryCount', { count: rights.length })}</p>
      ${total ? html`<p>${total}</p>` : nothing}
    </div>
    ${THEMES.map((theme) => {
      const list = rights.filter((r) => r.theme === theme);
      if (!list.length) return nothing;
      return html`<h3>${themeLabel(c, theme)}</h3>
        <ul class="pq-rights">
          ${list.map((r) => rightEntry(c, r))}
        </ul>`;
    })}
    ${
      received.length
        ? html`<h3>${c.t('received')}</h3>
          <ul>
            ${received.map((r) => html`<li>${r.label}</li>`)}
          </ul>`
        : nothing
    }
    ${c.isMediation && c.rights.length ? followUp(c) : nothing}`;
}

/** The file is the printed view itself, rendered apart (it may be asked for from the results screen). */
export function downloadBilan(c: QuestionnaireController): void {
  const host = c.host;
  const date = new Date().toISOString().slice(0, 10);
  const holder = document.createElement('div');
  render(bilanContent(c), holder);
  downloadHtml(
    bilanDocument(holder, { title: c.t('bilanTitle'), lang: host.langTag, dir: host.textDirection }),
    `mon-bilan-droits-${date}.html`,
    host.renderRoot as unknown as ParentNode & Node,
  );
  c.set({ statusMessage: c.t('downloaded') });
}

export function renderBilan(c: QuestionnaireController): TemplateResult {
  return html`<section part="bilan" data-screen="bilan" aria-labelledby="pq-bilan-title">
    <h2 id="pq-bilan-title" tabindex="-1">${c.t('bilanTitle')}</h2>
    <div class="pq-noprint">
      ${textField(c.host, {
        id: 'pq-name',
        label: c.t('bilanName'),
        hint: c.t('bilanNameHint'),
        value: c.bilanName,
        autocomplete: 'name',
        onInput: (v) => c.set({ bilanName: v }),
      })}
    </div>
    ${bilanContent(c)}
    <div class="pq-actions pq-noprint">
      ${button({ label: c.t('print'), variant: 'primary', onClick: () => globalThis.print?.() })}
      ${button({ label: c.t('download'), variant: 'secondary', onClick: () => downloadBilan(c) })}
      ${button({ label: c.t('backToResults'), variant: 'secondary', onClick: () => c.goToScreen('results') })}
    </div>
  </section>`;
}
