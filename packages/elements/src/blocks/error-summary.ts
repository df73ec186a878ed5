// Error summary and the required-fields notice: form-level feedback only the questionnaire uses so far,
// kept apart from feedback.ts so that widgets without such forms do not download it.
import { html, nothing } from 'lit';
import { type BlockHost, focusById, queryIn, t } from './shared.js';
import { heading } from './heading.js';

export interface ErrorSummaryItem {
  /** Id of the field to focus (for groups: the first input, which carries the group id). */
  id: string;
  /** Same text as the inline error: what is wrong and how to fix it. */
  message: string;
}

export interface ErrorSummaryOptions {
  errors: readonly ErrorSummaryItem[];
  /** Defaults to "Il y a 2 erreurs" in the current language. */
  heading?: string;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  id?: string;
}

export const ERROR_SUMMARY_ID = 'pa-error-summary';

/**
 * Error summary shown after a submit: role=alert, a heading with the count, one link per error that moves
 * focus to the field. Renders nothing when there is no error. Call focusErrorSummary(host) after render.
 */
export function errorSummary(host: BlockHost, o: ErrorSummaryOptions) {
  if (o.errors.length === 0) return nothing;
  const id = o.id ?? ERROR_SUMMARY_ID;
  const title = o.heading ?? t(host, 'errorSummaryTitle', { count: o.errors.length });
  return html`<div
    id=${id}
    class="pa-error-summary"
    part="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby=${`${id}-title`}
  >
    ${heading(o.headingLevel, title, `${id}-title`, 'pa-heading pa-error-summary__title')}
    <p class="pa-error-summary__intro">${t(host, 'errorSummaryIntro')}</p>
    <ul class="pa-error-summary__list">
      ${o.errors.map(
        (e) => html`<li>
          <a
            class="pa-link"
            href=${`#${e.id}`}
            @click=${(ev: Event) => {
              // Fragment links do not reach into shadow roots: focus the field ourselves.
              if (focusById(host, e.id)) ev.preventDefault();
            }}
            >${e.message}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

/** Moves focus to the error summary once rendered (so screen readers read it first). */
export async function focusErrorSummary(
  host: BlockHost & { updateComplete?: Promise<unknown> },
  id = ERROR_SUMMARY_ID,
): Promise<boolean> {
  await host.updateComplete;
  const el = queryIn<HTMLElement>(host, `#${CSS.escape(id)}`);
  if (!el) return false;
  el.focus();
  return true;
}

/** "Les champs marqués « obligatoire » doivent être remplis." — put it above a form (RGAA 11.10). */
export function requiredNotice(host: BlockHost) {
  return html`<p class="pa-hint pa-required-notice">${t(host, 'requiredLegend')}</p>`;
}
