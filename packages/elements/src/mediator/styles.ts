import { css } from 'lit';

/** Layout of the mediator's workspace; fields, buttons and alerts come from blockStyles. */
export const mediatorStyles = css`
  /* Accompagnement mode is used on desk screens: answers and checklist side by side when there is room. */
  .pq-dense {
    max-inline-size: var(--passerelle-questionnaire-max-width, 80em);
    container-type: inline-size;
  }
  @container (min-width: 60em) {
    .pq-side {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 2em;
      align-items: start;
    }
    .pq-side-checklist {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow-y: auto;
    }
  }
  .pq-theme-nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    list-style: none;
    padding: 0;
  }
  .pq-dense section.pm-checklist,
  .pq-dense section.pm-bilans,
  .pq-dense section.pm-activity {
    border-block-start: 0;
  }
  .pm-new {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em;
  }
  .pm-new .pa-field {
    margin-block-end: 0;
  }
  .pm-list {
    list-style: none;
    padding: 0;
    margin-block: 1em;
    display: grid;
    gap: 0.75em;
  }
  .pm-item {
    border: 1px solid var(--passerelle-color-border-subtle, #c9d3d6);
    border-radius: var(--passerelle-radius, 0.5em);
    padding: 0.75em 1em;
  }
  .pm-item--current {
    border-color: var(--passerelle-color-action, #0b6e69);
    border-inline-start-width: 0.35em;
  }
  .pm-item-title {
    margin-block: 0 0.25em;
    font-size: 1.1em;
  }
  .pm-badge {
    font-size: 0.8em;
    font-weight: normal;
    color: var(--passerelle-color-text-muted, #4a5568);
  }
  .pm-meta {
    margin-block: 0 0.5em;
    color: var(--passerelle-color-text-muted, #4a5568);
  }
  .pm-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .pm-follow {
    border-inline-start: 0.25em solid var(--passerelle-color-border-subtle, #c9d3d6);
    padding-inline-start: 0.75em;
    margin-block: 0.75em;
  }
  .pm-follow-grid {
    display: grid;
    gap: 0 1em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
  }
  .pm-checks {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .pm-check {
    border-block-end: 1px solid var(--passerelle-color-border-subtle, #c9d3d6);
    padding-block: 0.375em;
  }
  /* Dense results: one line per right (the name opens its card), the next step under it. */
  .pm-right {
    display: grid;
    grid-template-columns: minmax(0, 4fr) minmax(0, 4fr) minmax(0, 3fr);
    align-items: baseline;
    gap: 0 1em;
    padding: 0.25em 0.75em;
    margin-block: 0 0.375em;
    font-weight: normal;
  }
  .pm-right .pm-right-title,
  .pm-right > p {
    margin: 0;
  }
  .pm-right-title {
    font-size: 1em;
  }
  .pm-right-status {
    font-weight: normal;
    flex-wrap: nowrap;
  }
  .pm-right-amount {
    font-weight: 700;
  }
  .pm-right-next,
  .pm-right-panel {
    grid-column: 1 / -1;
  }
  .pm-right-next {
    padding-inline-start: 1.6em;
    padding-block-end: 0.25em;
  }
  .pm-right-next-label,
  .pm-check .pa-hint {
    color: var(--passerelle-color-text-muted, #4a5568);
  }
  @container (max-width: 40em) {
    .pm-right {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* A checklist row: the right's state on one line, "Raison, aide et note" at its end. */
  .pm-check {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0 1em;
  }
  .pm-check > .pa-fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1em;
    margin-block: 0;
  }
  .pm-check > .pa-fieldset > .pa-legend {
    float: inline-start;
    margin: 0;
  }
  .pm-check > .pa-fieldset > .pa-hint {
    margin: 0;
  }
  .pm-check > .pa-disclosure {
    display: contents;
  }
  .pm-check .pa-disclosure__panel {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
    gap: 0 1em;
    align-items: end;
    margin-block: 0.25em;
  }
  .pm-check .pa-disclosure__panel[hidden] {
    display: none;
  }
  .pm-check .pm-follow {
    margin-block: 0;
    grid-column: span 2;
  }
  @container (max-width: 40em) {
    .pm-check {
      grid-template-columns: minmax(0, 1fr);
    }
    .pm-check .pm-follow {
      grid-column: auto;
    }
  }
  .pm-note textarea {
    min-block-size: 2.75em;
  }
  .pm-orientation ul {
    margin-block: 0.25em;
    padding-inline-start: 1.25em;
  }
  .pm-orientation-title {
    margin-block: 0.5em 0;
  }
  .pm-table-wrap {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  .pm-table {
    border-collapse: collapse;
    min-inline-size: 100%;
  }
  .pm-table caption {
    text-align: start;
    font-weight: bold;
    padding-block: 0.5em;
  }
  .pm-table th,
  .pm-table td {
    border: 1px solid var(--passerelle-color-border-subtle, #c9d3d6);
    padding: 0.3em 0.5em;
    text-align: start;
  }
  .pm-num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
