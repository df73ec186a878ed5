import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  type BlockHost,
  describedBy,
  errorId,
  type FieldOptions,
  hintId,
  labelContent,
  t,
} from './shared.js';
import { heading } from './heading.js';

/** Hint under a label or legend. */
export function hint(id: string, text: string | TemplateResult | undefined) {
  if (!text) return nothing;
  return html`<div id=${hintId(id)} class="pa-hint" part="hint">${text}</div>`;
}

const errorIcon = html`<svg class="pa-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  <circle cx="10" cy="10" r="9" fill="currentColor" />
  <rect x="9" y="4.5" width="2" height="7" rx="1" fill="#fff" />
  <circle cx="10" cy="14.5" r="1.25" fill="#fff" />
</svg>`;

/** Inline error next to a field: an icon and "Erreur :" so colour is not the only cue. */
export function inlineError(host: BlockHost, id: string, message: string | undefined) {
  if (!message) return nothing;
  return html`<p id=${errorId(id)} class="pa-error" part="error">
    ${errorIcon}<span class="pa-visually-hidden">${t(host, 'errorPrefix')} </span><span>${message}</span>
  </p>`;
}

export interface TextFieldOptions extends FieldOptions {
  value: string;
  onInput: (value: string) => void;
  onBlur?: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'url' | 'search';
  /** A valid HTML autocomplete token, e.g. `given-name`, `postal-code`, `email` (RGAA 11.13). */
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'search' | 'url';
  /** Visual width hint; the field never gets wider than its container. */
  width?: 'short' | 'medium' | 'full';
  name?: string;
  maxlength?: number;
  spellcheck?: boolean;
}

/** The frame of a one-input field (text, amount, combobox): label, hint and inline error above the control. */
export function fieldFrame(
  host: BlockHost,
  o: FieldOptions,
  control: unknown,
  className = '',
  labelId?: string,
) {
  return html`<div class="pa-field ${className} ${o.error ? 'pa-field--error' : ''}" part="field">
    <label class="pa-label" for=${o.id} id=${ifDefined(labelId)} part="label"
      >${labelContent(host, o.label, o.required)}</label
    >
    ${hint(o.id, o.hint)} ${inlineError(host, o.id, o.error)} ${control}
  </div>`;
}

/** Label, hint, error and input, all in the host's shadow root. */
export function textField(host: BlockHost, o: TextFieldOptions) {
  return fieldFrame(
    host,
    o,
    html`<input
      id=${o.id}
      class="pa-input pa-input--${o.width ?? 'full'}"
      part="input"
      type=${o.type ?? 'text'}
      name=${ifDefined(o.name)}
      autocomplete=${ifDefined(o.autocomplete)}
      inputmode=${ifDefined(o.inputmode)}
      maxlength=${ifDefined(o.maxlength)}
      spellcheck=${o.spellcheck === undefined ? nothing : String(o.spellcheck)}
      .value=${live(o.value ?? '')}
      aria-invalid=${o.error ? 'true' : nothing}
      aria-required=${o.required ? 'true' : nothing}
      aria-describedby=${describedBy(o)}
      ?disabled=${o.disabled}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
      @blur=${(e: Event) => o.onBlur?.((e.target as HTMLInputElement).value)}
    />`,
  );
}

export interface FieldsetOptions {
  legend: string | TemplateResult;
  content: unknown;
  /** Needed to tie the hint and the error to the group (aria-describedby); the error shows only with an id. */
  id?: string;
  hint?: string | TemplateResult;
  error?: string;
  required?: boolean;
  /** Render the legend as a heading of this level (for one-question pages). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  host?: BlockHost;
}

/** Native fieldset and legend grouping related fields (RGAA 11.5). */
export function fieldset(o: FieldsetOptions) {
  const id = o.id ?? '';
  const legendText =
    typeof o.legend === 'string' && o.host ? labelContent(o.host, o.legend, o.required) : o.legend;
  const legend = o.headingLevel
    ? html`<legend class="pa-legend pa-legend--heading" part="legend">${heading(o.headingLevel, legendText)}</legend>`
    : html`<legend class="pa-legend" part="legend">${legendText}</legend>`;
  return html`<fieldset
    class="pa-fieldset ${o.error ? 'pa-field--error' : ''}"
    id=${id ? `${id}-fieldset` : nothing}
    aria-describedby=${id ? describedBy({ id, hint: o.hint, error: o.error }) : nothing}
    part="fieldset"
  >
    ${legend}
    ${id ? hint(id, o.hint) : o.hint ? html`<div class="pa-hint" part="hint">${o.hint}</div>` : nothing}
    ${id ? inlineError(o.host ?? { locale: 'fr' }, id, o.error) : nothing} ${o.content}
  </fieldset>`;
}
