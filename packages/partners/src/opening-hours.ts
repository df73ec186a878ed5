/**
 * OSM `opening_hours`: the subset that French open data actually uses (day ranges and lists, several
 * time ranges, `off`/`closed`, `PH`, `SH`, `week` selectors, month/day ranges with a year, comments,
 * additional rules after `,`). Anything outside it is rejected, never guessed: callers show the raw text.
 */

const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Minutes since midnight; `to` may exceed 1440 for ranges running past midnight. */
export interface TimeRange {
  from: number;
  to: number;
}

export interface WeekRange {
  from: number;
  to: number;
  step: number;
}

/** A calendar range; months are 1-12, days 1-31, years optional. */
export interface DateRange {
  from: { year?: number; month: number; day?: number };
  to: { year?: number; month: number; day?: number };
}

export interface OpeningRule {
  /** Weekdays 0 (Monday) to 6 (Sunday) this rule covers; null when it has no weekday selector. */
  weekdays: number[] | null;
  /** `Mo[2]`: nth weekday of the month (1-5, or -1 for last). */
  nth: number[] | null;
  ph: boolean;
  sh: boolean;
  weeks: WeekRange[] | null;
  dates: DateRange[] | null;
  /** Empty with state 'open' means the whole day (like `Mo-Fr open`). */
  times: TimeRange[];
  state: 'open' | 'closed' | 'unknown';
  comment?: string;
  /** true for a rule after `,` (adds to the previous ones instead of replacing them). */
  additional: boolean;
}

export type ParsedOpeningHours =
  | { ok: true; value: string; rules: OpeningRule[]; warnings: string[] }
  | { ok: false; value: string; error: string };

type Token =
  | { t: 'wd'; v: number }
  | { t: 'month'; v: number }
  | { t: 'num'; v: number; raw: string }
  | { t: 'time'; v: number }
  | { t: 'ph' }
  | { t: 'sh' }
  | { t: 'week' }
  | { t: 'state'; v: 'open' | 'closed' | 'unknown' }
  | { t: 'comment'; v: string }
  | { t: '247' }
  | { t: 'sym'; v: '-' | ',' | ';' | '[' | ']' | '/' | ':' };

class ParseError extends Error {}

// Sticky expressions read at a position without copying the rest of the input: tokenizing stays
// linear (10,000 time ranges in one value).
const TIME_AT = /(\d{1,2}):(\d{2})/y;
const NUM_AT = /\d+/y;
const WORD_AT = /[A-Za-z]+/y;
const SPACE = /\s/;

function tokenize(input: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const s = input;
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(s);
  };
  while (i < s.length) {
    const c = s[i] as string;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      const end = s.indexOf('"', i + 1);
      if (end < 0) throw new ParseError('guillemet non fermé');
      out.push({ t: 'comment', v: s.slice(i + 1, end).trim() });
      i = end + 1;
      continue;
    }
    if (s.startsWith('24/7', i)) {
      out.push({ t: '247' });
      i += 4;
      continue;
    }
    const time = at(TIME_AT);
    if (time) {
      const h = Number(time[1]);
      const m = Number(time[2]);
      if (h > 48 || m > 59) throw new ParseError(`heure invalide « ${time[0]} »`);
      out.push({ t: 'time', v: h * 60 + m });
      i += time[0].length;
      continue;
    }
    const num = at(NUM_AT);
    if (num) {
      out.push({ t: 'num', v: Number(num[0]), raw: num[0] });
      i += num[0].length;
      continue;
    }
    const word = at(WORD_AT);
    if (word) {
      const w = word[0];
      const lower = w.toLowerCase();
      const wd = WEEKDAYS.findIndex((d) => d.toLowerCase() === lower);
      const mo = MONTHS.findIndex((d) => d.toLowerCase() === lower);
      if (wd >= 0) out.push({ t: 'wd', v: wd });
      else if (mo >= 0) out.push({ t: 'month', v: mo + 1 });
      else if (w === 'PH') out.push({ t: 'ph' });
      else if (w === 'SH') out.push({ t: 'sh' });
      else if (lower === 'week') out.push({ t: 'week' });
      else if (lower === 'open') out.push({ t: 'state', v: 'open' });
      else if (lower === 'off' || lower === 'closed') out.push({ t: 'state', v: 'closed' });
      else if (lower === 'unknown') out.push({ t: 'state', v: 'unknown' });
      else throw new ParseError(`mot inconnu « ${w.slice(0, 40)} »`);
      i += w.length;
      continue;
    }
    if ('-,;[]/:'.includes(c)) {
      out.push({ t: 'sym', v: c as '-' });
      i++;
      continue;
    }
    if (c === '–' || c === '—') {
      out.push({ t: 'sym', v: '-' });
      i++;
      continue;
    }
    throw new ParseError(`caractère inattendu « ${c} »`);
  }
  return out;
}

