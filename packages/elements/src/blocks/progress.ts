import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { type BlockHost, t } from './shared.js';

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
