import { html } from 'lit';
import { type BlockHost, t } from './shared.js';

export interface ProgressOptions {
  current: number;
  total: number;
  id?: string;
  /** Overrides "Étape 3 sur 7". */
  text?: string;
}

/**
 * "Étape 3 sur 7" as text plus a native <progress> named by that text: the platform gives the
 * progressbar role and value, forced colours and right-to-left filling, with no inline style (strict CSP).
 */
export function progress(host: BlockHost, o: ProgressOptions) {
  const total = Math.max(1, Math.round(o.total));
  const current = Math.min(total, Math.max(0, Math.round(o.current)));
  const id = o.id ?? 'pa-progress';
  const text = o.text ?? t(host, 'stepOf', { current, total });
  return html`<div class="pa-progress" part="progress">
    <p class="pa-progress__text" id=${`${id}-text`}>${text}</p>
    <progress
      class="pa-progress__bar"
      aria-labelledby=${`${id}-text`}
      aria-valuetext=${text}
      max=${total}
      .value=${current}
    >
      ${text}
    </progress>
  </div>`;
}
