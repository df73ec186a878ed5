import { formatNumber, pluralCategory } from './format.js';
import { DEFAULT_LOCALE, type Locale, normalizeLocale } from './locale.js';

/** A message with plural forms chosen by `Intl.PluralRules`; `other` is mandatory. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type MessageValue = string | PluralMessage;
export type MessageTable = Record<string, MessageValue>;
export type MessageParams = Record<string, string | number>;

/** Other locales may leave out any string (it falls back to French) but cannot invent keys. */
export type PartialTable<T extends MessageTable> = {
  [K in keyof T]?: T[K] extends string ? string : PluralMessage;
};

export interface MessageTables<T extends MessageTable> {
  fr: T;
  en?: PartialTable<T>;
  ar?: PartialTable<T>;
}

export type Translate<T extends MessageTable> = (key: keyof T & string, params?: MessageParams) => string;

export interface Messages<T extends MessageTable> {
  readonly tables: MessageTables<T>;
  /** The string for `key` in `locale`, with `{name}` placeholders filled; French when missing. */
  msg(locale: string, key: keyof T & string, params?: MessageParams): string;
  /** A translator bound to one locale: `const t = messages.bind('en'); t('required')`. */
  bind(locale: string): Translate<T>;
  /** Keys that a locale leaves to French (for translators and tests). */
  missing(locale: Exclude<Locale, 'fr'>): Array<keyof T & string>;
}

function interpolate(text: string, params: MessageParams | undefined, locale: string): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v, locale) : v;
  });
}

function pick(value: MessageValue, params: MessageParams | undefined, locale: string): string {
  if (typeof value === 'string') return value;
  const count = params?.count;
  const form = typeof count === 'number' ? pluralCategory(count, locale) : 'other';
  return value[form] ?? value.other;
}

/**
 * Declares a widget's strings: `fr` is complete, `en` and `ar` are partial and typed against it.
 * A missing string falls back to French, never to the key.
 */
export function defineMessages<T extends MessageTable>(tables: MessageTables<T>): Messages<T> {
  const msg = (locale: string, key: keyof T & string, params?: MessageParams): string => {
    const loc = normalizeLocale(locale);
    const local = loc === DEFAULT_LOCALE ? undefined : tables[loc]?.[key];
    if (local !== undefined) return interpolate(pick(local as MessageValue, params, loc), params, loc);
    const fr = tables.fr[key] as MessageValue | undefined;
    // Only reachable from untyped callers: an empty string is better than showing a key to a person.
    if (fr === undefined) return '';
    return interpolate(pick(fr, params, DEFAULT_LOCALE), params, DEFAULT_LOCALE);
  };
  return {
    tables,
    msg,
    bind: (locale) => (key, params) => msg(locale, key, params),
    missing: (locale) =>
      (Object.keys(tables.fr) as Array<keyof T & string>).filter((k) => tables[locale]?.[k] === undefined),
  };
}
