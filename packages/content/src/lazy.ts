// '@passerelle/content/lazy': the entry for browsers. The list of rights is light (catalog.ts; the Arabic
// titles come apart, on an Arabic page only). Opening a
// right the first time fetches every right's pack (text, glossary entries, parameter values) and the amounts
// engine, all at once: the files asked for never depend on the right opened, so a server's logs cannot tell
// which right a person read. Nothing here imports a text statically: keep it so (a size test checks).
import { CONTENT_INDEX } from './catalog.js';
import type { ExplainOptions, Explanation } from './explain.js';
import { RIGHT_LOADERS } from './loaders.js';
import type { IndexEntry, Locale } from './types.js';

export { type Block, findGlossaryTerms, type GlossaryMatch, parseBody, sentencesOf } from './body.js';
export { CONTENT_INDEX } from './catalog.js';
export type { ExplainOptions, Explanation, ExplanationSection } from './explain.js';
export type { ContentStatus, GlossaryEntry, IndexEntry, Locale, RightEntry, SectionId } from './types.js';

/** The line of the list of rights for an id, or undefined when the right has no explanation. */
export function contentEntry(rightId: string): IndexEntry | undefined {
  return CONTENT_INDEX.find((e) => e.id === rightId);
}

/** Titles of the rights in a locale, by id: French and English at once, Arabic fetched on first use. */
export async function loadTitles(locale: Locale): Promise<Readonly<Record<string, string>>> {
  if (locale === 'ar') return (await import('./titles.ar.js')).default;
  return Object.fromEntries(CONTENT_INDEX.map((e) => [e.id, e.title[locale]]));
}

let everyPackAsked = false;

/** Asks for every pack once, in one wave (the browser keeps the modules: later openings cost nothing). */
function requestEveryPack(): void {
  if (everyPackAsked) return;
  everyPackAsked = true;
  void Promise.allSettled(Object.values(RIGHT_LOADERS).map((load) => load()));
}

/**
 * The explanation of a right, loading the texts on demand (all of them the first time, see above). Resolves to undefined for a right without
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
  requestEveryPack();
  const [{ default: pack }, { explain, tableLookup, withArabicTitle, withTitles }, ar] = await Promise.all([
    loadPack(),
    import('./explain.js'),
    locale === 'ar' ? loadTitles('ar') : undefined,
  ]);
  // Only the title of the locale shown is read: the Arabic one is fetched on an Arabic page only.
  const full = ar ? withArabicTitle(entry, ar) : { id: entry.id, title: { ...entry.title, ar: '' } };
  return explain(
    withTitles(full, pack.body),
    locale,
    pack.glossary[locale],
    tableLookup(pack.values),
    options,
  );
}