class Parser {
  i = 0;
  warnings: string[] = [];
  constructor(private readonly tokens: Token[]) {}
  peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }
  isSym(v: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.t === 'sym' && t.v === v;
  }
  next(): Token {
    const t = this.tokens[this.i++];
    if (!t) throw new ParseError('fin inattendue');
    return t;
  }
  expectSym(v: string): void {
    const t = this.next();
    if (t.t !== 'sym' || t.v !== v) throw new ParseError(`« ${v} » attendu`);
  }
  done(): boolean {
    return this.i >= this.tokens.length;
  }

  parseAll(): OpeningRule[] {
    const rules: OpeningRule[] = [];
    let additional = false;
    while (!this.done()) {
      if (this.isSym(';')) {
        this.i++;
        additional = false;
        continue;
      }
      rules.push(this.parseRule(additional));
      if (this.done()) break;
      if (this.isSym(';')) {
        this.i++;
        additional = false;
      } else if (this.isSym(',')) {
        this.i++;
        additional = true;
      } else {
        throw new ParseError('séparateur « ; » attendu entre deux règles');
      }
    }
    if (rules.length === 0) throw new ParseError('aucune règle');
    return rules;
  }

  parseRule(additional: boolean): OpeningRule {
    const rule: OpeningRule = {
      weekdays: null,
      nth: null,
      ph: false,
      sh: false,
      weeks: null,
      dates: null,
      times: [],
      state: 'open',
      additional,
    };
    let hasSelector = false;
    // Date ranges: `2025 Jul 27 - 2025 Sep 24`, `Dec 24`, `Jul-Aug`.
    if (this.peek()?.t === 'month' || (this.peek()?.t === 'num' && this.peek(1)?.t === 'month')) {
      rule.dates = this.parseDates();
      hasSelector = true;
    }
    if (this.peek()?.t === 'week') {
      this.i++;
      rule.weeks = this.parseWeeks();
      hasSelector = true;
    }
    if (this.peek()?.t === 'wd' || this.peek()?.t === 'ph' || this.peek()?.t === 'sh') {
      this.parseWeekdays(rule);
      hasSelector = true;
      if (this.isSym(':')) {
        this.i++;
        this.warnings.push('deux-points après les jours');
      }
    }
    if (this.peek()?.t === '247') {
      this.i++;
      rule.times = [{ from: 0, to: 1440 }];
      hasSelector = true;
    } else if (this.peek()?.t === 'time' || this.peek()?.t === 'num') {
      rule.times = this.parseTimes();
      hasSelector = true;
    }
    const st = this.peek();
    if (st?.t === 'state') {
      this.i++;
      rule.state = st.v;
      hasSelector = true;
    }
    const cm = this.peek();
    if (cm?.t === 'comment') {
      this.i++;
      rule.comment = cm.v;
      // A rule made only of a selector and a comment says "ask": its state is unknown.
      if (rule.times.length === 0 && st?.t !== 'state') rule.state = 'unknown';
      hasSelector = true;
    }
    if (!hasSelector) throw new ParseError('règle vide ou illisible');
    if (
      rule.state === 'open' &&
      rule.times.length === 0 &&
      rule.weekdays === null &&
      !rule.ph &&
      !rule.dates &&
      !rule.weeks &&
      st?.t !== 'state'
    )
      throw new ParseError('règle sans horaire');
    return rule;
  }

  parseDatePoint(): { year?: number; month: number; day?: number } {
    let year: number | undefined;
    const a = this.peek();
    if (a?.t === 'num' && a.raw.length === 4) {
      year = a.v;
      this.i++;
    }
    const m = this.next();
    if (m.t !== 'month') throw new ParseError('mois attendu');
    let day: number | undefined;
    const d = this.peek();
    if (d?.t === 'num' && d.raw.length <= 2 && this.peek(1)?.t !== 'sym') {
      day = d.v;
      this.i++;
    } else if (
      d?.t === 'num' &&
      d.raw.length <= 2 &&
      (this.isSym('-', 1) || this.isSym(',', 1) || this.isSym(';', 1))
    ) {
      day = d.v;
      this.i++;
    }
    return { ...(year !== undefined ? { year } : {}), month: m.v, ...(day !== undefined ? { day } : {}) };
  }

  parseDates(): DateRange[] {
    const ranges: DateRange[] = [];
    for (;;) {
      const from = this.parseDatePoint();
      let to = { ...from };
      if (this.isSym('-')) {
        this.i++;
        const n = this.peek();
        if (n?.t === 'num' && n.raw.length <= 2 && from.day !== undefined) {
          // `Dec 24-26`
          this.i++;
          to = { ...from, day: n.v };
        } else {
          to = this.parseDatePoint();
          if (to.year === undefined && from.year !== undefined) to.year = from.year;
        }
      }
      ranges.push({ from, to });
      if (
        this.isSym(',') &&
        (this.peek(1)?.t === 'month' || (this.peek(1)?.t === 'num' && this.peek(2)?.t === 'month'))
      ) {
        this.i++;
        continue;
      }
      return ranges;
    }
  }

  parseWeeks(): WeekRange[] {
    const weeks: WeekRange[] = [];
    for (;;) {
      const a = this.next();
      if (a.t !== 'num') throw new ParseError('numéro de semaine attendu');
      let to = a.v;
      let step = 1;
      if (this.isSym('-')) {
        this.i++;
        const b = this.next();
        if (b.t !== 'num') throw new ParseError('numéro de semaine attendu');
        to = b.v;
        if (this.isSym('/')) {
          this.i++;
          const c = this.next();
          if (c.t !== 'num' || c.v < 1) throw new ParseError('pas de semaine attendu');
          step = c.v;
        }
      }
      if (a.v < 1 || a.v > 53 || to < 1 || to > 53) throw new ParseError('semaine hors de 1 à 53');
      weeks.push({ from: a.v, to, step });
      if (this.isSym(',') && this.peek(1)?.t === 'num' && this.peek(2)?.t !== 'sym') {
        this.i++;
        continue;
      }
      if (this.isSym(',') && this.peek(1)?.t === 'num' && this.isSym('-', 2) && this.peek(3)?.t === 'num') {
        this.i++;
        continue;
      }
      return weeks;
    }
  }

  parseWeekdays(rule: OpeningRule): void {
    const days = new Set<number>();
    let sawDay = false;
    for (;;) {
      const t = this.next();
      if (t.t === 'ph') rule.ph = true;
      else if (t.t === 'sh') rule.sh = true;
      else if (t.t === 'wd') {
        sawDay = true;
        if (this.isSym('-') && this.peek(1)?.t === 'wd') {
          this.i++;
          const end = (this.next() as { v: number }).v;
          for (let d = t.v; ; d = (d + 1) % 7) {
            days.add(d);
            if (d === end) break;
          }
        } else if (this.isSym('[')) {
          this.i++;
          const nth: number[] = [];
          for (;;) {
            let sign = 1;
            if (this.isSym('-')) {
              this.i++;
              sign = -1;
            }
            const n = this.next();
            if (n.t !== 'num' || n.v < 1 || n.v > 5)
              throw new ParseError('rang de jour attendu entre crochets');
            nth.push(sign * n.v);
            if (this.isSym(',')) {
              this.i++;
              continue;
            }
            break;
          }
          this.expectSym(']');
          days.add(t.v);
          rule.nth = nth;
        } else days.add(t.v);
      } else throw new ParseError('jour attendu');
      if (
        this.isSym(',') &&
        (this.peek(1)?.t === 'wd' || this.peek(1)?.t === 'ph' || this.peek(1)?.t === 'sh')
      ) {
        // `Mo-Fr 9:00-12:00, Sa 10:00-12:00`: a comma after times is a new rule, handled by the caller;
        // here we are still inside the weekday list.
        this.i++;
        continue;
      }
      break;
    }
    rule.weekdays = sawDay ? [...days].sort((a, b) => a - b) : null;
  }

  parseTimePoint(): number {
    const t = this.next();
    if (t.t === 'time') return t.v;
    if (t.t === 'num' && t.v <= 24 && t.raw.length <= 2) {
      this.warnings.push(`heure sans minutes « ${t.raw} »`);
      return t.v * 60;
    }
    throw new ParseError('heure attendue');
  }

  parseTimes(): TimeRange[] {
    const times: TimeRange[] = [];
    for (;;) {
      const from = this.parseTimePoint();
      if (!this.isSym('-')) throw new ParseError('plage horaire incomplète (heure de fin manquante)');
      this.i++;
      let to = this.parseTimePoint();
      if (to <= from) to += 1440;
      if (to - from > 1440) throw new ParseError('plage horaire de plus de 24 h');
      times.push({ from, to });
      if (this.isSym('-')) throw new ParseError('plage horaire avec trois heures');
      if (
        this.isSym(',') &&
        (this.peek(1)?.t === 'time' || (this.peek(1)?.t === 'num' && this.isSym('-', 2)))
      ) {
        this.i++;
        continue;
      }
      return times;
    }
  }
}

