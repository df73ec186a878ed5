import { css } from 'lit';

/** Layout of the questionnaire; fields, buttons, cards and alerts come from blockStyles. */
export const questionnaireStyles = css`
  .pq {
    max-inline-size: var(--passerelle-questionnaire-max-width, 48em);
  }
  .pq h2,
  .pq h3,
  .pq h4 {
    line-height: 1.25;
    margin-block: 1em 0.5em;
  }
  .pq h2:focus,
  .pq h3:focus {
    outline: none;
  }
  .pq h2:focus-visible,
  .pq h3:focus-visible {
    outline: 0.15em solid var(--passerelle-color-focus, #0a58ca);
    outline-offset: 0.15em;
  }
  .pq-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
    margin-block: 1.5em 0.5em;
  }
  .pq-actions--end {
    justify-content: flex-start;
  }
  p.pq-group {
    margin-block: 0.5em 0;
    font-weight: 700;
    color: var(--passerelle-color-text-muted, #4a5568);
  }
  .pq-help {
    margin-block: 0.5em;
  }
  /* The question is the heading above; its field keeps the label for screen readers only. */
  .pq-headed > .pa-field > .pa-label,
  .pq-headed > .pa-fieldset > .pa-legend {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .pq-question-heading {
    margin-block: 0.75em 0.5em;
  }
  .pq-lead {
    font-size: 1.1em;
  }
  .pq-themes {
    margin-block: 1em;
  }
  /* A file field: wider than a 320 px screen and 13.33 px text unless told otherwise. */
  .pq-open-saved input {
    max-inline-size: 100%;
    font: inherit;
    min-block-size: 2.75em;
  }
  .pq-open-saved input::file-selector-button {
    font: inherit;
    min-block-size: 2.75em;
    margin-inline-end: 0.75em;
  }
  /* Long French words in the life events' hints must wrap at 320 px and 200 % text. */
  .pq-life-event-choices .pa-choice__label,
  .pq-life-event-choices .pa-choice__hint {
    overflow-wrap: anywhere;
  }
  .pq-dense .pa-field,
  .pq-dense .pa-fieldset {
    margin-block: 0.5em 1em;
  }
  .pq-dense section {
    border-block-start: 0.0625em solid var(--passerelle-color-border, #8a8f99);
    padding-block-start: 0.5em;
  }
  .pq-summary {
    border: 0.125em solid var(--passerelle-color-action, #0b6e69);
    border-radius: var(--passerelle-radius, 0.25em);
    padding: 0.75em 1em;
    margin-block: 1em;
  }
  .pq-summary p {
    margin-block: 0.25em;
  }
  .pq-total {
    font-size: 1.25em;
    font-weight: 700;
  }
  .pq-status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: baseline;
    font-weight: 700;
  }
  .pq-status__icon {
    display: inline-block;
    min-inline-size: 1.4em;
    text-align: center;
    border-radius: 50%;
    color: var(--passerelle-color-background, #fff);
    background: var(--passerelle-color-text, #1d2433);
  }
  .pq-status--eligible .pq-status__icon {
    background: var(--passerelle-color-success, #1e6b35);
  }
  .pq-status--possible .pq-status__icon {
    background: var(--passerelle-color-warning-strong, #8a4b00);
  }
  .pq-rights {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .pq-rights > li {
    margin-block: 1em;
  }
  .pq-reasons {
    padding-inline-start: 1.25em;
  }
  .pq-reasons li::marker {
    content: '';
  }
  .pq-reason-mark {
    display: inline-block;
    min-inline-size: 1.5em;
    font-weight: 700;
  }
  .pq-local {
    display: inline-block;
    font-size: 0.875em;
    border: 0.0625em solid currentColor;
    border-radius: var(--passerelle-radius, 0.25em);
    padding-inline: 0.4em;
    margin-block-end: 0.25em;
  }
  .pq-checklist {
    margin-block: 1em;
  }
  .pq-checklist-item {
    border-block-start: 0.0625em solid var(--passerelle-color-border, #8a8f99);
    padding-block: 0.5em;
  }
  .pq-note {
    inline-size: 100%;
    min-block-size: 3em;
    font: inherit;
    padding: 0.4em;
    border: 0.125em solid var(--passerelle-color-border-strong, #4b5563);
    border-radius: var(--passerelle-radius, 0.25em);
  }
  .pq-fiche {
    display: block;
    inline-size: 100%;
    block-size: 32em;
    margin-block-start: 1em;
    border: 0.0625em solid var(--passerelle-color-border-strong, #4b5563);
    background: #fff;
  }
  .pq-qr svg {
    inline-size: 10em;
    block-size: 10em;
  }
  .pq-when {
    font-weight: 600;
  }
  @media print {
    .pq-noprint,
    .pa-button,
    .pa-disclosure__button {
      display: none !important;
    }
    .pa-disclosure__panel[hidden] {
      display: block !important;
    }
    .pq {
      max-inline-size: none;
      color: #000;
    }
    .pa-card {
      break-inside: avoid;
      border: 0.0625em solid #000;
    }
  }
`;
