import { css } from 'lit';

// The finder's own layout; fields, labels, focus and buttons come from blockStyles.
export const finderStyles = css`
  .pf {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }
  .pf > *,
  .pf__form > * {
    min-inline-size: 0;
  }
  .pf__title {
    font-size: 1.4em;
    margin: 0;
    line-height: 1.25;
  }
  .pf__badge {
    display: inline-block;
    padding: 0.15em 0.6em;
    border: 0.125em solid;
    border-radius: 1em;
    font-weight: 700;
    font-size: 0.9em;
  }
  .pf__row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: flex-end;
  }
  .pf__group-title {
    font-size: 1.15em;
    margin-block: 0.5em;
  }
  .pf__list,
  .pf__week {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .pf__list {
    display: grid;
    gap: 0.75em;
  }
  .pf__item {
    border: 0.0625em solid var(--passerelle-color-border, #8a8a8a);
    border-radius: var(--passerelle-radius, 0.5em);
    padding: 0.75em 1em;
    background: var(--passerelle-color-surface, #fff);
  }
  .pf__name {
    font-size: 1.05em;
    margin: 0 0 0.25em;
  }
  .pf__meta {
    margin: 0.15em 0;
  }
  .pf__open,
  .pf__detail dt {
    font-weight: 700;
  }
  .pf a,
  .pf__linkbutton {
    color: var(--passerelle-color-action, #0b6e69);
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  .pf__linkbutton {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: start;
    min-block-size: 1.5em;
  }
  .pf__detail dl {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: 0.35em 1em;
    margin: 0;
  }
  .pf__detail dd {
    margin: 0;
  }
  .pf__credits {
    font-size: 0.85em;
  }
  @media (max-width: 30em) {
    .pf__detail dl {
  grid-template-columns: 1fr;
    }
  }
  @media print {
    .pf__form,
    .pf__actions,
    .pf__credits {
  display: none;
    }
  }
`;
