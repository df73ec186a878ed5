// '@passerelle/rules/i18n': the rules' texts in other languages, loaded on demand (one request per table).
import type {
  DetailsTable,
  LifeEventsTable,
  QuestionsTable,
  ReasonsTable,
  RulesTranslation,
  TranslatedLocale,
} from './types.js';
import { isolateLatin } from './translate.js';
import { TRANSLATED_LOCALES } from './types.js';

const RTL_LOCALES = new Set<TranslatedLocale>(['ar']);

/** Every string of a table, deeply, through `f` (plural forms and lists included). */
function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'review' ? v : mapStrings(v, f)]),
    ) as T;
  return value;
}

export * from './types.js';
export {
  FR_VALIDATION,
  isolateIn,
  isolateLatin,
  matchTemplate,
  translateFormatters,
  translateQuestion,
  translateReason,
  translateResults,
  translateRight,
  type ShownRightLike,
  translateValidation,
  translateValue,
} from './translate.js';

type Loaders = {
  [L in TranslatedLocale]: () => Promise<
    [{ default: QuestionsTable }, { default: ReasonsTable }, { default: DetailsTable }]
  >;
};

// Literal paths, so that bundlers split one file per table and locale.
const LOADERS: Loaders = {
  en: () => Promise.all([import('./questions.en.js'), import('./reasons.en.js'), import('./details.en.js')]),
  ar: () => Promise.all([import('./questions.ar.js'), import('./reasons.ar.js'), import('./details.ar.js')]),
  pt: () => Promise.all([import('./questions.pt.js'), import('./reasons.pt.js'), import('./details.pt.js')]),
  tr: () => Promise.all([import('./questions.tr.js'), import('./reasons.tr.js'), import('./details.tr.js')]),
  uk: () => Promise.all([import('./questions.uk.js'), import('./reasons.uk.js'), import('./details.uk.js')]),
};

const LIFE_EVENT_LOADERS: { [L in TranslatedLocale]: () => Promise<{ default: LifeEventsTable }> } = {
  en: () => import('./life-events.en.js'),
  ar: () => import('./life-events.ar.js'),
  pt: () => import('./life-events.pt.js'),
  tr: () => import('./life-events.tr.js'),
  uk: () => import('./life-events.uk.js'),
};

const loaded = new Map<TranslatedLocale, Promise<RulesTranslation>>();

/** Whether the rules' texts exist in `locale` (French, the source, is not in the list). */
export const isTranslatedLocale = (locale: string): locale is TranslatedLocale =>
  (TRANSLATED_LOCALES as readonly string[]).includes(locale);

/** The tables of `locale`, fetched once. Rejects when a file cannot be fetched (the caller keeps French). */
export function loadRulesTranslation(locale: TranslatedLocale): Promise<RulesTranslation> {
  let p = loaded.get(locale);
  if (!p) {
    const rtl = RTL_LOCALES.has(locale);
    // Word keys are French and must stay as they are; only what is shown is isolated.
    const shown = <T>(table: T): T => (rtl ? mapStrings(table, isolateLatin) : table);
    p = Promise.all([LOADERS[locale](), LIFE_EVENT_LOADERS[locale]()]).then(([[q, r, d], e]) => ({
      locale,
      questions: shown(q.default),
      reasons: { ...r.default, reasons: shown(r.default.reasons), words: shownWords(r.default.words, rtl) },
      details: shown(d.default),
      lifeEvents: shown(e.default),
    }));
    p.catch(() => loaded.delete(locale));
    loaded.set(locale, p);
  }
  return p;
}

function shownWords(words: ReasonsTable['words'], rtl: boolean): ReasonsTable['words'] {
  if (!rtl) return words;
  return Object.fromEntries(Object.entries(words).map(([k, v]) => [k, mapStrings(v, isolateLatin)]));
}
