import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { hint, inlineError } from './field.js';
import { type BlockHost, describedBy, type FieldOptions, hintId, labelContent } from './shared.js';

export interface ChoiceOption {
  value: string;
  label: string | TemplateResult;
  hint?: string;
  disabled?: boolean;
}

interface GroupOptions extends FieldOptions {
  options: ChoiceOption[];
  /** Options side by side when they fit (yes/no); they wrap at 320 px. */
  inline?: boolean;
  name?: string;
  /** Show the legend as a heading (one question per page). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

export interface RadioGroupOptions extends GroupOptions {
  value: string;
  onChange: (value: string) => void;
}

export interface CheckboxGroupOptions extends GroupOptions {
  values: readonly string[];
  onChange: (values: string[]) => void;
}

// The first input carries the group id so that the error summary can link to it.
const optionId = (id: string, i: number) => (i === 0 ? id : `${id}-${i}`);

function group(host: BlockHost, o: GroupOptions, kind: 'radio' | 'checkbox', items: TemplateResult[]) {
  const legend = labelContent(host, o.label, o.required);
  // Radios: no native `required` (Chromium then exposes every radio as invalid before any answer); the group
  // says it is required, and invalid only once an error is shown.
  const radio = kind === 'radio';
  return html`<fieldset
    class="pa-fieldset pa-choices ${o.inline ? 'pa-choices--inline' : ''} ${o.error ? 'pa-field--error' : ''}"
    role=${radio ? 'radiogroup' : nothing}
    aria-required=${radio && o.required ? 'true' : nothing}
    aria-invalid=${radio && o.error ? 'true' : nothing}
    aria-describedby=${describedBy(o)}
    part="fieldset"
  >
    <legend class="pa-legend ${o.headingLevel ? 'pa-legend--heading' : ''}" part="legend">
      ${o.headingLevel ? html`<span role="heading" aria-level=${o.headingLevel}>${legend}</span>` : legend}
    </legend>
    ${hint(o.id, o.hint)} ${inlineError(host, o.id, o.error)}
    <div class="pa-choices__items pa-choices__items--${kind}">${items}</div>
  </fieldset>`;
}

function item(
  o: GroupOptions,
  kind: 'radio' | 'checkbox',
  opt: ChoiceOption,
  i: number,
  checked: boolean,
  onChange: (e: Event) => void,
) {
  const id = optionId(o.id, i);
  // Not hintId(id): the first option carries the group id, whose hint is the group's own.
  const optionHint = hintId(`${o.id}-option-${i}`);
  return html`<div class="pa-choice">
    <input
      id=${id}
      class="pa-choice__input"
      part=${kind}
      type=${kind}
      name=${o.name ?? o.id}
      .value=${opt.value}
      .checked=${live(checked)}
      aria-invalid=${kind === 'checkbox' && o.error ? 'true' : nothing}
      aria-describedby=${opt.hint ? optionHint : nothing}
      ?disabled=${o.disabled || opt.disabled}
      @change=${onChange}
    />
    <label class="pa-choice__label" for=${id} part="label">${opt.label}</label>
    ${opt.hint ? html`<div id=${optionHint} class="pa-hint pa-choice__hint">${opt.hint}</div>` : nothing}
  </div>`;
}

/** Single choice: native radios in fieldset/legend, so arrow keys move and select as people expect. */
export function radioGroup(host: BlockHost, o: RadioGroupOptions) {
  const items = o.options.map((opt, i) =>
    item(o, 'radio', opt, i, o.value === opt.value, (e) => {
      if ((e.target as HTMLInputElement).checked) o.onChange(opt.value);
    }),
  );
  return group(host, o, 'radio', items);
}

/** Multiple choice: native checkboxes in fieldset/legend; `onChange` gets the values in option order. */
export function checkboxGroup(host: BlockHost, o: CheckboxGroupOptions) {
  const items = o.options.map((opt, i) =>
    item(o, 'checkbox', opt, i, o.values.includes(opt.value), (e) => {
      const on = (e.target as HTMLInputElement).checked;
      const next = new Set(o.values);
      if (on) next.add(opt.value);
      else next.delete(opt.value);
      o.onChange(o.options.map((x) => x.value).filter((v) => next.has(v)));
    }),
  );
  return group(host, o, 'checkbox', items);
}
