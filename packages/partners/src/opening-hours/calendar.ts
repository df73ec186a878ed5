import type { DateRange, OpeningRule, ParsedOpeningHours, TimeRange } from './parse.js';

// Calendar helpers and evaluation of parsed rules on civil dates (pure).
export interface CivilDate {
  year: number;
  month: number; // 1-12
  day: number;
}

const dayNumber = (d: CivilDate): number => Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
const fromDayNumber = (n: number): CivilDate => {
  const dt = new Date(n * 86_400_000);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
};
export const addDays = (d: CivilDate, n: number): CivilDate => fromDayNumber(dayNumber(d) + n);
/** 0 = Monday … 6 = Sunday. */
export const weekdayOf = (d: CivilDate): number =>
  (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7;

export function isoWeek(d: CivilDate): number {
  const n = dayNumber(d);
  const thursday = n - weekdayOf(d) + 3;
  const th = fromDayNumber(thursday);
  const jan1 = dayNumber({ year: th.year, month: 1, day: 1 });
  return Math.floor((thursday - jan1) / 7) + 1;
}

function easter(year: number): CivilDate {
  // Anonymous Gregorian algorithm.
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** Départements with two more public holidays (Code du travail, art. L3134-13). */
export const ALSACE_MOSELLE: readonly string[] = ['57', '67', '68'];

/**
 * French public holidays (Code du travail, art. L3133-1), plus Good Friday and 26 December in
 * Alsace-Moselle (départements 57, 67, 68, art. L3134-13). Overseas abolition-of-slavery days are
 * not included: data from there should state them explicitly.
 */
export function isFrenchPublicHoliday(d: CivilDate, departement?: string): boolean {
  const fixed = ['1-1', '5-1', '5-8', '7-14', '8-15', '11-1', '11-11', '12-25'];
  if (fixed.includes(`${d.month}-${d.day}`)) return true;
  const e = dayNumber(easter(d.year));
  const n = dayNumber(d);
  if (n === e + 1 || n === e + 39 || n === e + 50) return true;
  if (departement && ALSACE_MOSELLE.includes(departement)) {
    if (n === e - 2) return true;
    if (d.month === 12 && d.day === 26) return true;
  }
  return false;
}

function dateInRange(d: CivilDate, r: DateRange): boolean {
  const key = (p: { year?: number; month: number; day?: number }, end: boolean, year: number) =>
    (p.year ?? year) * 10000 + p.month * 100 + (p.day ?? (end ? 31 : 1));
  const v = d.year * 10000 + d.month * 100 + d.day;
  if (r.from.year !== undefined)
    return v >= key(r.from, false, d.year) && v <= key(r.to, true, r.to.year ?? d.year);
  const from = key(r.from, false, d.year);
  const to = key(r.to, true, d.year);
  return from <= to ? v >= from && v <= to : v >= from || v <= to; // wraps over the new year
}

interface DayContext {
  date: CivilDate;
  ph: boolean;
  sh: boolean;
}

function ruleMatchesDay(rule: OpeningRule, ctx: DayContext): boolean {
  const d = ctx.date;
  if (rule.dates && !rule.dates.some((r) => dateInRange(d, r))) return false;
  if (rule.weeks) {
    const w = isoWeek(d);
    if (!rule.weeks.some((r) => w >= r.from && w <= r.to && (w - r.from) % r.step === 0)) return false;
  }
  const hasDaySel = rule.weekdays !== null || rule.ph || rule.sh;
  if (!hasDaySel) return true;
  if (rule.ph && ctx.ph) return true;
  if (rule.sh && ctx.sh) return true;
  if (rule.weekdays?.includes(weekdayOf(d))) {
    if (!rule.nth) return true;
    const nthFromStart = Math.floor((d.day - 1) / 7) + 1;
    const daysInMonth = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
    const nthFromEnd = -(Math.floor((daysInMonth - d.day) / 7) + 1);
    return rule.nth.includes(nthFromStart) || rule.nth.includes(nthFromEnd);
  }
  return false;
}

export interface Interval {
  from: number;
  to: number;
  state: 'open' | 'unknown';
  comment?: string;
}

export interface DaySchedule {
  intervals: Interval[];
  /** The day as a whole is unknown (for example a rule with only a comment). */
  unknown: boolean;
  comment?: string;
}

/**
 * The rules that apply on a day, in order (OSM semantics, as opening_hours.js reads them): a normal rule
 * that selects the day replaces what earlier rules said about it, including their ranges running past
 * midnight into it (`We 22:00-02:00; Th 12:00-14:00` is closed on Thursday at 1 h); an additional rule
 * (after `,`) adds; an `off` rule with times only closes those times (`Mo-Fr 10:00-20:00; 12:00-14:00 off`
 * is a lunch break). Ranges of yesterday's rules that run past midnight count in their rule's place.
 */
function scheduleFor(
  rules: OpeningRule[],
  today: DayContext,
  yesterday: DayContext,
): { intervals: Interval[]; unknownDay?: string | true } {
  let intervals: Interval[] = [];
  let unknownDay: string | true | undefined;
  for (const rule of rules) {
    const selects = ruleMatchesDay(rule, today);
    const spill =
      rule.times.some((t) => t.to > 1440) && ruleMatchesDay(rule, yesterday)
        ? rule.times.filter((t) => t.to > 1440).map((t) => ({ from: 0, to: t.to - 1440 }))
        : [];
    if (!selects && spill.length === 0) continue;
    const closesTimesOnly = rule.state === 'closed' && rule.times.length > 0;
    if (selects && !rule.additional && !closesTimesOnly) {
      intervals = [];
      unknownDay = undefined;
    }
    const times = [
      ...(selects ? rule.times.map((t) => ({ from: t.from, to: Math.min(t.to, 1440) })) : []),
      ...spill,
    ];
    if (rule.state === 'closed') {
      if (closesTimesOnly) intervals = subtract(intervals, times);
      continue;
    }
    const state = rule.state === 'unknown' || rule.comment ? 'unknown' : 'open';
    if (rule.times.length === 0) {
      if (state === 'unknown') unknownDay = rule.comment ?? true;
      else intervals.push({ from: 0, to: 1440, state: 'open' });
      continue;
    }
    for (const t of times)
      intervals.push({ from: t.from, to: t.to, state, ...(rule.comment ? { comment: rule.comment } : {}) });
  }
  return { intervals, ...(unknownDay !== undefined ? { unknownDay } : {}) };
}

function subtract(intervals: Interval[], remove: TimeRange[]): Interval[] {
  let out = intervals;
  for (const r of remove) {
    const next: Interval[] = [];
    for (const i of out) {
      if (r.to <= i.from || r.from >= i.to) next.push(i);
      else {
        if (i.from < r.from) next.push({ ...i, to: r.from });
        if (i.to > r.to) next.push({ ...i, from: r.to });
      }
    }
    out = next;
  }
  return out;
}

export interface EvalOptions {
  departement?: string;
  /**
   * Time zone of the place. When given, wall-clock times that do not exist on a day (the hour skipped
   * when clocks go forward) are taken out: a range inside it does not happen, one starting in it opens
   * when the clock reads the end of the jump.
   */
  timeZone?: string;
}

export function hasSh(rules: OpeningRule[]): boolean {
  return rules.some((r) => r.sh);
}

const offsetAt = (ms: number, timeZone: string): number => {
  const w = wallClock(new Date(ms), timeZone);
  return (
    Date.UTC(w.date.year, w.date.month - 1, w.date.day) + w.minute * 60_000 - Math.floor(ms / 60_000) * 60_000
  );
};
const gaps = new Map<string, TimeRange | null>();

/** Wall-clock minutes that do not exist on this day in this zone (clocks going forward), or null. */
export function skippedMinutes(date: CivilDate, timeZone: string): TimeRange | null {
  const key = `${timeZone} ${date.year}-${date.month}-${date.day}`;
  const cached = gaps.get(key);
  if (cached !== undefined) return cached;
  const noon = Date.UTC(date.year, date.month - 1, date.day, 12);
  let lo = noon - 36 * 3_600_000;
  let hi = noon + 36 * 3_600_000;
  const before = offsetAt(lo, timeZone);
  let gap: TimeRange | null = null;
  if (offsetAt(hi, timeZone) > before) {
    // The instant of the change, to the minute.
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(mid, timeZone) > before) hi = mid;
      else lo = mid;
    }
    const local = wallClock(new Date(hi - 60_000), timeZone);
    const from = local.minute + 1;
    const size = (offsetAt(hi, timeZone) - before) / 60_000;
    const sameDay =
      local.date.year === date.year && local.date.month === date.month && local.date.day === date.day;
    if (sameDay) gap = { from, to: Math.min(from + size, 1440) };
  }
  if (gaps.size > 1000) gaps.clear();
  gaps.set(key, gap);
  return gap;
}

