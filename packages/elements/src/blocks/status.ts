// The live region every widget renders: a module of its own, so that a widget needing only this block
// (FALC) does not download the others nor their strings.
import { html, nothing, type TemplateResult } from 'lit';

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
