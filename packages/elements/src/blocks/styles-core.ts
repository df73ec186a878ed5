import { css } from 'lit';

/**
 * Styles of the building blocks, in parts so that a widget downloads only those of the blocks it shows. Include
 * them after PasserelleElement.styles: `static styles = [PasserelleElement.styles, coreStyles, actionStyles]`,
 * plus `fieldStyles` (styles-fields.ts) for fields, or `blockStyles` (styles.ts) for every block.
 * Each colour/size reads a public token with a private fallback (`--_pa-*`), sizes are in em, layout uses
 * logical properties, nothing has a fixed height (text spacing and 200 % text must not clip), and every
 * pointer target is at least 2.75em (44 px at 16 px) high. Reduced motion is handled by hostStyles.
 */
/** Tokens, visually hidden text, focus and headings: every block needs them. */
export const coreStyles = css`
  :host {
    --_pa-text: var(--passerelle-color-text, #1d2433);
    --_pa-muted: var(--passerelle-color-text-muted, #4a5568);
    --_pa-bg: var(--passerelle-color-background, #ffffff);
    --_pa-surface: var(--passerelle-color-surface, #eef4f3);
    --_pa-border: var(--passerelle-color-border, #6b7280);
    --_pa-border-subtle: var(--passerelle-color-border-subtle, #c9d3d6);
    --_pa-action: var(--passerelle-color-action, #0b6e69);
    --_pa-action-hover: var(--passerelle-color-action-hover, #085550);
    --_pa-on-action: var(--passerelle-color-on-action, #ffffff);
    --_pa-focus: var(--passerelle-color-focus, #c2410c);
    --_pa-error: var(--passerelle-color-error, #b42318);
    --_pa-error-surface: var(--passerelle-color-error-surface, #fdecea);
    --_pa-success: var(--passerelle-color-success, #1b6b3a);
    --_pa-success-surface: var(--passerelle-color-success-surface, #e8f5ec);
    --_pa-warning: var(--passerelle-color-warning, #8a4b00);
    --_pa-warning-surface: var(--passerelle-color-warning-surface, #fff4e0);
    --_pa-info: var(--passerelle-color-info, #1d4f91);
    --_pa-info-surface: var(--passerelle-color-info-surface, #e8f0fb);
    --_pa-disabled: var(--passerelle-color-disabled-text, #5a6472);
    --_pa-disabled-surface: var(--passerelle-color-disabled-surface, #eceff3);
    --_pa-radius: var(--passerelle-radius, 0.375em);
    --_pa-radius-lg: var(--passerelle-radius-large, 0.75em);
    --_pa-bw: var(--passerelle-border-width, 0.125em);
    --_pa-focus-w: var(--passerelle-focus-width, 0.1875em);
    --_pa-focus-o: var(--passerelle-focus-offset, 0.125em);
    --_pa-target: var(--passerelle-target-size, 2.75em);
    --_pa-s1: var(--passerelle-space-1, 0.25em);
    --_pa-s2: var(--passerelle-space-2, 0.5em);
    --_pa-s3: var(--passerelle-space-3, 0.75em);
    --_pa-s4: var(--passerelle-space-4, 1em);
    --_pa-s5: var(--passerelle-space-5, 1.5em);
    --_pa-duration: var(--passerelle-motion-duration, 150ms);
    --_pa-easing: var(--passerelle-motion-easing, ease-out);
    --_pa-bold: var(--passerelle-font-weight-bold, 700);
  }

  .pa-visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  [hidden] {
    display: none !important;
  }

  /* Focus: always visible, thick, 3:1 against the background; survives forced colours. */
  :is(a, button, input, select, textarea, summary, [tabindex]):focus-visible {
    outline: var(--_pa-focus-w) solid var(--_pa-focus);
    outline-offset: var(--_pa-focus-o);
  }
  .pa-input:focus,
  .pa-choice__input:focus-visible {
    outline: var(--_pa-focus-w) solid var(--_pa-focus);
    outline-offset: var(--_pa-focus-o);
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }

  .pa-heading {
    font-family: var(--passerelle-font-family-heading, inherit);
    font-size: var(--passerelle-font-size-lg, 1.25em);
    font-weight: var(--_pa-bold);
    line-height: var(--passerelle-line-height-heading, 1.25);
    margin-block: 0 var(--_pa-s3);
    color: inherit;
  }
`;

