// '@passerelle/content/lazy': the entry for browsers. The list of rights is light (catalog.ts); a right's
// text, the glossary of its locale and the amounts engine (with the rules' parameters) come with the first
// right shown, as separate chunks. Nothing here imports a text statically: keep it so (a size test checks).
import { CONTENT_INDEX } from './catalog.js';
import type { ExplainOptions, Explanation } from './explain.js';
import { GLOSSARY_LOADERS, RIGHT_LOADERS } from './loaders.js';
import type { Locale, RightEntry } from './types.js';

export { type Block, findGlossaryTerms, type GlossaryMatch, parseBody, sentencesOf } from './body.js';
export { CONTENT_INDEX } from './catalog.js';
export type { ExplainOptions, Explanation, ExplanationSection } from './explain.js';
export type { ContentStatus, GlossaryEntry, Locale, RightEntry, SectionId } from './types.js';

/** The line of the list of rights for an id, or undefined when the right has no explanation. */
export function contentEntry(rightId: string): RightEntry | undefined {
  return CONTENT_INDEX.find((e) => e.id === rightId);
}

/**
 * The explanation of a right, loading its text on demand. Resolves to undefined for a right without
 * content. Rejects with a ContentError if an amount cannot be computed at `options.date`, and with the
 * browser's error if a chunk cannot be fetched (offline): callers may simply call again.
 */
export async function loadExplanation(
  rightId: string,
  locale: Locale = 'fr',
  options: ExplainOptions = {},
): Promise<Explanation | undefined> {
  const entry = contentEntry(rightId);
  const loadBody = RIGHT_LOADERS[rightId];
  if (!entry || !loadBody) return undefined;
  const [body, entries, { explain, withTitles }] = await Promise.all([
    loadBody(),
    GLOSSARY_LOADERS[locale](),
    import('./explain.js'),
  ]);
  return explain(withTitles(entry, body.default), locale, entries.default, options);
}
