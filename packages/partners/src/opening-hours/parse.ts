/**
 * OSM `opening_hours`: the subset that French open data actually uses (day ranges and lists, several
 * time ranges, `off`/`closed`, `PH`, `SH`, `week` selectors, month/day ranges with a year, comments,
 * additional rules after `,`). Anything outside it is rejected, never guessed: callers show the raw text.
 */

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
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
