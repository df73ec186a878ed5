import { css } from 'lit';

/**
 * Typography reset on :host so host-page rules (line-height: 1, uppercase labels, letter-spacing…) do not
 * leak in by inheritance. Sizes in em (never rem: hosts often set html { font-size: 62.5% }); the 16px floor
 * keeps text readable when such a host forgets to set a body size. Text-spacing overrides set by the user
 * on the host still apply, since outer rules win over :host rules.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--passerelle-font-family, inherit);
    font-size: var(--passerelle-font-size, max(1em, 16px));
    font-weight: var(--passerelle-font-weight-normal, 400);
    font-style: normal;
    line-height: var(--passerelle-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    color: var(--passerelle-color-text, #1d2433);
    background-color: var(--passerelle-color-background, #ffffff);
    padding: var(--passerelle-inset, 0);
    border-radius: var(--passerelle-radius-large, 0.75em);
    -webkit-text-size-adjust: 100%;
    overflow-wrap: break-word;
    max-inline-size: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;
