import { html, nothing } from 'lit';
import { type BlockHost, t } from './shared.js';
import { heading } from './heading.js';

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
