import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { type BlockHost, focusById, heading, queryIn, t } from './shared.js';

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

/**
 * Polite live region. Render it from the first render, even empty, and change only its text:
 * screen readers announce changes of regions that already exist (RGAA 7.5).
 */
export function statusRegion(message: string | TemplateResult, o: { visible?: boolean; id?: string } = {}) {
  return html`<div
    id=${o.id ?? nothing}
    class=${o.visible ? 'pa-status' : 'pa-visually-hidden'}
    part="status"
    role="status"
    aria-live="polite"
    aria-atomic="true"
  >
    ${message}
  </div>`;
}

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertOptions {
  tone?: AlertTone;
  heading?: string;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  content: unknown;
  /** role=alert: announce now. Only for messages that appear after an action (not on page load). */
  live?: boolean;
  id?: string;
}

const TONE_KEY = {
  info: 'toneInfo',
  success: 'toneSuccess',
  warning: 'toneWarning',
  error: 'toneError',
} as const;
const TONE_ICON: Record<AlertTone, string> = { info: 'i', success: '✓', warning: '!', error: '×' };

/** A boxed message with an icon and a text prefix (colour is never the only cue). */
export function alert(host: BlockHost, o: AlertOptions) {
  const tone = o.tone ?? 'info';
  return html`<div
    id=${o.id ?? nothing}
    class="pa-alert pa-alert--${tone}"
    part="alert alert-${tone}"
    role=${o.live ? 'alert' : nothing}
  >
    <span class="pa-alert__icon" aria-hidden="true">${TONE_ICON[tone]}</span>
    <div class="pa-alert__body">
      ${
        o.heading
          ? heading(
              o.headingLevel ?? 3,
              html`<span class="pa-visually-hidden">${t(host, TONE_KEY[tone])} </span>${o.heading}`,
              undefined,
              'pa-heading pa-alert__title',
            )
          : html`<span class="pa-visually-hidden">${t(host, TONE_KEY[tone])} </span>`
      }
      <div class="pa-alert__content">${o.content}</div>
    </div>
  </div>`;
}

export interface ProgressOptions {
  current: number;
  total: number;
  id?: string;
  /** Overrides "Étape 3 sur 7". */
  text?: string;
}

/** "Étape 3 sur 7" as text plus a bar with role=progressbar named by that text. */
export function progress(host: BlockHost, o: ProgressOptions) {
  const total = Math.max(1, Math.round(o.total));
  const current = Math.min(total, Math.max(0, Math.round(o.current)));
  const id = o.id ?? 'pa-progress';
  const text = o.text ?? t(host, 'stepOf', { current, total });
  return html`<div class="pa-progress" part="progress">
    <p class="pa-progress__text" id=${`${id}-text`}>${text}</p>
    <div
      class="pa-progress__bar"
      role="progressbar"
      aria-labelledby=${`${id}-text`}
      aria-valuemin="0"
      aria-valuemax=${total}
      aria-valuenow=${current}
      aria-valuetext=${text}
    >
      <div class="pa-progress__fill" style=${styleMap({ inlineSize: `${(current / total) * 100}%` })}></div>
    </div>
  </div>`;
}

/** "Les champs marqués « obligatoire » doivent être remplis." — put it above a form (RGAA 11.10). */
export function requiredNotice(host: BlockHost) {
  return html`<p class="pa-hint pa-required-notice">${t(host, 'requiredLegend')}</p>`;
}
