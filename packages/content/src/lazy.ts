// '@passerelle/content/lazy': the entry for browsers. The list of rights is light (catalog.ts). Opening a
// right fetches its pack (its text, the glossary entries it uses, the values of the parameters it names) and,
// the first time, the amounts engine: never a whole glossary nor the rules' parameters. Nothing here imports
// a text statically: keep it so (a size test checks).
import { CONTENT_INDEX } from './catalog.js';
import type { ExplainOptions, Explanation } from './explain.js';
import { RIGHT_LOADERS } from './loaders.js';
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
  const loadPack = Object.hasOwn(RIGHT_LOADERS, rightId) ? RIGHT_LOADERS[rightId] : undefined;
  if (!entry || !loadPack) return undefined;
  const [{ default: pack }, { explain, tableLookup, withTitles }] = await Promise.all([
    loadPack(),
    import('./explain.js'),
  ]);
  return explain(
    withTitles(entry, pack.body),
    locale,
    pack.glossary[locale],
    tableLookup(pack.values),
    options,
  );
}
