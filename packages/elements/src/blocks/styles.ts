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
    padding-inline: var(--_pa-s3);
    border: var(--_pa-bw) solid var(--_pa-border);
    border-inline-start: 0;
    border-start-end-radius: var(--_pa-radius);
    border-end-end-radius: var(--_pa-radius);
    background: var(--_pa-surface);
    color: var(--_pa-text);
    font-weight: var(--_pa-bold);
  }

  .pa-date__items {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pa-s3);
  }

  /* Error summary */
  .pa-error-summary {
    border: var(--_pa-bw) solid var(--_pa-error);
    border-inline-start-width: 0.5em;
    border-radius: var(--_pa-radius);
    background: var(--_pa-error-surface);
    color: var(--_pa-text);
    padding: var(--_pa-s4);
    margin-block: 0 var(--_pa-s5);
  }
  .pa-error-summary__title {
    color: var(--_pa-error);
  }
  .pa-error-summary__intro {
    margin-block: 0 var(--_pa-s2);
  }
  .pa-error-summary__list {
    margin: 0;
    padding-inline-start: var(--_pa-s5);
  }
  .pa-error-summary__list li {
    margin-block: var(--_pa-s1);
  }
  .pa-error-summary .pa-link {
    color: var(--_pa-error);
    font-weight: var(--_pa-bold);
  }

  /* Progress */
  .pa-progress {
    margin-block: 0 var(--_pa-s4);
  }
  .pa-progress__text {
    margin-block: 0 var(--_pa-s1);
    font-weight: var(--_pa-bold);
  }
  .pa-progress__bar {
    display: block;
    inline-size: 100%;
    block-size: 0.75em;
    appearance: none;
    border: 0.0625em solid var(--_pa-border);
    border-radius: var(--_pa-radius);
    background: var(--_pa-bg);
    overflow: hidden;
  }
  .pa-progress__bar::-webkit-progress-bar {
    background: var(--_pa-bg);
  }
  .pa-progress__bar::-webkit-progress-value {
    background: var(--_pa-action);
    transition: inline-size var(--_pa-duration) var(--_pa-easing);
  }
  .pa-progress__bar::-moz-progress-bar {
    background: var(--_pa-action);
  }

  /* Card */
  .pa-card {
    background: var(--_pa-surface);
    color: var(--_pa-text);
    border: 0.0625em solid var(--_pa-border-subtle);
    border-radius: var(--_pa-radius-lg);
    padding: var(--_pa-s4);
    margin-block: 0 var(--_pa-s4);
    min-inline-size: 0;
  }
  .pa-card__footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pa-s2);
    margin-block-start: var(--_pa-s3);
  }

  /* Disclosure */
  .pa-disclosure__button {
    display: inline-flex;
    align-items: center;
    gap: var(--_pa-s2);
    min-block-size: var(--_pa-target);
    padding-block: var(--_pa-s1);
    padding-inline: var(--_pa-s1) var(--_pa-s2);
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: inherit;
    text-transform: none;
    text-align: start;
    color: var(--_pa-action);
    background: transparent;
    border: 0;
    border-radius: var(--_pa-radius);
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
    transition: transform var(--_pa-duration) var(--_pa-easing);
  }
  .pa-disclosure__button[aria-expanded='true'] .pa-disclosure__icon {
    transform: rotate(90deg);
  }
  .pa-disclosure__button[aria-expanded='true']:dir(rtl) .pa-disclosure__icon {
    transform: rotate(-90deg);
  }
  .pa-disclosure__panel {
    padding-block: var(--_pa-s2);
    padding-inline-start: var(--_pa-s4);
    border-inline-start: 0.25em solid var(--_pa-border-subtle);
    margin-block-end: var(--_pa-s3);
  }

  /* Dialog */
  .pa-dialog {
    inline-size: min(32em, calc(100vw - 2em));
    max-block-size: calc(100dvh - 2em);
    overflow: auto;
    padding: var(--_pa-s5);
    color: var(--_pa-text);
    background: var(--_pa-bg);
    border: var(--_pa-bw) solid var(--_pa-border);
    border-radius: var(--_pa-radius-lg);
    font: inherit;
  }
  .pa-dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .pa-dialog__actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_pa-s3);
    margin-block-start: var(--_pa-s5);
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
