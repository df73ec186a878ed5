// Accompagnement mode: every question of every theme in one dense form, grouped by theme.
import { THEMES, type Theme } from '@passerelle/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { button, errorSummary } from '../../base/index.js';
import { fieldId, renderField } from '../fields.js';
import type { QuestionnaireController } from '../session-controller.js';
import { errorIn, questionIn } from '../translate.js';
import { themeLabel } from '../wording.js';

export function renderInterview(c: QuestionnaireController): TemplateResult {
  const questions = c.session?.questions() ?? [];
  const groups: Array<Theme | 'profil'> = ['profil', ...THEMES];
  const errors = questions
    .filter((q) => c.errors[q.key])
    .map((q) => ({
      id: fieldId(q.key),
      message: `${questionIn(c.host.locale, q).label} ${errorIn(c.host.locale, c.errors[q.key])}`,
    }));
  return html`<section part="interview" data-screen="interview" aria-labelledby="pq-interview-title">
    <h2 id="pq-interview-title" tabindex="-1">${c.t('titleMediation')}</h2>
    <p>${c.t('answeredCount', { count: Object.keys(c.answers).length })}</p>
    <form novalidate @submit=${c.submitInterview}>
      ${errorSummary(c.host, { errors })}
      ${groups.map((g) => {
        const qs = questions.filter((q) => q.group === g);
        if (!qs.length) return nothing;
        return html`<section aria-labelledby=${`pq-group-${g}`}>
          <h3 id=${`pq-group-${g}`}>${themeLabel(c, g)}</h3>
          ${qs.map((q) => renderField(c, q, true))}
        </section>`;
      })}
      <div class="pq-actions">
        ${button({ label: c.t('interviewSubmit'), type: 'submit', variant: 'primary' })}
        ${button({ label: c.t('erase'), variant: 'link', onClick: c.erase })}
      </div>
    </form>
  </section>`;
}