/** Buttons, the status region and alerts. */
export const actionStyles = css`
  /* Buttons */
  .pa-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_pa-s2);
    min-block-size: var(--_pa-target);
    min-inline-size: var(--_pa-target);
    max-inline-size: 100%;
    padding-block: var(--_pa-s2);
    padding-inline: var(--_pa-s4);
    font: inherit;
    font-weight: var(--_pa-bold);
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: inherit;
    text-transform: none;
    text-align: center;
    white-space: normal;
    border: var(--_pa-bw) solid var(--_pa-action);
    border-radius: var(--_pa-radius);
    cursor: pointer;
    transition:
      background-color var(--_pa-duration) var(--_pa-easing),
      color var(--_pa-duration) var(--_pa-easing);
    margin: 0;
  }
  .pa-button--primary {
    background: var(--_pa-action);
    color: var(--_pa-on-action);
  }
  .pa-button--primary:hover:not(:disabled) {
    background: var(--_pa-action-hover);
    border-color: var(--_pa-action-hover);
  }
  .pa-button--danger {
    background: var(--_pa-error);
    border-color: var(--_pa-error);
    color: var(--_pa-on-action);
  }
  .pa-button--danger:hover:not(:disabled) {
    background: var(--_pa-error);
    text-decoration: underline;
  }
  .pa-button--secondary {
    background: var(--_pa-bg);
    color: var(--_pa-action);
  }
  .pa-button--secondary:hover:not(:disabled) {
    background: var(--_pa-surface);
  }
  .pa-button--link,
  .pa-link {
    background: transparent;
    border-color: transparent;
    color: var(--_pa-action);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-weight: inherit;
  }
  .pa-button--link {
    padding-inline: var(--_pa-s2);
  }
  .pa-button--link:hover:not(:disabled),
  .pa-link:hover {
    color: var(--_pa-action-hover);
    text-decoration-thickness: 0.15em;
  }
  .pa-button:disabled {
    background: var(--_pa-disabled-surface);
    border-color: var(--_pa-disabled-surface);
    color: var(--_pa-disabled);
    cursor: not-allowed;
  }

  .pa-status {
    margin-block: var(--_pa-s3);
  }

  /* Alerts */
  .pa-alert {
    display: flex;
    gap: var(--_pa-s3);
    align-items: flex-start;
    padding: var(--_pa-s4);
    border: var(--_pa-bw) solid currentColor;
    border-inline-start-width: 0.5em;
    border-radius: var(--_pa-radius);
    margin-block: 0 var(--_pa-s4);
  }
  .pa-alert__body {
    min-inline-size: 0;
    color: var(--_pa-text);
  }
  .pa-alert__icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
    border: 0.125em solid currentColor;
    font-weight: var(--_pa-bold);
    line-height: 1;
  }
  .pa-alert__title {
    font-size: 1.1em;
    margin-block-end: var(--_pa-s1);
    color: inherit;
  }
  .pa-alert--info {
    color: var(--_pa-info);
    background: var(--_pa-info-surface);
  }
  .pa-alert--success {
    color: var(--_pa-success);
    background: var(--_pa-success-surface);
  }
  .pa-alert--warning {
    color: var(--_pa-warning);
    background: var(--_pa-warning-surface);
  }
  .pa-alert--error {
    color: var(--_pa-error);
    background: var(--_pa-error-surface);
  }
`;