/** Parses an OSM opening_hours value. Never throws. */
export function parseOpeningHours(value: string): ParsedOpeningHours {
  const trimmed = value.trim();
  if (!trimmed) return { ok: false, value, error: 'horaires vides' };
  try {
    const parser = new Parser(tokenize(trimmed));
    const rules = parser.parseAll();
    return { ok: true, value: trimmed, rules, warnings: parser.warnings };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, value, error: e.message };
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers (pure, on civil dates)

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
  if (departement && ['57', '67', '68'].includes(departement)) {
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

function hasSh(rules: OpeningRule[]): boolean {
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

// ---------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------
// Plain-French status: "Ouvert, ferme à 17 h", "Ouvre lundi à 9 h".

const JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

export function formatMinute(min: number): string {
  const m = ((min % 1440) + 1440) % 1440;
  const h = Math.floor(m / 60);
  const mm = m % 60;
  return mm === 0 ? `${h} h` : `${h} h ${String(mm).padStart(2, '0')}`;
}

export interface OpeningStatus {
  /** true open, false closed, null not known. */
  open: boolean | null;
  /** Short sentence for people: "Ouvert, ferme à 17 h". */
  text: string;
  /** Comment attached to the rule in force, shown as written. */
  comment?: string;
  /** Open at some point today (null when unknown). */
  openToday: boolean | null;
  /** What `text` says, as data, for pages that word it in another language. */
  detail: OpeningDetail;
}

/** Minutes from midnight; `dayOffset` from today (0 today, 1 tomorrow), `weekday` 0 = Monday. */
export type OpeningDetail =
  | { kind: 'raw'; value: string }
  | { kind: 'always' }
  | { kind: 'open'; closes: number; dayOffset: number; weekday: number; holidaysMaybe: boolean }
  | { kind: 'check'; comment?: string }
  | { kind: 'opens'; at: number; dayOffset: number; weekday: number; maybe: boolean }
  | { kind: 'closed' };

/** Status at an instant, in the place's time zone. */
export function openingStatus(
  parsed: ParsedOpeningHours,
  now: Date,
  opts: EvalOptions & { timeZone?: string; clock?: WallClock } = {},
): OpeningStatus {
  if (!parsed.ok)
    return {
      open: null,
      text: `Horaires : ${parsed.value.trim()}`,
      openToday: null,
      detail: { kind: 'raw', value: parsed.value.trim() },
    };
  const { date, minute } = opts.clock ?? wallClock(now, opts.timeZone);
  // The place's clock: its skipped hour in spring is not described as opening hours.
  opts = { ...opts, timeZone: opts.timeZone ?? 'Europe/Paris' };
  const rules = parsed.rules;
  const shMatters = hasSh(rules);
  const today = dayIntervals(rules, date, opts);
  const openToday = today.intervals.some((i) => i.state === 'open')
    ? true
    : today.unknown || today.intervals.length > 0 || shMatters
      ? null
      : false;
  const open = isOpenAt(parsed, date, minute, opts);
  const current = today.intervals.find((i) => minute >= i.from && minute < i.to);
  if (open === true && current) {
    // Follow contiguous open intervals to find the real closing time (also over midnight).
    let end = current.to;
    let d = date;
    for (let guard = 0; guard < 7 && end >= 1440; guard++) {
      d = addDays(d, 1);
      const next = dayIntervals(rules, d, opts).intervals.find((i) => i.from === 0 && i.state === 'open');
      if (!next) break;
      end = 1440 * (guard + 1) + next.to;
    }
    if (end - minute >= 7 * 1440)
      return { open, text: 'Ouvert 24 h sur 24', openToday, detail: { kind: 'always' } };
    const sameDay = end < 1440;
    const weekday = (weekdayOf(date) + Math.floor(end / 1440)) % 7;
    const text = sameDay
      ? `Ouvert, ferme à ${formatMinute(end)}`
      : `Ouvert, ferme ${JOURS[weekday]} à ${formatMinute(end)}`;
    return {
      open,
      text: shMatters ? `${text} (sauf vacances scolaires peut-être)` : text,
      openToday,
      detail: {
        kind: 'open',
        closes: end % 1440,
        dayOffset: Math.floor(end / 1440),
        weekday,
        holidaysMaybe: shMatters,
      },
    };
  }
  if (open === null) {
    const comment = current?.comment ?? today.comment;
    return {
      open,
      text: comment ? `Ouverture à vérifier : « ${comment} »` : 'Ouverture à vérifier',
      ...(comment ? { comment } : {}),
      openToday,
      detail: comment ? { kind: 'check', comment } : { kind: 'check' },
    };
  }
  // Closed: find the next opening within 8 days.
  for (let offset = 0; offset < 8; offset++) {
    const d = addDays(date, offset);
    const day = dayIntervals(rules, d, opts);
    const nextI = day.intervals.find((i) => (offset === 0 ? i.from > minute : true) && i.from < 1440);
    if (nextI) {
      const when = offset === 0 ? '' : offset === 1 ? 'demain ' : `${JOURS[weekdayOf(d)]} `;
      const verb = nextI.state === 'open' ? 'Fermé, ouvre' : 'Fermé, ouvre peut-être';
      return {
        open: false,
        text: `${verb} ${when}à ${formatMinute(nextI.from)}`,
        ...(nextI.comment ? { comment: nextI.comment } : {}),
        openToday,
        detail: {
          kind: 'opens',
          at: nextI.from,
          dayOffset: offset,
          weekday: weekdayOf(d),
          maybe: nextI.state !== 'open',
        },
      };
    }
    if (day.unknown && offset > 0)
      return { open: false, text: 'Fermé', openToday, detail: { kind: 'closed' } };
  }
  return { open: false, text: 'Fermé', openToday, detail: { kind: 'closed' } };
}

/** One day of weekTable: French wording, and the day's schedule as data (0 = Monday). */
export interface WeekRow {
  day: string;
  text: string;
  weekday: number;
  schedule: DaySchedule;
}

/** Week table for the detail view: one line per day, from Monday, for the week containing `now`. */
export function weekTable(
  parsed: ParsedOpeningHours,
  now: Date,
  opts: EvalOptions & { timeZone?: string } = {},
): WeekRow[] | null {
  if (!parsed.ok) return null;
  const { date } = wallClock(now, opts.timeZone);
  opts = { ...opts, timeZone: opts.timeZone ?? 'Europe/Paris' };
  const monday = addDays(date, -weekdayOf(date));
  const rows: WeekRow[] = [];
  for (let i = 0; i < 7; i++) {
    const d = addDays(monday, i);
    const day = dayIntervals(parsed.rules, d, opts);
    const parts = day.intervals.map((iv) => {
      const r = `${formatMinute(iv.from)} à ${formatMinute(iv.to)}`;
      return iv.comment ? `${r} (${iv.comment})` : iv.state === 'unknown' ? `${r} (à vérifier)` : r;
    });
    const text = parts.length
      ? parts.join(', ')
      : day.unknown
        ? day.comment
          ? `À vérifier : ${day.comment}`
          : 'À vérifier'
        : 'Fermé';
    rows.push({
      day: JOURS[i] as string,
      text: text.charAt(0).toUpperCase() + text.slice(1),
      weekday: i,
      schedule: day,
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Converters from other formats to an OSM string.

const FRENCH_DAYS: Record<string, number> = {
  lundi: 0,
  mardi: 1,
  mercredi: 2,
  jeudi: 3,
  vendredi: 4,
  samedi: 5,
  dimanche: 6,
};

/** Own keys only: a day named "constructor" is not a day. */
const frenchDay = (v: string | undefined): number | undefined => {
  const k = (v ?? '').trim().toLowerCase();
  return Object.hasOwn(FRENCH_DAYS, k) ? FRENCH_DAYS[k] : undefined;
};

const hhmm = (v: string | undefined): string | null => {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec((v ?? '').trim());
  if (!m) return null;
  return `${m[1]?.padStart(2, '0')}:${m[2]}`;
};

function osmDays(from: number, to: number): string {
  const a = WEEKDAYS[from] as string;
  const b = WEEKDAYS[to] as string;
  return from === to ? a : `${a}-${b}`;
}

const quote = (c: string): string => `"${c.replace(/"/g, "'").replace(/\s+/g, ' ').trim()}"`;

export interface DilaPlage {
  nom_jour_debut?: string;
  nom_jour_fin?: string;
  valeur_heure_debut_1?: string;
  valeur_heure_fin_1?: string;
  valeur_heure_debut_2?: string;
  valeur_heure_fin_2?: string;
  commentaire?: string;
}

/** DILA `plage_ouverture` → OSM. Returns null when a line cannot be read (caller keeps the text). */
export function dilaPlagesToOsm(plages: DilaPlage[]): string | null {
  const rules: string[] = [];
  for (const p of plages) {
    const from = frenchDay(p.nom_jour_debut);
    const to = frenchDay(p.nom_jour_fin ?? p.nom_jour_debut);
    if (from === undefined || to === undefined) return null;
    const ranges: string[] = [];
    for (const [a, b] of [
      [p.valeur_heure_debut_1, p.valeur_heure_fin_1],
      [p.valeur_heure_debut_2, p.valeur_heure_fin_2],
    ]) {
      if (!a && !b) continue;
      const s = hhmm(a);
      const e = hhmm(b);
      if (!s || !e) return null;
      ranges.push(`${s}-${e}`);
    }
    if (ranges.length === 0) continue;
    const comment = (p.commentaire ?? '').trim();
    rules.push(`${osmDays(from, to)} ${ranges.join(',')}${comment ? ` ${quote(comment)}` : ''}`);
  }
  return rules.length ? rules.join('; ') : null;
}

export interface DilaV3Horaire {
  du?: string;
  au?: string;
  heures?: { de?: string; a?: string }[];
}

/** etablissements-publics v3 `horaires` (any order, capitalised or not) → OSM. */
export function dilaV3HorairesToOsm(horaires: DilaV3Horaire[]): string | null {
  const rows = horaires.map((h) => ({
    from: frenchDay(h.du),
    to: frenchDay(h.au ?? h.du),
    heures: h.heures ?? [],
  }));
  if (rows.some((r) => r.from === undefined || r.to === undefined)) return null;
  rows.sort((a, b) => (a.from as number) - (b.from as number));
  const rules: string[] = [];
  for (const r of rows) {
    const ranges: string[] = [];
    for (const h of r.heures) {
      const s = hhmm(h.de);
      const e = hhmm(h.a);
      if (!s || !e) return null;
      ranges.push(`${s}-${e}`);
    }
    if (ranges.length) rules.push(`${osmDays(r.from as number, r.to as number)} ${ranges.join(',')}`);
  }
  return rules.length ? rules.join('; ') : null;
}

/**
 * Médiation numérique `horaires`: OSM already, but legacy files write `;` without a space, use
 * `Mo 9h-12h` or French day names. Normalises what it can; returns the input when it cannot.
 */
export function normaliseMediationHours(value: string): string {
  // Only outside quoted comments: a comment is shown as written.
  return value
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/(\d{1,2})h(\d{2})/g, '$1:$2')
            .replace(/(\d{1,2})h\b/g, '$1:00')
            .replace(/\s+/g, ' '),
    )
    .join('"')
    .trim();
}
