// Accompagnement mode: every question of every theme in one dense form, grouped by theme.
import { THEMES, type Theme } from '@passerelle/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { button, errorSummary } from '../../base/index.js';
import { renderField } from '../fields.js';
import type { QuestionnaireController } from '../session-controller.js';
import { themeLabel } from '../wording.js';
import { renderChecklist } from './checklist.js';

export function renderInterview(c: QuestionnaireController): TemplateResult {
  const questions = c.session?.questions() ?? [];
  const groups: Array<Theme | 'profil'> = ['profil', ...THEMES];
  const shown = groups.filter((g) => questions.some((q) => q.group === g));
  const root = () => c.host.renderRoot as ShadowRoot;
  const w = c.mediation.workspace;
  const onKey = (e: KeyboardEvent) =>
    w?.handleShortcut(e, {
      sections: () => [...root().querySelectorAll<HTMLElement>('[data-theme-section]')],
      submit: () => root().querySelector<HTMLFormElement>('form.pq-interview-form')?.requestSubmit(),
      save: c.save,
    });
  return html`<section part="interview" data-screen="interview" aria-labelledby="pq-interview-title" @keydown=${onKey}>
    <h2 id="pq-interview-title" tabindex="-1">${c.t('titleMediation')}</h2>
    <p>${c.t('answeredCount', { count: Object.keys(c.answers).length })}</p>
    <nav class="pq-theme-nav" aria-label=${c.t('themesNav')}>
      <ul role="list">
        ${shown.map((g) => html`<li><a href=${`#pq-group-${g}`} @click=${(e: Event) => jump(e, root(), g)}>${themeLabel(c, g)}</a></li>`)}
      </ul>
    </nav>
    ${w?.renderShortcutsHelp() ?? nothing}
    <div class="pq-side">
      <form class="pq-interview-form" novalidate @submit=${c.submitInterview}>
        ${errorSummary(c.host, { errors: c.summary })}
        ${shown.map((g) => {
          const qs = questions.filter((q) => q.group === g);
          return html`<section data-theme-section aria-labelledby=${`pq-group-${g}`}>
            <h3 id=${`pq-group-${g}`} tabindex="-1">${themeLabel(c, g)}</h3>
            ${qs.map((q) => renderField(c, q, true))}
          </section>`;
        })}
        <div class="pq-actions">
          ${button({ label: c.t('interviewSubmit'), type: 'submit', variant: 'primary' })}
          ${button({ label: c.t('save'), variant: 'secondary', onClick: c.save })}
          ${button({ label: c.t('bilansList'), variant: 'secondary', onClick: () => c.goToScreen('start') })}
          ${button({ label: c.t('erase'), variant: 'link', onClick: c.erase })}
        </div>
      </form>
      <aside class="pq-side-checklist" aria-label=${c.t('checklistAside')}>${renderChecklist(c)}</aside>
    </div>
  </section>`;
}

/** A theme link: the section's heading takes the focus (in a shadow root the hash alone does not move it). */
function jump(e: Event, root: ShadowRoot, group: string): void {
  e.preventDefault();
  const h = root.getElementById(`pq-group-${group}`);
  h?.scrollIntoView?.({ block: 'start' });
  h?.focus();
}
