// Styles of <passerelle-falc>: large calm type, one highlighted sentence, hard words, definitions in place.
import { css } from 'lit';

export const falcStyles = css`
  .falc {
    font-family: var(--passerelle-falc-font-family, var(--passerelle-font-family, inherit));
    font-size: var(--passerelle-falc-font-size, 1.125em);
    line-height: 1.5;
    text-align: start;
    hyphens: none;
    word-break: normal;
    max-inline-size: var(--passerelle-falc-max-width, 38em);
  }
  .title {
    font-size: 1.5em;
    font-weight: var(--passerelle-font-weight-bold, 700);
    line-height: 1.3;
    margin-block: 0 var(--passerelle-space-3, 0.75em);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--passerelle-space-2, 0.5em) var(--passerelle-space-4, 1em);
    align-items: center;
    margin-block-end: var(--passerelle-space-4, 1em);
  }
  .badge {
    display: inline-block;
    padding: var(--passerelle-space-1, 0.25em) var(--passerelle-space-3, 0.75em);
    border: var(--passerelle-border-width, 0.125em) solid currentColor;
    border-radius: var(--passerelle-radius, 0.375em);
    font-weight: var(--passerelle-font-weight-bold, 700);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--passerelle-space-2, 0.5em);
    margin-block-end: var(--passerelle-space-4, 1em);
  }
  .section {
    margin-block: var(--passerelle-space-5, 1.5em);
  }
  .section-head {
    display: flex;
    align-items: center;
    gap: var(--passerelle-space-3, 0.75em);
    margin-block-end: var(--passerelle-space-2, 0.5em);
  }
  .section-head .heading,
  .lexicon-title {
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0;
  }
  .picto {
    flex: none;
    inline-size: 2.5em;
    block-size: 2.5em;
    color: var(--passerelle-color-action, #0b6e69);
  }
  .picto svg {
    inline-size: 100%;
    block-size: 100%;
  }
  p,
  ul {
    margin-block: 0 var(--passerelle-space-3, 0.75em);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li {
    margin-block-end: var(--passerelle-space-1, 0.25em);
  }
  .sentence {
    display: block;
    border-radius: var(--passerelle-radius, 0.375em);
  }
  li .sentence {
    display: inline;
  }
  .sentence.is-speaking {
    background: var(--passerelle-falc-highlight, #fff3b0);
    color: #1d2433;
    outline: var(--passerelle-border-width, 0.125em) solid currentColor;
    outline-offset: 0.1em;
    text-decoration: underline;
    text-decoration-thickness: 0.1em;
  }
  .sentence.is-speaking .word {
    color: inherit;
  }
  .word {
    font: inherit;
    color: var(--passerelle-color-action, #0b6e69);
    background: none;
    border: 0;
    padding: 0;
    margin: 0;
    text-decoration: underline dotted;
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.2em;
    cursor: pointer;
    font-weight: var(--passerelle-font-weight-bold, 700);
  }
  .word[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  .definition {
    display: block;
    margin-block: var(--passerelle-space-2, 0.5em) var(--passerelle-space-3, 0.75em);
    padding: var(--passerelle-space-2, 0.5em) var(--passerelle-space-3, 0.75em);
    border-inline-start: 0.25em solid var(--passerelle-color-action, #0b6e69);
    background: var(--passerelle-color-surface, #eef4f3);
  }
  .definition-term {
    font-weight: var(--passerelle-font-weight-bold, 700);
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: var(--passerelle-font-weight-bold, 700);
    margin-block-start: var(--passerelle-space-3, 0.75em);
  }
  dd {
    margin-inline-start: 0;
  }
  .official {
    margin-block-start: var(--passerelle-space-5, 1.5em);
  }
  a {
    color: var(--passerelle-color-action, #0b6e69);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  .choices {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--passerelle-space-2, 0.5em);
  }
  .choice {
    inline-size: 100%;
    justify-content: flex-start;
    text-align: start;
  }
`;