/** Intervals for one civil day including the part of yesterday's ranges that runs past midnight. */
export function dayIntervals(
  rules: OpeningRule[],
  date: CivilDate,
  opts: EvalOptions = {},
  sh = false,
): DaySchedule {
  const ctx = (d: CivilDate): DayContext => ({ date: d, ph: isFrenchPublicHoliday(d, opts.departement), sh });
  const today = scheduleFor(rules, ctx(date), ctx(addDays(date, -1)));
  const gap = opts.timeZone ? skippedMinutes(date, opts.timeZone) : null;
  const intervals: Interval[] = [];
  for (const i of today.intervals) {
    if (!gap || i.to <= gap.from || i.from >= gap.to) intervals.push(i);
    // Inside the skipped hour: never happens. Starting or ending in it: moved to its edge.
    else if (i.from < gap.from || i.to > gap.to)
      intervals.push({
        ...i,
        from: i.from >= gap.from ? gap.to : i.from,
        to: i.to <= gap.to ? gap.from : i.to,
      });
  }
  intervals.sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: Interval[] = [];
  for (const i of intervals) {
    const last = merged[merged.length - 1];
    if (last && i.from <= last.to && last.state === i.state && last.comment === i.comment)
      last.to = Math.max(last.to, i.to);
    else merged.push({ ...i });
  }
  return {
    intervals: merged,
    unknown: today.unknownDay !== undefined,
    ...(typeof today.unknownDay === 'string' ? { comment: today.unknownDay } : {}),
  };
}

