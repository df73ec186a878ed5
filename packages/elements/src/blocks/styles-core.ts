import { css } from 'lit';

/**
 * Styles of the building blocks, in parts so that a widget downloads only those of the blocks it shows. Include
 * them after PasserelleElement.styles: `static styles = [PasserelleElement.styles, coreStyles, actionStyles]`,
 * plus `fieldStyles` (styles-fields.ts) for fields, or `blockStyles` (styles.ts) for every block.
 * Each colour/size reads a public token with its fallback where it is used, sizes are in em, layout uses
 * logical properties, nothing has a fixed height (text spacing and 200 % text must not clip), and every
 * pointer target is at least 2.75em (44 px at 16 px) high. Reduced motion is handled by hostStyles.
 */
/** Tokens, visually hidden text, focus and headings: every block needs them. */
export const coreStyles = css`

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
    outline: var(--passerelle-focus-width, 0.1875em) solid var(--passerelle-color-focus, #c2410c);
    outline-offset: var(--passerelle-focus-offset, 0.125em);
  }
  .pa-input:focus,
  .pa-choice__input:focus-visible {
    outline: var(--passerelle-focus-width, 0.1875em) solid var(--passerelle-color-focus, #c2410c);
    outline-offset: var(--passerelle-focus-offset, 0.125em);
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }

  .pa-heading {
    font-family: var(--passerelle-font-family-heading, inherit);
    font-size: var(--passerelle-font-size-lg, 1.25em);
    font-weight: var(--passerelle-font-weight-bold, 700);
    line-height: var(--passerelle-line-height-heading, 1.25);
    margin-block: 0 var(--passerelle-space-3, 0.75em);
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
    gap: var(--passerelle-space-2, 0.5em);
    min-block-size: var(--passerelle-target-size, 2.75em);
    min-inline-size: var(--passerelle-target-size, 2.75em);
    max-inline-size: 100%;
    padding-block: var(--passerelle-space-2, 0.5em);
    padding-inline: var(--passerelle-space-4, 1em);
    font: inherit;
    font-weight: var(--passerelle-font-weight-bold, 700);
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: inherit;
    text-transform: none;
    text-align: center;
    white-space: normal;
    border: var(--passerelle-border-width, 0.125em) solid var(--passerelle-color-action, #0b6e69);
    border-radius: var(--passerelle-radius, 0.375em);
    cursor: pointer;
    transition:
      background-color var(--passerelle-motion-duration, 150ms) var(--passerelle-motion-easing, ease-out),
      color var(--passerelle-motion-duration, 150ms) var(--passerelle-motion-easing, ease-out);
    margin: 0;
  }
  .pa-button--primary {
    background: var(--passerelle-color-action, #0b6e69);
    color: var(--passerelle-color-on-action, #ffffff);
  }
  .pa-button--primary:hover:not(:disabled) {
    background: var(--passerelle-color-action-hover, #085550);
    border-color: var(--passerelle-color-action-hover, #085550);
  }
  .pa-button--danger {
    background: var(--passerelle-color-error, #b42318);
    border-color: var(--passerelle-color-error, #b42318);
    color: var(--passerelle-color-on-action, #ffffff);
  }
  .pa-button--danger:hover:not(:disabled) {
    background: var(--passerelle-color-error, #b42318);
    text-decoration: underline;
  }
  .pa-button--secondary {
    background: var(--passerelle-color-background, #ffffff);
    color: var(--passerelle-color-action, #0b6e69);
  }
  .pa-button--secondary:hover:not(:disabled) {
    background: var(--passerelle-color-surface, #eef4f3);
  }
  .pa-button--link,
  .pa-link {
    background: transparent;
    border-color: transparent;
    color: var(--passerelle-color-action, #0b6e69);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-weight: inherit;
  }
  .pa-button--link {
    padding-inline: var(--passerelle-space-2, 0.5em);
  }
  .pa-button--link:hover:not(:disabled),
  .pa-link:hover {
    color: var(--passerelle-color-action-hover, #085550);
    text-decoration-thickness: 0.15em;
  }
  .pa-button:disabled {
    background: var(--passerelle-color-disabled-surface, #eceff3);
    border-color: var(--passerelle-color-disabled-surface, #eceff3);
    color: var(--passerelle-color-disabled-text, #5a6472);
    cursor: not-allowed;
  }

  .pa-status {
    margin-block: var(--passerelle-space-3, 0.75em);
  }

  /* Alerts */
  .pa-alert {
    display: flex;
    gap: var(--passerelle-space-3, 0.75em);
    align-items: flex-start;
    padding: var(--passerelle-space-4, 1em);
    border: var(--passerelle-border-width, 0.125em) solid currentColor;
    border-inline-start-width: 0.5em;
    border-radius: var(--passerelle-radius, 0.375em);
    margin-block: 0 var(--passerelle-space-4, 1em);
  }
  .pa-alert__body {
    min-inline-size: 0;
    color: var(--passerelle-color-text, #1d2433);
  }
  .pa-alert__icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: 50%;
    border: 0.125em solid currentColor;
    font-weight: var(--passerelle-font-weight-bold, 700);
    line-height: 1;
  }
  .pa-alert__title {
    font-size: 1.1em;
    margin-block-end: var(--passerelle-space-1, 0.25em);
    color: inherit;
  }
  .pa-alert--info {
    color: var(--passerelle-color-info, #1d4f91);
    background: var(--passerelle-color-info-surface, #e8f0fb);
  }
  .pa-alert--success {
    color: var(--passerelle-color-success, #1b6b3a);
    background: var(--passerelle-color-success-surface, #e8f5ec);
  }
  .pa-alert--warning {
    color: var(--passerelle-color-warning, #8a4b00);
    background: var(--passerelle-color-warning-surface, #fff4e0);
  }
  .pa-alert--error {
    color: var(--passerelle-color-error, #b42318);
    background: var(--passerelle-color-error-surface, #fdecea);
  }
`;

