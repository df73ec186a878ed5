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
    font-weight: var(--_pa-bold);
    line-height: 1.3;
    margin-block: 0 var(--_pa-s3);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pa-s2) var(--_pa-s4);
    align-items: center;
    margin-block-end: var(--_pa-s4);
  }
  .badge {
    display: inline-block;
    padding: var(--_pa-s1) var(--_pa-s3);
    border: var(--_pa-bw) solid currentColor;
    border-radius: var(--_pa-radius);
    font-weight: var(--_pa-bold);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pa-s2);
    margin-block-end: var(--_pa-s4);
  }
  .section {
    margin-block: var(--_pa-s5);
  }
  .section-head {
    display: flex;
    align-items: center;
    gap: var(--_pa-s3);
    margin-block-end: var(--_pa-s2);
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
    color: var(--_pa-action);
  }
  .picto svg {
    inline-size: 100%;
    block-size: 100%;
  }
  p,
  ul {
    margin-block: 0 var(--_pa-s3);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li {
    margin-block-end: var(--_pa-s1);
  }
  .sentence {
    display: block;
    border-radius: var(--_pa-radius);
  }
  li .sentence {
    display: inline;
  }
  .sentence.is-speaking {
    background: var(--passerelle-falc-highlight, #fff3b0);
    color: #1d2433;
    outline: var(--_pa-bw) solid currentColor;
    outline-offset: 0.1em;
    text-decoration: underline;
    text-decoration-thickness: 0.1em;
  }
  .sentence.is-speaking .word {
    color: inherit;
  }
  .word {
    font: inherit;
    color: var(--_pa-action);
    background: none;
    border: 0;
    padding: 0;
    margin: 0;
    text-decoration: underline dotted;
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.2em;
    cursor: pointer;
    font-weight: var(--_pa-bold);
  }
  .word[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  .definition {
    display: block;
    margin-block: var(--_pa-s2) var(--_pa-s3);
    padding: var(--_pa-s2) var(--_pa-s3);
    border-inline-start: 0.25em solid var(--_pa-action);
    background: var(--_pa-surface);
  }
  .definition-term {
    font-weight: var(--_pa-bold);
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: var(--_pa-bold);
    margin-block-start: var(--_pa-s3);
  }
  dd {
    margin-inline-start: 0;
  }
  .official {
    margin-block-start: var(--_pa-s5);
  }
  a {
    color: var(--_pa-action);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  .choices {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_pa-s2);
  }
  .choice {
    inline-size: 100%;
    justify-content: flex-start;
    text-align: start;
  }
`;
