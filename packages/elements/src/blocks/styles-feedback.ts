import { css } from 'lit';

/**
 * Buttons, error summary, alerts, progress, card, disclosure and dialog: the part of blockStyles (styles.ts)
 * that is not a field. Same rules: public tokens with private fallbacks, em sizes, logical properties.
 */
export const feedbackStyles = css`
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
    .pa-option--active {
      outline: 0.1875em solid Highlight;
    }
    .pa-progress__bar::-webkit-progress-value {
      background: Highlight;
    }
    .pa-progress__bar::-moz-progress-bar {
      background: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .pa-button,
    .pa-progress__bar::-webkit-progress-value,
    .pa-disclosure__icon {
      transition: none;
    }
  }
`;
