import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../i18n/format.js';
import { hint, inlineError } from './field.js';
import { type BlockHost, describedBy, type FieldOptions, labelContent, t } from './shared.js';

export type MoneyResult =
  | {
      ok: true;
      value: number /** French-formatted amount without the sign, e.g. "1 200,50" */;
      display: string;
    }
  | { ok: false; reason: 'empty' | 'format' | 'negative' | 'decimals' | 'tooLarge'; message: string };

const DEFAULT_MAX = 10_000_000;

/**
 * Reads an amount in euros as people type it: "1 200,50", "1200.5", "1 200 €", "1.200", "1,200.50",
 * "12 euros". Three digits after a single separator are read as thousands (no one writes cents that way).
 * The message of a failure says how to fix it, in the given locale. Empty input gives reason `empty`
 * with an empty message: whether it is an error is the caller's call (required or not).
 */
export function parseMoney(text: string, locale = 'fr', options: { max?: number } = {}): MoneyResult {
  const host = { locale };
  const fail = (reason: Exclude<MoneyResult, { ok: true }>['reason']): MoneyResult => ({
    ok: false,
    reason,
    message:
      reason === 'empty'
        ? ''
        : t(
            host,
            reason === 'format'
              ? 'errMoneyFormat'
              : reason === 'negative'
                ? 'errMoneyNegative'
                : reason === 'decimals'
                  ? 'errMoneyDecimals'
                  : 'errMoneyTooLarge',
          ),
  });
  let s = text
    .trim()
    .toLowerCase()
    .replace(/(€|euros?|eur)\s*$/u, '')
    .replace(/^(€|eur)\s*/u, '')
    .replace(/[\s\u00a0\u202f'’]/gu, '');
  if (s === '') return fail('empty');
  if (/^[-−]/u.test(s)) return /^[-−]\d/u.test(s) ? fail('negative') : fail('format');
  if (s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return fail('format');

  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normalized: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the last one is the decimal mark, the other groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [intPart, frac, ...rest] = s.split(decimal);
    if (rest.length > 0 || !isGrouped(intPart ?? '', group)) return fail('format');
    normalized = `${(intPart ?? '').split(group).join('')}.${frac}`;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    if (parts.length === 2 && (parts[1] ?? '').length !== 3) normalized = `${parts[0]}.${parts[1]}`;
    else if (isGrouped(s, sep)) normalized = parts.join('');
    else return fail('format');
  } else normalized = s;

  if (!/^\d*(\.\d*)?$/.test(normalized) || normalized === '.') return fail('format');
  const [, frac = ''] = normalized.split('.');
  if (frac.length > 2) return fail('decimals');
  const value = Number(normalized);
  if (!Number.isFinite(value)) return fail('format');
  if (value > (options.max ?? DEFAULT_MAX)) return fail('tooLarge');
  return { ok: true, value, display: formatMoneyInput(value, locale) };
}

/** "1,200,000" or "1.200": first group 1–3 digits, then groups of exactly 3. */
function isGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts.length === 1) return /^\d+$/.test(s);
  return /^\d{1,3}$/.test(parts[0] ?? '') && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/** The amount as shown back in the field: "1 200,50" (fr), "1,200.50" (en); whole amounts without cents. */
export function formatMoneyInput(value: number, locale = 'fr'): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return formatNumber(value, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export interface MoneyFieldOptions extends FieldOptions {
  /** The text as typed (keep it in your state). */
  value: string;
  onInput: (text: string) => void;
  /** On change (blur): the parsed result. On success the field shows `display` if you store it as value. */
  onCommit?: (result: MoneyResult, text: string) => void;
  autocomplete?: string;
  name?: string;
  max?: number;
}

/** Amount in euros: a text input (not type=number, which rejects "1 200,50") with a visible € unit. */
export function moneyField(host: BlockHost, o: MoneyFieldOptions) {
  const hintText = o.hint ?? t(host, 'moneyHint');
  const unitId = `${o.id}-unit`;
  return html`<div class="pa-field ${o.error ? 'pa-field--error' : ''}" part="field">
    <label class="pa-label" for=${o.id} part="label">${labelContent(host, o.label, o.required)}</label>
    ${hint(o.id, hintText)} ${inlineError(host, o.id, o.error)}
    <div class="pa-input-group">
      <input
        id=${o.id}
        class="pa-input pa-input--money"
        part="input"
        type="text"
        inputmode="decimal"
        name=${ifDefined(o.name)}
        autocomplete=${o.autocomplete ?? 'off'}
        spellcheck="false"
        .value=${live(o.value ?? '')}
        aria-invalid=${o.error ? 'true' : nothing}
        aria-required=${o.required ? 'true' : nothing}
        aria-describedby=${describedBy({ id: o.id, hint: hintText, error: o.error }, [unitId])}
        ?disabled=${o.disabled}
        @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
        @change=${(e: Event) => {
          const text = (e.target as HTMLInputElement).value;
          o.onCommit?.(parseMoney(text, host.locale, { max: o.max }), text);
        }}
      />
      <span class="pa-input-unit" aria-hidden="true">€</span>
      <span id=${unitId} hidden>${t(host, 'euroUnit')}</span>
    </div>
  </div>`;
}