function stateAtFor(
  rules: OpeningRule[],
  date: CivilDate,
  minute: number,
  opts: EvalOptions,
  sh: boolean,
): boolean | null {
  const day = dayIntervals(rules, date, opts, sh);
  const hits = day.intervals.filter((i) => minute >= i.from && minute < i.to);
  if (hits.some((i) => i.state === 'open')) return true;
  if (hits.length > 0) return null;
  if (day.unknown) return null;
  return false;
}

/**
 * Is it open at this wall-clock time? true, false, or null when the data cannot say (a comment
 * applies, a school-holiday rule could change the answer, or the value is unreadable).
 */
export function isOpenAt(
  parsed: ParsedOpeningHours,
  date: CivilDate,
  minute: number,
  opts: EvalOptions = {},
): boolean | null {
  if (!parsed.ok) return null;
  const a = stateAtFor(parsed.rules, date, minute, opts, false);
  if (!hasSh(parsed.rules)) return a;
  const b = stateAtFor(parsed.rules, date, minute, opts, true);
  return a === b ? a : null;
}

// Wall clock in a time zone, through Intl (no dependency).
export interface WallClock {
  date: CivilDate;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
export function wallClock(instant: Date, timeZone = 'Europe/Paris'): WallClock {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) },
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Time zone of a place from its postcode: overseas territories keep their own wall clock. */
export function timeZoneForPostcode(postcode: string | undefined): string {
  const p = postcode ?? '';
  const zones: Record<string, string> = {
    '971': 'America/Guadeloupe',
    '972': 'America/Martinique',
    '973': 'America/Cayenne',
    '974': 'Indian/Reunion',
    '975': 'America/Miquelon',
    '976': 'Indian/Mayotte',
    '977': 'America/St_Barthelemy',
    '978': 'America/Marigot',
    '986': 'Pacific/Wallis',
    '987': 'Pacific/Tahiti',
    '988': 'Pacific/Noumea',
  };
  return Object.hasOwn(zones, p.slice(0, 3)) ? (zones[p.slice(0, 3)] as string) : 'Europe/Paris';
}
