// The start screen: what the bilan is, the themes to look at, resume or erase saved answers.
import { THEMES, type Theme } from '@passerelle/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { alert, button, checkboxGroup, errorSummary } from '../../base/index.js';
import { handoffError, openSavedField, restorePrompt } from '../../handoff/views.js';
import type { QuestionnaireController } from '../session-controller.js';
import { themeLabel } from '../labels.js';
import { renderLifeEvent } from './life-event.js';

export function renderStart(c: QuestionnaireController): TemplateResult {
  const host = c.host;
  const mediation = c.isMediation;
  const errors = c.errors.themes ? [{ id: 'pq-themes', message: c.errors.themes }] : [];
  return html`<section part="start" data-screen="start" aria-labelledby="pq-start-title">
    <h2 id="pq-start-title" tabindex="-1">${c.t(mediation ? 'titleMediation' : 'title')}</h2>
    ${handoffError(host, c.handoff, c.wording)}
    ${c.handoff.pending ? restorePrompt(host, c.handoff, c.wording, () => {}) : nothing}
    <slot></slot>
    ${c.savedDiscarded ? alert(host, { tone: 'warning', content: c.t('savedDiscarded') }) : nothing}
    <p class="pq-lead">${c.t(mediation ? 'introMediation' : 'intro')}</p>
    <p>${c.t(mediation ? 'durationMediation' : 'duration')}</p>
    <p><strong>${c.t('privacy')}</strong></p>
    <form novalidate @submit=${c.start}>
      ${errorSummary(host, { errors })} ${renderLifeEvent(c)}
      ${
        mediation
          ? (c.mediation.workspace?.renderLabelField() ?? nothing)
          : html`<div class="pq-themes">
            ${checkboxGroup(host, {
              id: 'pq-themes',
              label: c.t('themesLegend'),
              hint: c.t('themesHint'),
              ...(c.errors.themes ? { error: c.errors.themes } : {}),
              options: THEMES.map((th) => ({ value: th, label: themeLabel(c, th) })),
              values: c.chosenThemes,
              onChange: (values) => c.set({ chosenThemes: values as Theme[] }),
            })}
          </div>`
      }
      <div class="pq-actions">
        ${button({ label: c.t('start'), type: 'submit', variant: 'primary' })}
        ${
          c.saved
            ? button({
                label: c.t('resume'),
                variant: 'secondary',
                describedBy: 'pq-resume-hint',
                onClick: c.resume,
              })
            : nothing
        }
        ${c.saved ? button({ label: c.t('erase'), variant: 'link', onClick: c.erase }) : nothing}
      </div>
      ${
        c.saved
          ? html`<p id="pq-resume-hint" class="pa-hint">
            ${c.t('resumeHint', { date: host.formatDate(c.saved.savedAt) })}
          </p>`
          : nothing
      }
    </form>
    ${mediation ? c.mediation.renderStart() : nothing}
    ${openSavedField(c.handoff, c.wording, () => {})}
  </section>`;
}
