import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatDate } from '../i18n/format.js';
import { hint, inlineError } from './field.js';
import { type BlockHost, describedBy, type FieldOptions, labelContent, t } from './shared.js';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}
export type DatePart = keyof DateParts;

export type DateResult =
  | { ok: true /** YYYY-MM-DD */; iso: string; date: Date }
  | {
      ok: false;
      reason: 'empty' | 'incomplete' | 'day' | 'month' | 'year' | 'impossible' | 'future';
      /** The part to mark invalid and focus. */
      field: DatePart;
      message: string;
    };

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/**
 * Checks a day/month/year answer and says how to fix it: impossible dates (31/02, 29/02 of a common year)
 * are refused with the number of days of that month.
 */
export function parseDateParts(
  parts: DateParts,
  locale = 'fr',
  options: { notInFuture?: boolean; minYear?: number; today?: Date } = {},
): DateResult {
  const host = { locale };
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const fail = (reason: Exclude<DateResult, { ok: true }>['reason'], field: DatePart, message = '') =>
    ({ ok: false, reason, field, message }) as DateResult;
  if (!day && !month && !year) return fail('empty', 'day');
  if (!day || !month || !year)
    return fail('incomplete', !day ? 'day' : !month ? 'month' : 'year', t(host, 'errDateIncomplete'));
  const d = /^\d{1,2}$/.test(day) ? Number(day) : Number.NaN;
  if (!(d >= 1 && d <= 31)) return fail('day', 'day', t(host, 'errDateDay'));
  const m = /^\d{1,2}$/.test(month) ? Number(month) : Number.NaN;
  if (!(m >= 1 && m <= 12)) return fail('month', 'month', t(host, 'errDateMonth'));
  const y = /^\d{4}$/.test(year) ? Number(year) : Number.NaN;
  if (!(y >= (options.minYear ?? 1900) && y <= 2200)) return fail('year', 'year', t(host, 'errDateYear'));
  const daysInMonth = new Date(y, m, 0).getDate();
  if (d > daysInMonth) {
    const monthName = formatDate(new Date(y, m - 1, 1), locale, { month: 'long', year: 'numeric' });
    return fail('impossible', 'day', t(host, 'errDateImpossible', { month: monthName, days: daysInMonth }));
  }
  const date = new Date(y, m - 1, d);
  if (options.notInFuture) {
    const today = options.today ?? new Date();
    if (date.getTime() > new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime())
      return fail('future', 'year', t(host, 'errDateFuture'));
  }
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { ok: true, iso, date };
}

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
