import { intlLocale } from './locale.js';

// One formatter per locale and options for the page's life: building one costs far more than formatting
// (10 000 local aids made a step take seconds when each amount built its own).
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  key: string,
  make: () => T,
): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** How many formatters this module has built so far (tests bound it). */
export const formattersCreated = (): number => cache.size;

export interface EuroOptions {
  /** `auto` (default): no cents on whole amounts ("1 234 €"), two digits otherwise ("1 234,50 €"). */
  cents?: 'auto' | 'always' | 'never';
}

/** Euros through Intl: `formatEuro(1234.5, 'fr')` -> "1 234,50 €" (narrow no-break spaces). */
export function formatEuro(value: number, locale = 'fr', options: EuroOptions = {}): string {
  if (!Number.isFinite(value)) return '';
  const cents = options.cents ?? 'auto';
  const digits = cents === 'never' ? 0 : cents === 'always' || !Number.isInteger(value) ? 2 : 0;
  return cached(
    `eur|${locale}|${digits}`,
    () =>
      new Intl.NumberFormat(intlLocale(locale), {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(value);
}

export function formatNumber(value: number, locale = 'fr', options: Intl.NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return '';
  return cached(
    `num|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(intlLocale(locale), options),
  ).format(value);
}

/** Parses `YYYY-MM-DD` as a local calendar date (no UTC shift), or returns the Date given. */
export function toDate(value: Date | string): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (m) {
    const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return d.getMonth() === Number(m[2]) - 1 ? d : null;
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Dates through Intl, "24 novembre 2026" by default. Invalid input gives an empty string. */
export function formatDate(
  value: Date | string,
  locale = 'fr',
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const d = toDate(value);
  if (!d) return '';
  return cached(
    `date|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), options),
  ).format(d);
}

export function pluralCategory(count: number, locale = 'fr'): Intl.LDMLPluralRule {
  return cached(`plural|${locale}`, () => new Intl.PluralRules(intlLocale(locale))).select(count);
}
