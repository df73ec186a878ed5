// Card and disclosure: in a module of their own, apart from button (layout.ts) that every widget uses.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from './heading.js';

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
