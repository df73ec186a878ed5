import { formatNumber, pluralCategory } from './format.js';
import { DEFAULT_LOCALE, LOCALES, type Locale, normalizeLocale } from './locale.js';

/** A message with plural forms chosen by `Intl.PluralRules`; `other` is mandatory. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type MessageValue = string | PluralMessage;
export type MessageTable = Record<string, MessageValue>;
export type MessageParams = Record<string, string | number>;

/** Other locales may leave out any string (it falls back to French) but cannot invent keys. */
export type PartialTable<T extends MessageTable> = {
  [K in keyof T]?: T[K] extends string ? string : PluralMessage;
};

/**
 * A table fetched on first use: `() => import('./messages.en.js')`, the module's default export being the
 * table. Bundlers put it in a file of its own, so a French page never downloads it.
 */
export type TableLoader<T extends MessageTable> = () => Promise<{ default: PartialTable<T> }>;

export type OtherLocale = Exclude<Locale, 'fr'>;

export type MessageTables<T extends MessageTable> = { fr: T } & {
  [L in OtherLocale]?: PartialTable<T> | TableLoader<T>;
};

/** The tables available now: French always, others once loaded. */
export type LoadedTables<T extends MessageTable> = { fr: T } & { [L in OtherLocale]?: PartialTable<T> };

export type Translate<T extends MessageTable> = (key: keyof T & string, params?: MessageParams) => string;

export interface Messages<T extends MessageTable> {
  readonly tables: LoadedTables<T>;
  /**
   * The string for `key` in `locale`, with `{name}` placeholders filled; French when missing or while the
   * locale's table is still loading (that load is then started: see `onLocaleLoaded`).
   */
  msg(locale: string, key: keyof T & string, params?: MessageParams): string;
  /** A translator bound to one locale: `const t = messages.bind('en'); t('required')`. */
  bind(locale: string): Translate<T>;
  /** Fetches the table of `locale` if it is loaded lazily; resolves when `msg` can use it. */
  load(locale: string): Promise<void>;
  /** Whether `msg` has everything it will ever have for `locale` (French, eager tables, loaded ones). */
  ready(locale: string): boolean;
  /** Keys that a locale leaves to French (for translators and tests), once its table is loaded. */
  missing(locale: OtherLocale): Promise<Array<keyof T & string>>;
}

function interpolate(text: string, params: MessageParams | undefined, locale: string): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (typeof v !== 'number') return v;
    // Small counts read the same in every supported locale (Latin digits, no grouping under 1,000): without
    // Intl here, a first screen that shows one costs no Intl start-up (about 100 ms of main thread at 4× CPU).
    return Number.isInteger(v) && v >= 0 && v < 1000 ? String(v) : formatNumber(v, locale);
  });
}

function pick(value: MessageValue, params: MessageParams | undefined, locale: string): string {
  if (typeof value === 'string') return value;
  const count = params?.count;
  if (typeof count !== 'number') return value.other;
  // `zero` means "none" in every language (as ICU's =0), not only where CLDR has a zero form (Arabic):
  // French would otherwise pick `one` for 0 ("0 aide").
  if (count === 0 && value.zero) return value.zero;
  return value[pluralCategory(count, locale)] ?? value.other;
}

export interface Registered {
  load(locale: string): Promise<void>;
  ready(locale: string): boolean;
}

// Every message set of the page, so that one call fetches what a locale needs whichever widgets are there.
const registry = new Set<Registered>();
const listeners = new Set<(locale: Locale) => void>();

/**
 * Adds texts that are not a message table (the rules' translations) to what a locale waits for: widgets
 * then hold their render until they arrive, like their own strings. `load` must never reject.
 */
export function registerLocaleTexts(texts: Registered): void {
  registry.add(texts);
}

/** Tells the elements showing `locale` that new texts arrived for it. */
export function announceLocaleLoaded(locale: Locale): void {
  for (const l of listeners) l(locale);
}

/** Fetches the tables of `locale` for every message set defined so far. Never rejects (French stays). */
export async function loadLocale(locale: string): Promise<void> {
  await Promise.all([...registry].map((m) => m.load(locale)));
}

/** True when every message set defined so far can render `locale` without waiting. */
export function localeReady(locale: string): boolean {
  for (const m of registry) if (!m.ready(locale)) return false;
  return true;
}

/** Called after a table arrives, with its locale: elements showing that locale render again. */
export function onLocaleLoaded(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The shipped locale of a tag other than French; null for French and anything unsupported (French is used). */
function otherLocale(tag: string): OtherLocale | null {
  const loc = normalizeLocale(tag);
  return loc === 'fr' ? null : loc;
}

/**
 * Declares a widget's strings: `fr` is complete and bundled; other locales are partial, typed against it,
 * and best given as loaders (`() => import('./messages.en.js')`) so that French pages do not carry them.
 * A missing string, or one whose table is not loaded yet, falls back to French, never to the key.
 */
export function defineMessages<T extends MessageTable>(source: MessageTables<T>): Messages<T> {
  const tables: LoadedTables<T> = { fr: source.fr };
  const pending = new Map<OtherLocale, Promise<void>>();
  // A failed fetch is not retried from `msg` (each render would try again); an explicit `load` retries.
  const failed = new Set<OtherLocale>();

  const load = (tag: string): Promise<void> => {
    const loc = otherLocale(tag);
    const from = loc && source[loc];
    if (!loc || tables[loc] || typeof from !== 'function') return Promise.resolve();
    let p = pending.get(loc);
    if (!p) {
      failed.delete(loc);
      p = from().then(
        (mod) => {
          tables[loc] = mod.default ?? {};
          for (const l of listeners) l(loc);
        },
        (error: unknown) => {
          failed.add(loc);
          console.warn(`Passerelle : textes « ${loc} » non chargés, affichage en français.`, error);
        },
      );
      pending.set(loc, p);
      void p.finally(() => pending.delete(loc));
    }
    return p;
  };

  for (const loc of LOCALES) {
    if (loc === 'fr') continue;
    const table = source[loc];
    if (table && typeof table !== 'function') tables[loc] = table as PartialTable<T>;
  }

  const msg = (locale: string, key: keyof T & string, params?: MessageParams): string => {
    const loc = otherLocale(locale);
    if (loc && !tables[loc] && !failed.has(loc)) void load(loc);
    const local = loc ? tables[loc]?.[key] : undefined;
    if (loc && local !== undefined) return interpolate(pick(local as MessageValue, params, loc), params, loc);
    const fr = tables.fr[key] as MessageValue | undefined;
    // Only reachable from untyped callers: an empty string is better than showing a key to a person.
    if (fr === undefined) return '';
    return interpolate(pick(fr, params, DEFAULT_LOCALE), params, DEFAULT_LOCALE);
  };

  const ready = (tag: string): boolean => {
    const loc = otherLocale(tag);
    return !loc || tables[loc] !== undefined || typeof source[loc] !== 'function';
  };

  const messages: Messages<T> = {
    tables,
    msg,
    bind: (locale) => (key, params) => msg(locale, key, params),
    load,
    ready,
    missing: async (locale) => {
      await load(locale);
      return (Object.keys(tables.fr) as Array<keyof T & string>).filter(
        (k) => tables[locale]?.[k] === undefined,
      );
    },
  };
  registry.add(messages);
  return messages;
}
