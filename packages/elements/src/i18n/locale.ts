// Locale helpers shared by the base element and the message tables. No Lit here.

/**
 * French, English and Arabic, then the three languages most spoken by people born abroad who come to French
 * social services after Arabic (docs/traductions.md gives the sources): Portuguese, Turkish, Ukrainian.
 */
export const LOCALES = ['fr', 'en', 'ar', 'pt', 'tr', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'ckb', 'yi']);

/** `fr-FR` -> `fr`, `ar-MA` -> `ar`, anything we do not ship -> `fr`. */
export function normalizeLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : DEFAULT_LOCALE;
}

/** Text direction implied by a language tag (used when no `dir` attribute is set). */
export function directionOf(tag: string | null | undefined): 'ltr' | 'rtl' {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr';
}

/** BCP 47 tag handed to Intl: French of France, English, Arabic with Latin digits (usual in France). */
export function intlLocale(locale: string): string {
  switch (normalizeLocale(locale)) {
    case 'en':
      return 'en-GB';
    case 'ar':
      return 'ar-u-nu-latn';
    case 'pt':
      return 'pt-PT';
    case 'tr':
      return 'tr-TR';
    case 'uk':
      return 'uk-UA';
    default:
      return 'fr-FR';
  }
}

/** Locales written right to left among those we ship. */
export const isRtl = (locale: string): boolean => directionOf(normalizeLocale(locale)) === 'rtl';

/**
 * Wraps text that keeps its own direction (a French proper noun, an amount, a phone number) in first-strong
 * isolates, so that in Arabic it neither reorders nor drags the punctuation around it. A no-op in LTR locales.
 */
export function isolate(text: string, locale: string): string {
  return text && isRtl(locale) ? `\u2068${text}\u2069` : text;
}
