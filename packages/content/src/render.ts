// Amounts in texts are placeholders resolved at render time from dated parameter values, so that a figure
// is never typed twice and follows each revaluation. This module holds no parameter data: Node reads the
// values of @passerelle/rules (amounts.ts), a browser those its right's chunk carries (see tableLookup).
//   {montant:rsa.montant_forfaitaire}          an amount in euros
//   {montant:asf.verse.un_parent}              an amount the rules pay (REFERENCE_AMOUNTS of the rules)
//   {montant:ass.montant_journalier*30}        a product of parameters (and plain numbers)
//   {montant:aspa.plafond.personne_seule/12}   a division by a number or a parameter
//   {montant:cheque_energie.montants.uc_1[3]}  one value of a parameter holding a list
//   {nombre:rsa.age_minimum}                   a plain number (an age, a count of years)
import type { DatedValues, Locale } from './types.js';

export type PlaceholderKind = 'montant' | 'nombre';

export interface Placeholder {
  raw: string;
  kind: PlaceholderKind;
  /** Parameter ids named in the expression, in order. */
  parameters: string[];
  start: number;
  end: number;
}

export const PLACEHOLDER_RE = /\{(montant|nombre):([^{}]+)\}/g;
const TERM_RE = /^(?:(\d+(?:\.\d+)?)|([a-z0-9_]+(?:\.[a-z0-9_]+)*)(?:\[(\d+)\])?)$/;

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

interface Term {
  op: '*' | '/';
  number?: number;
  id?: string;
  index?: number;
}

function parseExpression(expr: string, raw: string): Term[] {
  const parts = expr.trim().split(/([*/])/);
  const terms: Term[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const text = (parts[i] ?? '').trim();
    const op = (i === 0 ? '*' : parts[i - 1]) as '*' | '/';
    const m = TERM_RE.exec(text);
    if (!m) throw new ContentError(`${raw}: "${text}" is neither a parameter id nor a number`);
    if (m[1] !== undefined) terms.push({ op, number: Number(m[1]) });
    else terms.push({ op, id: m[2] as string, ...(m[3] !== undefined ? { index: Number(m[3]) } : {}) });
  }
  return terms;
}

/** Every placeholder of a text, with the parameters it names. Throws on a malformed one. */
export function placeholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    const terms = parseExpression(m[2] as string, m[0]);
    out.push({
      raw: m[0],
      kind: m[1] as PlaceholderKind,
      parameters: terms.flatMap((t) => (t.id ? [t.id] : [])),
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  // A brace that is not a valid placeholder is a typo: say so rather than print it.
  const stray = text.replace(PLACEHOLDER_RE, '').match(/\{[^}]*\}?/);
  if (stray) throw new ContentError(`malformed placeholder "${stray[0]}": use {montant:id} or {nombre:id}`);
  return out;
}

/** Looks a parameter up at a date. Returns a number or a list. */
export type ParameterLookup = (id: string, date: string) => number | readonly number[];

/** Value of one placeholder expression at a date. */
export function evaluatePlaceholder(raw: string, date: string, lookup: ParameterLookup): number {
  const m = /^\{(montant|nombre):([^{}]+)\}$/.exec(raw);
  if (!m) throw new ContentError(`malformed placeholder "${raw}"`);
  let value = 1;
  for (const t of parseExpression(m[2] as string, raw)) {
    let v: number;
    if (t.number !== undefined) v = t.number;
    else {
      let found: number | readonly number[];
      try {
        found = lookup(t.id as string, date);
      } catch (e) {
        throw new ContentError(`${raw}: ${(e as Error).message}`);
      }
      if (typeof found === 'number') {
        if (t.index !== undefined)
          throw new ContentError(`${raw}: "${t.id}" is a single value, remove [${t.index}]`);
        v = found;
      } else {
        if (t.index === undefined)
          throw new ContentError(`${raw}: "${t.id}" holds a list, pick one value with [n]`);
        const item = found[t.index];
        if (item === undefined) throw new ContentError(`${raw}: "${t.id}" has no value at [${t.index}]`);
        v = item;
      }
    }
    value = t.op === '*' ? value * v : value / v;
  }
  return value;
}

// Arabic with Latin digits, as the questionnaire and the rules' translations write it.
const NUMBER_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB', ar: 'ar-u-nu-latn' };

/** Euros the way people read them: « 651,69 € », whole euros without cents (« 50 € »). */
export function formatEuros(value: number, locale: Locale = 'fr'): string {
  const cents = Math.round(value * 100);
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}

export function formatNumber(value: number, locale: Locale = 'fr'): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: 2 }).format(value);
}

export interface RenderOptions {
  /** Date of the amounts (YYYY-MM-DD or YYYY-MM); default: today. */
  date?: string;
  locale?: Locale;
  lookup?: ParameterLookup;
}

/** Today in Paris as YYYY-MM-DD (parameters change on the first day of a month, French time). */
export function todayInParis(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Replaces every placeholder of a text by its value at the date, formatted for the locale. */
export function renderAmounts(text: string, options: RenderOptions & { lookup: ParameterLookup }): string {
  const date = options.date ?? todayInParis();
  const locale = options.locale ?? 'fr';
  placeholders(text); // validates every brace first
  return text.replace(PLACEHOLDER_RE, (raw, kind: string) => {
    const v = evaluatePlaceholder(raw, date, options.lookup);
    return kind === 'montant' ? formatEuros(v, locale) : formatNumber(v, locale);
  });
}

/**
 * A lookup over dated values ([from, value], oldest first), with the rule of findValue in @passerelle/rules:
 * the last value whose `from` is on or before the date (YYYY-MM-DD or YYYY-MM).
 */
export function tableLookup(table: DatedValues): ParameterLookup {
  return (id, date) => {
    const values = Object.hasOwn(table, id) ? table[id] : undefined;
    if (!values) throw new Error(`unknown parameter "${id}"`);
    const day = date.length === 7 ? `${date}-01` : date;
    for (let i = values.length - 1; i >= 0; i--) {
      const v = values[i] as DatedValues[string][number];
      if (v[0] <= day) return v[1];
    }
    throw new Error(`parameter "${id}" has no value in force on ${day}`);
  };
}
