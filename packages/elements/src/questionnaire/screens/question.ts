// One question at a time (public mode): progress, the theme, the field, Continuer and Retour.
import { html, nothing, type TemplateResult } from 'lit';
import { button, errorSummary, progress } from '../../base/index.js';
import { renderField } from '../fields.js';
import type { QuestionnaireController } from '../session-controller.js';
import { errorIn } from '../translate.js';
import { fieldId, themeLabel } from '../labels.js';

/**
 * "Garder mes réponses sur cet appareil", or once kept, the note that says so: focus goes to the note, so it
 * never falls to the page when the button goes.
 */
export function saveControl(c: QuestionnaireController, describedBy?: string): TemplateResult {
  return c.saving
    ? html`<p class="pa-hint" id="pq-saved-note" tabindex="-1">✓ ${c.t('saved')}</p>`
    : button({
        label: c.t('save'),
        variant: 'link',
        ...(describedBy ? { describedBy } : {}),
        onClick: c.save,
      });
}

export function renderQuestion(c: QuestionnaireController): TemplateResult {
  const session = c.session;
  const q = session?.current;
  if (!session || !q) return html``;
  const { step, total } = session.progress();
  const error = errorIn(c.host.locale, c.errors[q.key]);
  // No name on this section: the host page usually names the region, the question is the heading.
  return html`<section part="question" data-screen="question">
    ${progress(c.host, { current: step, total, text: c.t('stepStatus', { current: step, total }) })}
    <p class="pq-group" id="pq-group">${themeLabel(c, q.group)}</p>
    <form novalidate data-question=${q.key} data-kind=${q.kind} @submit=${c.submitQuestion}>
      ${errorSummary(c.host, { errors: error ? [{ id: fieldId(q.key), message: error }] : [] })}
      ${renderField(c, q, false)}
      <div class="pq-actions">
        ${button({ label: c.t('continue'), type: 'submit', variant: 'primary' })}
        ${button({ label: c.t('back'), variant: 'secondary', onClick: c.back })}
      </div>
    </form>
    <div class="pq-actions pq-noprint">
      ${saveControl(c, 'pq-save-hint')}
      ${button({ label: c.t('erase'), variant: 'link', onClick: c.erase })}
    </div>
    ${c.saving ? nothing : html`<p id="pq-save-hint" class="pa-hint">${c.t('saveHint')}</p>`}
  </section>`;
}

/**
 * Focus on the question's heading, described by the step and the theme: a screen reader says once
 * "Quelle est votre date de naissance ? Question 1 sur environ 12, Le foyer". Tab then reaches the field.
 */
export function focusQuestion(root: HTMLElement | DocumentFragment): void {
  const heading = root.querySelector<HTMLElement>(
    'form[data-question] h2, form[data-question] [role="heading"]',
  );
  if (!heading) return;
  heading.tabIndex = -1;
  heading.setAttribute('aria-describedby', 'pa-progress-text pq-group');
  heading.focus();
}