/** Text fields, selects, radios and checkboxes, and the combobox. */
export const fieldStyles = css`
  /* Fields */
  .pa-field,
  .pa-fieldset {
    margin-block: 0 var(--passerelle-space-5, 1.5em);
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
    font-weight: var(--passerelle-font-weight-bold, 700);
    margin-block-end: var(--passerelle-space-1, 0.25em);
    color: var(--passerelle-color-text, #1d2433);
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
    color: var(--passerelle-color-text-muted, #4a5568);
  }
  .pa-hint {
    color: var(--passerelle-color-text-muted, #4a5568);
    margin-block: 0 var(--passerelle-space-2, 0.5em);
  }
  .pa-error {
    display: flex;
    gap: var(--passerelle-space-2, 0.5em);
    align-items: flex-start;
    color: var(--passerelle-color-error, #b42318);
    font-weight: var(--passerelle-font-weight-bold, 700);
    margin-block: 0 var(--passerelle-space-2, 0.5em);
  }
  .pa-icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.125em;
  }
  .pa-field--error {
    border-inline-start: var(--passerelle-border-width, 0.125em) solid var(--passerelle-color-error, #b42318);
    padding-inline-start: var(--passerelle-space-3, 0.75em);
  }

  .pa-input {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: var(--passerelle-target-size, 2.75em);
    padding-block: var(--passerelle-space-2, 0.5em);
    padding-inline: var(--passerelle-space-3, 0.75em);
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: inherit;
    text-transform: none;
    color: var(--passerelle-color-text, #1d2433);
    background: var(--passerelle-color-background, #ffffff);
    border: var(--passerelle-border-width, 0.125em) solid var(--passerelle-color-border, #6b7280);
    border-radius: var(--passerelle-radius, 0.375em);
    margin: 0;
  }
  .pa-input--short {
    max-inline-size: 12em;
  }
  .pa-input--medium {
    max-inline-size: 24em;
  }
  .pa-input[aria-invalid='true'] {
    border-color: var(--passerelle-color-error, #b42318);
    border-width: calc(var(--passerelle-border-width, 0.125em) * 1.5);
  }
  .pa-input:disabled {
    color: var(--passerelle-color-disabled-text, #5a6472);
    background: var(--passerelle-color-disabled-surface, #eceff3);
    cursor: not-allowed;
  }
  /* Radios and checkboxes: native inputs, large, with the whole label as target. */
  .pa-choices__items {
    display: flex;
    flex-direction: column;
    gap: var(--passerelle-space-2, 0.5em);
  }
  .pa-choices--inline .pa-choices__items {
    flex-direction: row;
    flex-wrap: wrap;
    gap: var(--passerelle-space-2, 0.5em) var(--passerelle-space-5, 1.5em);
  }
  .pa-choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--passerelle-space-3, 0.75em);
    align-items: center;
    min-block-size: var(--passerelle-target-size, 2.75em);
  }
  /* Form controls default to 13.33 px text: inherit it so 1.5em makes at least 24 px; 44 px where the label
     row leaves room (the whole row is the target too, through the label). */
  .pa-choice__input {
    font-size: max(1em, 16px);
    inline-size: max(1.5em, 24px);
    block-size: max(1.5em, 24px);
    margin: 0;
    accent-color: var(--passerelle-color-action, #0b6e69);
    cursor: pointer;
  }
  .pa-choice__label {
    /* The larger box leaves less room at 320 px and 200 % text: long words wrap instead of overflowing. */
    min-inline-size: 0;
    overflow-wrap: anywhere;
    padding-block: var(--passerelle-space-2, 0.5em);
    cursor: pointer;
  }
  .pa-choice__hint {
    grid-column: 2;
    margin: 0;
  }
  .pa-choice__input:disabled,
  .pa-choice__input:disabled + .pa-choice__label {
    cursor: not-allowed;
    color: var(--passerelle-color-disabled-text, #5a6472);
  }

  /* Combobox: the listbox stays in the flow (no overlay to clip at 320 px or 200 %). */
  .pa-listbox {
    list-style: none;
    margin: var(--passerelle-space-1, 0.25em) 0 0;
    padding: var(--passerelle-space-1, 0.25em);
    max-block-size: 18em;
    overflow-y: auto;
    background: var(--passerelle-color-background, #ffffff);
    border: var(--passerelle-border-width, 0.125em) solid var(--passerelle-color-border, #6b7280);
    border-radius: var(--passerelle-radius, 0.375em);
  }
  .pa-option {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-block-size: var(--passerelle-target-size, 2.75em);
    padding-block: var(--passerelle-space-1, 0.25em);
    padding-inline: var(--passerelle-space-3, 0.75em);
    border-radius: var(--passerelle-radius, 0.375em);
    cursor: pointer;
    border: var(--passerelle-border-width, 0.125em) solid transparent;
  }
  .pa-option:hover {
    background: var(--passerelle-color-surface, #eef4f3);
  }
  .pa-option--active {
    background: var(--passerelle-color-action, #0b6e69);
    color: var(--passerelle-color-on-action, #ffffff);
    border-color: var(--passerelle-color-focus, #c2410c);
  }
  .pa-option__detail {
    font-size: var(--passerelle-font-size-sm, 0.875em);
  }
  .pa-option:not(.pa-option--active) .pa-option__detail {
    color: var(--passerelle-color-text-muted, #4a5568);
  }
  @media (forced-colors: active) {
    .pa-option--active {
      outline: 0.1875em solid Highlight;
    }
  }
`;
