// @passerelle/content: easy-to-read (FALC) explanations of every right of @passerelle/rules, with a
// glossary, in French, easy English and easy Arabic. Typed data only; amounts come from the rules' parameters.
// Browsers: CONTENT_INDEX (ids and titles) and loadExplanation (one chunk per right, on demand).
// Node, tests, checker: CONTENT, getExplanation, glossary (everything at once).
import { type RenderOptions, rulesLookup } from './amounts.js';
import { CONTENT, getContent } from './content.js';
import { type Explanation, explain } from './explain.js';
import { glossary } from './glossary.js';
import type { Locale } from './types.js';

export * from './types.js';
export {
  ContentError,
  evaluatePlaceholder,
  formatEuros,
  formatNumber,
  type ParameterLookup,
  type Placeholder,
  placeholders,
  type RenderOptions,
  renderAmounts,
  rulesLookup,
  tableLookup,
  todayInParis,
} from './amounts.js';
export { type Block, findGlossaryTerms, type GlossaryMatch, parseBody, sentencesOf } from './body.js';
export { CONTENT_INDEX } from './catalog.js';
export { CONTENT, getContent } from './content.js';
export type { ExplainOptions, Explanation, ExplanationSection } from './explain.js';
export { glossary } from './glossary.js';
export { SECTION_HEADINGS } from './headings.js';
export { RIGHT_ENTRIES } from './entries.js';
export { contentEntry, loadExplanation, loadTitles } from './lazy.js';

/** Ids of the rights that have an explanation. */
export function contentIds(): string[] {
  return CONTENT.map((c) => c.id);
}

/**
 * The explanation of a right in a locale, with amounts at `date` (default: today in Paris), synchronously
 * (every text is bundled: use loadExplanation in a browser). Returns undefined for a right without
 * content; throws ContentError if an amount cannot be computed.
 */
export function getExplanation(
  rightId: string,
  locale: Locale = 'fr',
  options: Omit<RenderOptions, 'locale'> = {},
): Explanation | undefined {
  const content = getContent(rightId);
  return content && explain(content, locale, glossary[locale], rulesLookup, options);
}

/**
 * All explanations as plain JSON, in the format `passerelle-falc check` reads
 * (`{ explanations: [{ id, locale, sections: [{ heading, body }] }], glossary }`), one file per locale.
 */
export function contentAsJson(locale: Locale, options: Omit<RenderOptions, 'locale'> = {}) {
  return {
    locale,
    explanations: CONTENT.map((c) => {
      const e = getExplanation(c.id, locale, options) as Explanation;
      return {
        id: c.id,
        locale,
        status: e.status,
        sections: e.sections.map((s) => ({ heading: s.heading, body: s.body })),
      };
    }),
    glossary: glossary[locale].map(({ term, aliases, definition }) => ({
      term,
      aliases: aliases ?? [],
      definition,
    })),
  };
}
