// The button every widget uses; card and disclosure are in card.ts.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type ButtonVariant = 'primary' | 'secondary' | 'link';

export interface ButtonOptions {
  label: string | TemplateResult;
  variant?: ButtonVariant;
  type?: 'button' | 'submit' | 'reset';
  onClick?: (e: MouseEvent) => void;
  disabled?: boolean;
  id?: string;
  /** Extra description (ids in the same shadow root). */
  describedBy?: string;
  /** Expanded state when the button opens something. */
  expanded?: boolean;
  controls?: string;
}

/** A native button, at least 44 px tall, styled as primary, secondary or link. */
export function button(o: ButtonOptions) {
  const variant = o.variant ?? 'primary';
  return html`<button
    id=${ifDefined(o.id)}
    class="pa-button pa-button--${variant}"
    part="button button-${variant}"
    type=${o.type ?? 'button'}
    ?disabled=${o.disabled}
    aria-describedby=${ifDefined(o.describedBy)}
    aria-expanded=${o.expanded === undefined ? nothing : String(o.expanded)}
    aria-controls=${ifDefined(o.controls)}
    @click=${(e: MouseEvent) => o.onClick?.(e)}
  >
    ${o.label}
  </button>`;
}
