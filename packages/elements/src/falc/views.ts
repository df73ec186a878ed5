// Rendering helpers of <passerelle-falc> that hold no state: headings, isolation of left-to-right runs
// inside Arabic text, the lexicon.
import type { Explanation, IndexEntry, Locale } from '@passerelle/content/lazy';
import { html, nothing, type TemplateResult } from 'lit';
import { heading as blockHeading } from '../blocks/heading.js';

/** A heading of level 2 to 6 (the host page keeps its h1), focusable for focus moves. */
export const heading = (level: number, id: string, content: unknown, cls: string, part = 'heading') =>
  blockHeading(level, content, id, cls, { part, focusable: true });

/** The right named by a page address: `#droit=rsa` (never sent to a server) or `?droit=rsa`. */
export function rightFromAddress(href: string): string {
  const url = new URL(href);
  const hash = new URLSearchParams(url.hash.slice(1)).get('droit');
  return (hash ?? url.searchParams.get('droit') ?? '').trim();
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

/** A right's name in the list, in the text's language; French when the Arabic titles could not come. */
export function listTitle(c: IndexEntry, locale: Locale, ar: Readonly<Record<string, string>> | undefined) {
  const arabic = locale === 'ar' ? ar?.[c.id] : undefined;
  if (arabic) return html`<span lang="ar" dir="rtl">${isolateRuns(arabic, true)}</span>`;
  const l = locale === 'en' ? 'en' : 'fr';
  return html`<span lang=${l} dir="ltr">${c.title[l]}</span>`;
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
