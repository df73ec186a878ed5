// Opening hours in the person's language, from the status and week table of @passerelle/partners as data.
import type { OpeningStatus, WeekRow } from '@passerelle/partners/browser';
import { formatDate } from '../i18n/format.js';
import type { Translate } from '../i18n/messages.js';
import type { HoursTable } from './messages.js';

/** "09:30" through Intl (French never comes here: see statusText). */
function time(minute: number, locale: string): string {
  const m = ((minute % 1440) + 1440) % 1440;
  return formatDate(new Date(Date.UTC(2024, 0, 1, Math.floor(m / 60), m % 60)), locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
}

/** Name of a weekday, 0 = Monday (1 January 2024 was a Monday). */
export function weekdayName(weekday: number, locale: string): string {
  return formatDate(new Date(Date.UTC(2024, 0, 1 + weekday)), locale, { weekday: 'long', timeZone: 'UTC' });
}

/** The status sentence: French as @passerelle/partners words it, other languages from their tables. */
export function statusText(s: OpeningStatus, t: Translate<HoursTable>, locale: string): string {
  if (locale === 'fr') return s.text;
  const d = s.detail;
  switch (d.kind) {
    case 'always':
      return t('hoursAlways');
    case 'open': {
      const text =
        d.dayOffset === 0
          ? t('hoursOpenUntil', { time: time(d.closes, locale) })
          : t('hoursOpenUntilDay', { day: weekdayName(d.weekday, locale), time: time(d.closes, locale) });
      return d.holidaysMaybe ? t('hoursHolidays', { status: text }) : text;
    }
    case 'check':
      return d.comment ? t('hoursCheckComment', { comment: d.comment }) : t('hoursCheck');
    case 'opens': {
      const params = { time: time(d.at, locale), day: weekdayName(d.weekday, locale) };
      if (d.dayOffset === 0) return t(d.maybe ? 'hoursMaybeOpens' : 'hoursOpens', params);
      if (d.dayOffset === 1) return t(d.maybe ? 'hoursMaybeOpensTomorrow' : 'hoursOpensTomorrow', params);
      return t(d.maybe ? 'hoursMaybeOpensDay' : 'hoursOpensDay', params);
    }
    default:
      return t('hoursClosed');
  }
}

/** One line of the week table: "lundi : 9 h à 12 h, 14 h à 17 h". */
export function dayText(row: WeekRow, t: Translate<HoursTable>, locale: string): string {
  if (locale === 'fr') return `${row.day} : ${row.text}`;
  const day = row.schedule;
  const parts = day.intervals.map((iv) => {
    const range = t('hoursRange', { from: time(iv.from, locale), to: time(iv.to, locale) });
    return iv.comment
      ? `${range} (${iv.comment})`
      : iv.state === 'unknown'
        ? t('hoursRangeCheck', { range })
        : range;
  });
  const hours = parts.length
    ? parts.join(', ')
    : day.unknown
      ? day.comment
        ? t('hoursDayCheckComment', { comment: day.comment })
        : t('hoursDayCheck')
      : t('hoursClosed');
  return t('hoursDay', { day: weekdayName(row.weekday, locale), hours });
}
