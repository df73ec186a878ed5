// Validation helpers for hosts that build their own forms with the blocks: amounts and dates as people
// type them, with messages that say how to fix them. None of the widgets uses them (the questionnaire
// validates through its flow), so their strings live here and ship only with what imports them.
import { formatDate } from '../i18n/format.js';
import { type ParseTable, parseMessages } from '../i18n/parse-messages.js';
import type { DatePart, DateParts } from './date.js';
import { formatMoneyInput } from './money.js';

type ParseKey = keyof ParseTable;
const t = (locale: string, key: ParseKey, params?: Record<string, string | number>) =>
  parseMessages.msg(locale, key, params);

export type MoneyResult =
  | {
      ok: true;
      value: number /** French-formatted amount without the sign, e.g. "1 200,50" */;
      display: string;
    }
  | { ok: false; reason: 'empty' | 'format' | 'negative' | 'decimals' | 'tooLarge'; message: string };

const DEFAULT_MAX = 10_000_000;

/**
 * Reads an amount in euros as people type it: "1 200,50", "1200.5", "1 200 €", "1.200", "1,200.50",
 * "12 euros". Three digits after a single separator are read as thousands (no one writes cents that way).
 * The message of a failure says how to fix it, in the given locale. Empty input gives reason `empty`
 * with an empty message: whether it is an error is the caller's call (required or not).
 */
export function parseMoney(text: string, locale = 'fr', options: { max?: number } = {}): MoneyResult {
  const fail = (reason: Exclude<MoneyResult, { ok: true }>['reason']): MoneyResult => ({
    ok: false,
    reason,
    message:
      reason === 'empty'
        ? ''
        : t(
            locale,
            reason === 'format'
              ? 'errMoneyFormat'
              : reason === 'negative'
                ? 'errMoneyNegative'
                : reason === 'decimals'
                  ? 'errMoneyDecimals'
                  : 'errMoneyTooLarge',
          ),
  });
  let s = text
    .trim()
    .toLowerCase()
    .replace(/(€|euros?|eur)\s*$/u, '')
    .replace(/^(€|eur)\s*/u, '')
    .replace(/[\s\u00a0\u202f'’]/gu, '');
  if (s === '') return fail('empty');
  if (/^[-−]/u.test(s)) return /^[-−]\d/u.test(s) ? fail('negative') : fail('format');
  if (s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return fail('format');

  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normalized: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the last one is the decimal mark, the other groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [intPart, frac, ...rest] = s.split(decimal);
    if (rest.length > 0 || !isGrouped(intPart ?? '', group)) return fail('format');
    normalized = `${(intPart ?? '').split(group).join('')}.${frac}`;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    if (parts.length === 2 && (parts[1] ?? '').length !== 3) normalized = `${parts[0]}.${parts[1]}`;
    else if (isGrouped(s, sep)) normalized = parts.join('');
    else return fail('format');
  } else normalized = s;

  if (!/^\d*(\.\d*)?$/.test(normalized) || normalized === '.') return fail('format');
  const [, frac = ''] = normalized.split('.');
  if (frac.length > 2) return fail('decimals');
  const value = Number(normalized);
  if (!Number.isFinite(value)) return fail('format');
  if (value > (options.max ?? DEFAULT_MAX)) return fail('tooLarge');
  return { ok: true, value, display: formatMoneyInput(value, locale) };
}

/** "1,200,000" or "1.200": first group 1–3 digits, then groups of exactly 3. */
function isGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts.length === 1) return /^\d+$/.test(s);
  return /^\d{1,3}$/.test(parts[0] ?? '') && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

export type DateResult =
  | { ok: true /** YYYY-MM-DD */; iso: string; date: Date }
  | {
      ok: false;
      reason: 'empty' | 'incomplete' | 'day' | 'month' | 'year' | 'impossible' | 'future';
      /** The part to mark invalid and focus. */
      field: DatePart;
      message: string;
    };

/**
 * Checks a day/month/year answer and says how to fix it: impossible dates (31/02, 29/02 of a common year)
 * are refused with the number of days of that month.
 */
export function parseDateParts(
  parts: DateParts,
  locale = 'fr',
  options: { notInFuture?: boolean; minYear?: number; today?: Date } = {},
): DateResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const fail = (reason: Exclude<DateResult, { ok: true }>['reason'], field: DatePart, message = '') =>
    ({ ok: false, reason, field, message }) as DateResult;
  if (!day && !month && !year) return fail('empty', 'day');
  if (!day || !month || !year)
    return fail('incomplete', !day ? 'day' : !month ? 'month' : 'year', t(locale, 'errDateIncomplete'));
  const d = /^\d{1,2}$/.test(day) ? Number(day) : Number.NaN;
  if (!(d >= 1 && d <= 31)) return fail('day', 'day', t(locale, 'errDateDay'));
  const m = /^\d{1,2}$/.test(month) ? Number(month) : Number.NaN;
  if (!(m >= 1 && m <= 12)) return fail('month', 'month', t(locale, 'errDateMonth'));
  const y = /^\d{4}$/.test(year) ? Number(year) : Number.NaN;
  if (!(y >= (options.minYear ?? 1900) && y <= 2200)) return fail('year', 'year', t(locale, 'errDateYear'));
  const daysInMonth = new Date(y, m, 0).getDate();
  if (d > daysInMonth) {
    const monthName = formatDate(new Date(y, m - 1, 1), locale, { month: 'long', year: 'numeric' });
    return fail('impossible', 'day', t(locale, 'errDateImpossible', { month: monthName, days: daysInMonth }));
  }
  const date = new Date(y, m - 1, d);
  if (options.notInFuture) {
    const today = options.today ?? new Date();
    if (date.getTime() > new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime())
      return fail('future', 'year', t(locale, 'errDateFuture'));
  }
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { ok: true, iso, date };
}
