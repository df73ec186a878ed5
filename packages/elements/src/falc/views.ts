// Rendering helpers of <passerelle-falc> that hold no state: headings, isolation of left-to-right runs
// inside Arabic text, the lexicon.
import type { Explanation } from '@passerelle/content/lazy';
import { html, nothing, type TemplateResult } from 'lit';

/** A heading of level 2 to 6 (the host page keeps its h1). */
export function heading(
  level: number,
  id: string,
  content: unknown,
  cls: string,
  part = 'heading',
): TemplateResult {
  switch (Math.min(6, Math.max(2, level))) {
    case 3:
      return html`<h3 id=${id} class=${cls} part=${part} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} part=${part} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} part=${part} tabindex="-1">${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${cls} part=${part} tabindex="-1">${content}</h6>`;
    default:
      return html`<h2 id=${id} class=${cls} part=${part} tabindex="-1">${content}</h2>`;
  }
}

export const oneLine = (text: string): string => text.split('\n').join(' ');

// A run written left to right: French names and acronyms (France Travail, CAF), amounts (651.69 €), web
// addresses (caf.fr), phone numbers (3939). Brackets and end punctuation stay outside, in the Arabic flow.
const LTR_RUN = /[\p{Script=Latin}\d][\p{Script=Latin}\d\s.,'’@:/+€%-]*/gu;
const RUN_END = /[^\p{Script=Latin}\d€%]+$/u;

/**
 * In right-to-left text, each left-to-right run in a `<bdi>`, so that it neither reorders nor drags the
 * punctuation around it (as the questionnaire isolates names and amounts). Left-to-right text: as is.
 */
export function isolateRuns(text: string, rtl: boolean): unknown[] {
  if (!rtl) return [text];
  const parts: unknown[] = [];
  let pos = 0;
  for (const m of text.matchAll(LTR_RUN)) {
    const run = m[0].replace(RUN_END, '');
    const start = m.index ?? 0;
    parts.push(text.slice(pos, start), html`<bdi>${run}</bdi>`);
    pos = start + run.length;
  }
  parts.push(text.slice(pos));
  return parts;
}

/** The glossary words of the explanation with their definitions, after the sections. */
export function renderLexicon(
  e: Explanation,
  level: number,
  title: string,
  dir: 'ltr' | 'rtl',
): TemplateResult | typeof nothing {
  if (e.glossary.length === 0) return nothing;
  const rtl = dir === 'rtl';
  return html`<div class="section lexicon">
    ${heading(level, 'h-lexique', title, 'heading lexicon-title')}
    <dl lang=${e.locale} dir=${dir}>
      ${e.glossary.map((g) => html`<dt>${isolateRuns(g.term, rtl)}</dt><dd>${isolateRuns(oneLine(g.definition), rtl)}</dd>`)}
    </dl>
  </div>`;
}
