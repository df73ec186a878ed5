/**
 * Locales with content. French is the reference; English and Arabic (Modern Standard Arabic) are
 * easy-to-read translations.
 */
export type Locale = 'fr' | 'en' | 'ar';
export const LOCALES: readonly Locale[] = ['fr', 'en', 'ar'];
/** Locales the FALC checker (@passerelle/falc) reads; Arabic has its own gate (gate.test.ts). */
export const CHECKED_LOCALES = ['fr', 'en'] as const satisfies readonly Locale[];

/** The five questions every explanation answers, in this order. */
export type SectionId = 'quoi' | 'qui' | 'combien' | 'comment' | 'aide';
export const SECTION_IDS: readonly SectionId[] = ['quoi', 'qui', 'combien', 'comment', 'aide'];

/**
 * Review status. Only people concerned (readers with intellectual disabilities, per the FALC method) can
 * review a text; the FALC logo or the "Facile à lire" badge is shown only on reviewed texts.
 */
export type ContentStatus =
  | { state: 'brouillon' }
  | { state: 'relu par des personnes concernées'; reviewedOn: string; reviewedBy: string };

export interface LocalizedText {
  /** Short name of the right, as people say it. */
  title: string;
  /**
   * One body per section, in light markdown: one sentence per line, a blank line between paragraphs,
   * `- ` for list items. Amounts are placeholders such as `{montant:rsa.montant_forfaitaire}`.
   */
  sections: Record<SectionId, string>;
  status: ContentStatus;
}

export interface RightContent {
  /** Right id from @passerelle/rules. */
  id: string;
  /** The full official page (service-public.fr unless the right is local). */
  officialUrl: string;
  fr: LocalizedText;
  en: LocalizedText;
  ar: LocalizedText;
}

/** A hard word and its easy definition. `aliases` are the other forms found in texts. */
export interface GlossaryEntry {
  id: string;
  term: string;
  aliases?: readonly string[];
  definition: string;
}

/** A right's text without its titles (those live in catalog.ts, so the list of rights loads alone). */
export type LocalizedBody = Omit<LocalizedText, 'title'>;

/** The content of one file of ./rights/: everything about a right except its titles. */
export interface RightBody {
  id: string;
  officialUrl: string;
  fr: LocalizedBody;
  en: LocalizedBody;
  /** Arabic: a draft until native speakers have reviewed it (status stays « brouillon »). */
  ar: LocalizedBody;
}

/** One line of the list of rights: its id and its title in each locale. */
export interface RightEntry {
  id: string;
  title: Readonly<Record<Locale, string>>;
}

/**
 * One line of CONTENT_INDEX: the titles a page may show at once. Arabic titles are fetched apart
 * (loadTitles('ar') of '@passerelle/content/lazy'), so that French pages do not download them.
 */
export interface IndexEntry {
  id: string;
  title: Readonly<Record<Exclude<Locale, 'ar'>, string>>;
}

/** Dated values of parameters, by id: [from (YYYY-MM-DD, inclusive), value], oldest first. */
export type DatedValues = Readonly<
  Record<string, readonly (readonly [string, number | readonly number[]])[]>
>;

/**
 * What a browser fetches when a right is opened (src/rights/generated/<id>.ts, generated): its text, the
 * glossary entries its texts use, and the dated values of the parameters its amounts name.
 */
export interface RightPack {
  body: RightBody;
  glossary: Readonly<Record<Locale, readonly GlossaryEntry[]>>;
  values: DatedValues;
}
