import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../i18n/format.js';
import { fieldFrame } from './field.js';
import { type BlockHost, describedBy, type FieldOptions, t } from './shared.js';

/** The amount as shown back in the field: "1 200,50" (fr), "1,200.50" (en); whole amounts without cents. */
export function formatMoneyInput(value: number, locale = 'fr'): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return formatNumber(value, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export interface MoneyFieldOptions extends FieldOptions {
  /** The text as typed (keep it in your state). */
  value: string;
  onInput: (text: string) => void;
  /**
   * On change (blur), the text as typed: parse it with `parseMoney(text, locale)` if you need to (kept
   * out of the field so that widgets with their own validation do not ship a second parser).
   */
  onCommit?: (text: string) => void;
  autocomplete?: string;
  name?: string;
}

/** Amount in euros: a text input (not type=number, which rejects "1 200,50") with a visible € unit. */
export function moneyField(host: BlockHost, o: MoneyFieldOptions) {
  const f = { ...o, hint: o.hint ?? t(host, 'moneyHint') };
  const unitId = `${o.id}-unit`;
  return fieldFrame(
    host,
    f,
    html`<div class="pa-input-group">
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
        aria-describedby=${describedBy(f, [unitId])}
        ?disabled=${o.disabled}
        @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
        @change=${(e: Event) => o.onCommit?.((e.target as HTMLInputElement).value)}
      />
      <span class="pa-input-unit" aria-hidden="true">€</span>
      <span id=${unitId} hidden>${t(host, 'euroUnit')}</span>
    </div>`,
  );
}
