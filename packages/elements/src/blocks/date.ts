import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { hint, inlineError } from './field.js';
import { type BlockHost, describedBy, type FieldOptions, labelContent, t } from './shared.js';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}
export type DatePart = keyof DateParts;

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export interface DateFieldOptions extends FieldOptions {
  value: DateParts;
  onInput: (parts: DateParts) => void;
  onBlur?: (parts: DateParts) => void;
  /** Which part the error is about (aria-invalid goes there); all three when not given. */
  errorField?: DatePart;
  /** `bday` gives bday-day / bday-month / bday-year (RGAA 11.13). */
  autocomplete?: 'bday';
}

/** Date as three short numeric fields in a fieldset; the day input carries `id` (summary link target). */
export function dateField(host: BlockHost, o: DateFieldOptions) {
  const hintText = o.hint ?? t(host, 'dateHint');
  const part = (name: DatePart, width: string, maxlength: number) => {
    const inputId = name === 'day' ? o.id : `${o.id}-${name}`;
    const invalid = !!o.error && (!o.errorField || o.errorField === name);
    return html`<div class="pa-date__item">
      <label class="pa-label pa-label--small" for=${inputId} part="label">${t(host, name)}</label>
      <input
        id=${inputId}
        class="pa-input pa-input--${width}"
        part="input"
        type="text"
        inputmode="numeric"
        maxlength=${maxlength}
        autocomplete=${o.autocomplete ? `bday-${name}` : 'off'}
        .value=${live(o.value[name] ?? '')}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-required=${o.required ? 'true' : nothing}
        ?disabled=${o.disabled}
        @input=${(e: Event) => o.onInput({ ...o.value, [name]: (e.target as HTMLInputElement).value })}
        @blur=${() => o.onBlur?.(o.value)}
      />
    </div>`;
  };
  return html`<fieldset
    class="pa-fieldset pa-date ${o.error ? 'pa-field--error' : ''}"
    aria-describedby=${describedBy({ id: o.id, hint: hintText, error: o.error })}
    part="fieldset"
  >
    <legend class="pa-legend" part="legend">${labelContent(host, o.label, o.required)}</legend>
    ${hint(o.id, hintText)} ${inlineError(host, o.id, o.error)}
    <div class="pa-date__items">${part('day', 'day', 2)} ${part('month', 'day', 2)} ${part('year', 'year', 4)}</div>
  </fieldset>`;
}
