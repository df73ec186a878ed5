// Turns a right's text into an Explanation: amounts filled in at a date, blocks for rendering, the glossary
// entries it uses. Shared by getExplanation (everything loaded) and loadExplanation (loaded on demand), so it
// must not import parameter data or a whole glossary: the caller passes both.
import { type ParameterLookup, type RenderOptions, renderAmounts, todayInParis } from './render.js';
import { type Block, findGlossaryTerms, parseBody } from './body.js';
import { SECTION_HEADINGS } from './headings.js';
import {
  type ContentStatus,
  type GlossaryEntry,
  type IndexEntry,
  type Locale,
  type RightBody,
  type RightContent,
  type RightEntry,
  SECTION_IDS,
  type SectionId,
} from './types.js';

export interface ExplanationSection {
  id: SectionId;
  heading: string;
  /** Body with amounts filled in, one sentence per line. */
  body: string;
  blocks: Block[];
}

export interface Explanation {
  rightId: string;
  locale: Locale;
  title: string;
  officialUrl: string;
  status: ContentStatus;
  /** True only for texts reviewed by people concerned: the only ones that may carry a FALC badge. */
  reviewed: boolean;
  /** Date of the amounts (YYYY-MM-DD). */
  date: string;
  sections: ExplanationSection[];
  /** The glossary entries that occur in this explanation, in order of first use. */
  glossary: GlossaryEntry[];
}

export type ExplainOptions = Omit<RenderOptions, 'locale'>;

/** An index line with its Arabic title (titles.ar.ts); throws when the title is missing. */
export function withArabicTitle(entry: IndexEntry, ar: Readonly<Record<string, string>>): RightEntry {
  const title = Object.hasOwn(ar, entry.id) ? ar[entry.id] : undefined;
  if (!title) throw new Error(`titles.ar.ts has no title for "${entry.id}"`);
  return { id: entry.id, title: { ...entry.title, ar: title } };
}

/** A right's text with its titles put back. */
export function withTitles(entry: RightEntry, body: RightBody): RightContent {
  if (entry.id !== body.id) throw new Error(`the text of "${body.id}" was loaded for "${entry.id}"`);
  return {
    id: body.id,
    officialUrl: body.officialUrl,
    fr: { ...body.fr, title: entry.title.fr },
    en: { ...body.en, title: entry.title.en },
    ar: { ...body.ar, title: entry.title.ar },
  };
}

export { tableLookup } from './render.js';

/**
 * `entries`: glossary entries to look for (a superset of those the text uses), `lookup`: parameter values
 * (options.lookup wins). Throws ContentError if an amount cannot be computed at the date.
 */
export function explain(
  content: RightContent,
  locale: Locale,
  entries: readonly GlossaryEntry[],
  lookup: ParameterLookup,
  options: ExplainOptions = {},
): Explanation {
  const text = content[locale];
  const date = options.date ?? todayInParis();
  const sections = SECTION_IDS.map((id) => {
    const body = renderAmounts(text.sections[id], { date, locale, lookup: options.lookup ?? lookup });
    return { id, heading: SECTION_HEADINGS[locale][id], body, blocks: parseBody(body) };
  });
  const used = new Map<string, GlossaryEntry>();
  for (const s of [text.title, ...sections.map((x) => x.body)])
    for (const m of findGlossaryTerms(s, entries)) if (!used.has(m.entry.id)) used.set(m.entry.id, m.entry);
  return {
    rightId: content.id,
    locale,
    title: text.title,
    officialUrl: content.officialUrl,
    status: text.status,
    reviewed: text.status.state === 'relu par des personnes concernées',
    date,
    sections,
    glossary: [...used.values()],
  };
}
