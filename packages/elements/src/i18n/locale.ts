// Locale helpers shared by the base element and the message tables. No Lit here.

export const LOCALES = ['fr', 'en', 'ar'] as const;
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
    default:
      return 'fr-FR';
  }
}
