import {
  addDays,
  dayIntervals,
  type DaySchedule,
  type EvalOptions,
  hasSh,
  isOpenAt,
  type WallClock,
  wallClock,
  weekdayOf,
} from './calendar.js';
import type { ParsedOpeningHours } from './parse.js';

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