/** Text fields, selects, radios and checkboxes, and the combobox. */
export const fieldStyles = css`
  /* Fields */
  .pa-field,
  .pa-fieldset {
    margin-block: 0 var(--_pa-s5);
    min-inline-size: 0;
  }
  .pa-fieldset {
    border: 0;
    padding: 0;
    margin-inline: 0;
  }
  .pa-label,
  .pa-legend {
    display: block;
    font-weight: var(--_pa-bold);
    margin-block-end: var(--_pa-s1);
    color: var(--_pa-text);
    padding: 0;
    max-inline-size: 100%;
    white-space: normal;
  }
  .pa-legend--heading {
    font-size: var(--passerelle-font-size-lg, 1.25em);
  }
  .pa-legend--heading .pa-heading {
    font-size: inherit;
    margin: 0;
  }
  .pa-label--small {
    font-weight: var(--passerelle-font-weight-normal, 400);
  }
  .pa-required {
    font-weight: var(--passerelle-font-weight-normal, 400);
    color: var(--_pa-muted);
  }
  .pa-hint {
    color: var(--_pa-muted);
    margin-block: 0 var(--_pa-s2);
  }
  .pa-error {
    display: flex;
    gap: var(--_pa-s2);
    align-items: flex-start;
    color: var(--_pa-error);
    font-weight: var(--_pa-bold);
    margin-block: 0 var(--_pa-s2);
  }
  .pa-icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.125em;
  }
  .pa-field--error {
    border-inline-start: var(--_pa-bw) solid var(--_pa-error);
    padding-inline-start: var(--_pa-s3);
  }

  .pa-input {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: var(--_pa-target);
    padding-block: var(--_pa-s2);
    padding-inline: var(--_pa-s3);
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: inherit;
    text-transform: none;
    color: var(--_pa-text);
    background: var(--_pa-bg);
    border: var(--_pa-bw) solid var(--_pa-border);
    border-radius: var(--_pa-radius);
    margin: 0;
  }
  .pa-input--short {
    max-inline-size: 12em;
  }
  .pa-input--medium {
    max-inline-size: 24em;
  }
  .pa-input[aria-invalid='true'] {
    border-color: var(--_pa-error);
    border-width: calc(var(--_pa-bw) * 1.5);
  }
  .pa-input:disabled {
    color: var(--_pa-disabled);
    background: var(--_pa-disabled-surface);
    cursor: not-allowed;
  }
  /* Radios and checkboxes: native inputs, large, with the whole label as target. */
  .pa-choices__items {
    display: flex;
    flex-direction: column;
    gap: var(--_pa-s2);
  }
  .pa-choices--inline .pa-choices__items {
    flex-direction: row;
    flex-wrap: wrap;
    gap: var(--_pa-s2) var(--_pa-s5);
  }
  .pa-choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_pa-s3);
    align-items: center;
    min-block-size: var(--_pa-target);
  }
  /* Form controls default to 13.33 px text: inherit it so 1.5em makes at least 24 px; 44 px where the label
     row leaves room (the whole row is the target too, through the label). */
  .pa-choice__input {
    font-size: max(1em, 16px);
    inline-size: max(1.5em, 24px);
    block-size: max(1.5em, 24px);
    margin: 0;
    accent-color: var(--_pa-action);
    cursor: pointer;
  }
  .pa-choice__label {
    /* The larger box leaves less room at 320 px and 200 % text: long words wrap instead of overflowing. */
    min-inline-size: 0;
    overflow-wrap: anywhere;
    padding-block: var(--_pa-s2);
    cursor: pointer;
  }
  .pa-choice__hint {
    grid-column: 2;
    margin: 0;
  }
  .pa-choice__input:disabled,
  .pa-choice__input:disabled + .pa-choice__label {
    cursor: not-allowed;
    color: var(--_pa-disabled);
  }

  /* Combobox: the listbox stays in the flow (no overlay to clip at 320 px or 200 %). */
  .pa-listbox {
    list-style: none;
    margin: var(--_pa-s1) 0 0;
    padding: var(--_pa-s1);
    max-block-size: 18em;
    overflow-y: auto;
    background: var(--_pa-bg);
    border: var(--_pa-bw) solid var(--_pa-border);
    border-radius: var(--_pa-radius);
  }
  .pa-option {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-block-size: var(--_pa-target);
    padding-block: var(--_pa-s1);
    padding-inline: var(--_pa-s3);
    border-radius: var(--_pa-radius);
    cursor: pointer;
    border: var(--_pa-bw) solid transparent;
  }
  .pa-option:hover {
    background: var(--_pa-surface);
  }
  .pa-option--active {
    background: var(--_pa-action);
    color: var(--_pa-on-action);
    border-color: var(--_pa-focus);
  }
  .pa-option__detail {
    font-size: var(--passerelle-font-size-sm, 0.875em);
  }
  .pa-option:not(.pa-option--active) .pa-option__detail {
    color: var(--_pa-muted);
  }
  @media (forced-colors: active) {
    .pa-option--active {
      outline: 0.1875em solid Highlight;
    }
  }
`;
