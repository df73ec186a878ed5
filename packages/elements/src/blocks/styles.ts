import { css } from 'lit';
import { actionStyles, coreStyles, fieldStyles } from './styles-core.js';

/**
 * The blocks that only some widgets show: money and date fields, error summary, progress, card, disclosure
 * and dialog (see styles-core.ts for the rules every part follows).
 */
const moreStyles = css`
  .pa-input--day {
    inline-size: 3.5em;
  }
  .pa-input--year {
    inline-size: 5em;
  }
  .pa-input--money {
    max-inline-size: 12em;
    text-align: end;
  }
  .pa-input-group {
    display: flex;
    align-items: stretch;
    max-inline-size: 100%;
  }
  .pa-input-group .pa-input {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
    min-inline-size: 0;
  }
  .pa-input-unit {
    display: flex;
    align-items: center;
    padding-inline: var(--passerelle-space-3, 0.75em);
    border: var(--passerelle-border-width, 0.125em) solid var(--passerelle-color-border, #6b7280);
    border-inline-start: 0;
    border-start-end-radius: var(--passerelle-radius, 0.375em);
    border-end-end-radius: var(--passerelle-radius, 0.375em);
    background: var(--passerelle-color-surface, #eef4f3);
    color: var(--passerelle-color-text, #1d2433);
    font-weight: var(--passerelle-font-weight-bold, 700);
  }

  .pa-date__items {
    display: flex;
    flex-wrap: wrap;
    gap: var(--passerelle-space-3, 0.75em);
  }

  /* Error summary */
  .pa-error-summary {
    border: var(--passerelle-border-width, 0.125em) solid var(--passerelle-color-error, #b42318);
    border-inline-start-width: 0.5em;
    border-radius: var(--passerelle-radius, 0.375em);
    background: var(--passerelle-color-error-surface, #fdecea);
    color: var(--passerelle-color-text, #1d2433);
    padding: var(--passerelle-space-4, 1em);
    margin-block: 0 var(--passerelle-space-5, 1.5em);
  }
  .pa-error-summary__title {
    color: var(--passerelle-color-error, #b42318);
  }
  .pa-error-summary__intro {
    margin-block: 0 var(--passerelle-space-2, 0.5em);
  }
  .pa-error-summary__list {
    margin: 0;
    padding-inline-start: var(--passerelle-space-5, 1.5em);
  }
  .pa-error-summary__list li {
    margin-block: var(--passerelle-space-1, 0.25em);
  }
  .pa-error-summary .pa-link {
    color: var(--passerelle-color-error, #b42318);
    font-weight: var(--passerelle-font-weight-bold, 700);
  }

  /* Progress */
  .pa-progress {
    margin-block: 0 var(--passerelle-space-4, 1em);
  }
  .pa-progress__text {
    margin-block: 0 var(--passerelle-space-1, 0.25em);
    font-weight: var(--passerelle-font-weight-bold, 700);
  }
  .pa-progress__bar {
    display: block;
    inline-size: 100%;
    block-size: 0.75em;
    appearance: none;
    border: 0.0625em solid var(--passerelle-color-border, #6b7280);
    border-radius: var(--passerelle-radius, 0.375em);
    background: var(--passerelle-color-background, #ffffff);
    overflow: hidden;
  }
  .pa-progress__bar::-webkit-progress-bar {
    background: var(--passerelle-color-background, #ffffff);
  }
  .pa-progress__bar::-webkit-progress-value {
    background: var(--passerelle-color-action, #0b6e69);
    transition: inline-size var(--passerelle-motion-duration, 150ms) var(--passerelle-motion-easing, ease-out);
  }
  .pa-progress__bar::-moz-progress-bar {
    background: var(--passerelle-color-action, #0b6e69);
  }

  /* Card */
  .pa-card {
    background: var(--passerelle-color-surface, #eef4f3);
    color: var(--passerelle-color-text, #1d2433);
    border: 0.0625em solid var(--passerelle-color-border-subtle, #c9d3d6);
    border-radius: var(--passerelle-radius-large, 0.75em);
    padding: var(--passerelle-space-4, 1em);
    margin-block: 0 var(--passerelle-space-4, 1em);
    min-inline-size: 0;
  }
  .pa-card__footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--passerelle-space-2, 0.5em);
    margin-block-start: var(--passerelle-space-3, 0.75em);
  }

  /* Disclosure */
  .pa-disclosure__button {
    display: inline-flex;
    align-items: center;
    gap: var(--passerelle-space-2, 0.5em);
    min-block-size: var(--passerelle-target-size, 2.75em);
    padding-block: var(--passerelle-space-1, 0.25em);
    padding-inline: var(--passerelle-space-1, 0.25em) var(--passerelle-space-2, 0.5em);
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: inherit;
    text-transform: none;
    text-align: start;
    color: var(--passerelle-color-action, #0b6e69);
    background: transparent;
    border: 0;
    border-radius: var(--passerelle-radius, 0.375em);
    text-decoration: underline;
    cursor: pointer;
    margin: 0;
  }
  .pa-disclosure__icon {
    flex: none;
    inline-size: 0;
    block-size: 0;
    border-block: 0.35em solid transparent;
    border-inline-start: 0.55em solid currentColor;
    transition: transform var(--passerelle-motion-duration, 150ms) var(--passerelle-motion-easing, ease-out);
  }
  .pa-disclosure__button[aria-expanded='true'] .pa-disclosure__icon {
    transform: rotate(90deg);
  }
  .pa-disclosure__button[aria-expanded='true']:dir(rtl) .pa-disclosure__icon {
    transform: rotate(-90deg);
  }
  .pa-disclosure__panel {
    padding-block: var(--passerelle-space-2, 0.5em);
    padding-inline-start: var(--passerelle-space-4, 1em);
    border-inline-start: 0.25em solid var(--passerelle-color-border-subtle, #c9d3d6);
    margin-block-end: var(--passerelle-space-3, 0.75em);
  }

  /* Dialog */
  .pa-dialog {
    inline-size: min(32em, calc(100vw - 2em));
    max-block-size: calc(100dvh - 2em);
    overflow: auto;
    padding: var(--passerelle-space-5, 1.5em);
    color: var(--passerelle-color-text, #1d2433);
    background: var(--passerelle-color-background, #ffffff);
    border: var(--passerelle-border-width, 0.125em) solid var(--passerelle-color-border, #6b7280);
    border-radius: var(--passerelle-radius-large, 0.75em);
    font: inherit;
  }
  .pa-dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .pa-dialog__actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--passerelle-space-3, 0.75em);
    margin-block-start: var(--passerelle-space-5, 1.5em);
  }

  @media (forced-colors: active) {
    .pa-progress__bar::-webkit-progress-value {
      background: Highlight;
    }
    .pa-progress__bar::-moz-progress-bar {
      background: Highlight;
    }
  }
`;

/** Every building block: `static styles = [PasserelleElement.styles, blockStyles, css\`…\`]`. */
export const blockStyles = css`${coreStyles}${fieldStyles}${actionStyles}${moreStyles}`;
