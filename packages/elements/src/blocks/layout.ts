import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from './shared.js';

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

export interface CardOptions {
  heading?: string | TemplateResult;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  content: unknown;
  footer?: unknown;
  id?: string;
}

/** A surface grouping one item (a right, a place). A heading names it for screen-reader navigation. */
export function card(o: CardOptions) {
  return html`<article
    class="pa-card"
    part="card"
    id=${ifDefined(o.id)}
    aria-labelledby=${o.heading && o.id ? `${o.id}-title` : nothing}
  >
    ${o.heading ? heading(o.headingLevel ?? 3, o.heading, o.id ? `${o.id}-title` : undefined, 'pa-heading pa-card__title') : nothing}
    <div class="pa-card__content">${o.content}</div>
    ${o.footer ? html`<div class="pa-card__footer">${o.footer}</div>` : nothing}
  </article>`;
}

export interface DisclosureOptions {
  id: string;
  summary: string | TemplateResult;
  open: boolean;
  onToggle: (open: boolean) => void;
  content: unknown;
}

/** A button with aria-expanded that shows or hides a region right after it. */
export function disclosure(o: DisclosureOptions) {
  const panelId = `${o.id}-panel`;
  return html`<div class="pa-disclosure" part="disclosure">
    <button
      id=${o.id}
      class="pa-disclosure__button"
      part="disclosure-button"
      type="button"
      aria-expanded=${o.open ? 'true' : 'false'}
      aria-controls=${panelId}
      @click=${() => o.onToggle(!o.open)}
    >
      <span class="pa-disclosure__icon" aria-hidden="true"></span><span>${o.summary}</span>
    </button>
    <div id=${panelId} class="pa-disclosure__panel" role="region" aria-labelledby=${o.id} ?hidden=${!o.open}>
      ${o.content}
    </div>
  </div>`;
}
