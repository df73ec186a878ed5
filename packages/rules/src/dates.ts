// Dates: one time-zone rule for the whole kit. "Today" and "this month" are read in Europe/Paris,
// the time zone of the law the rules apply (a CAF month starts at midnight in metropolitan France),
// whatever the device's own zone. Dates are plain strings: YYYY-MM-DD and YYYY-MM.

export const TIME_ZONE = 'Europe/Paris';

let parisDay: Intl.DateTimeFormat | undefined;

/** Today's date in Europe/Paris, YYYY-MM-DD ("en-CA" formats dates that way). */
export function today(now: Date = new Date()): string {
  parisDay ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return parisDay.format(now);
}

/** The current month in Europe/Paris, YYYY-MM. */
export const currentMonth = (now: Date = new Date()): string => today(now).slice(0, 7);

/** Whole years between a birth date (YYYY-MM-DD) and a date (YYYY-MM-DD, or YYYY-MM for its first day). */
export function ageAt(birthDate: string, date: string): number {
  const day = date.length === 7 ? `${date}-01` : date;
  return +day.slice(0, 4) - +birthDate.slice(0, 4) - (day.slice(5) < birthDate.slice(5) ? 1 : 0);
}

/** Adds years to a YYYY-MM-DD date (29 February becomes 1 March). */
export function addYears(date: string, years: number): string {
  const y = +date.slice(0, 4) + years;
  const md = date.slice(5);
  if (md === '02-29') {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return `${y}-${leap ? '02-29' : '03-01'}`;
  }
  return `${y}-${md}`;
}

/** Adds months to a YYYY-MM-DD date (day kept; enough for "is the child 3 months old"). */
export function addMonths(date: string, months: number): string {
  const y = +date.slice(0, 4);
  const m = +date.slice(5, 7) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = (((m % 12) + 12) % 12) + 1;
  return `${yy}-${mm < 10 ? '0' : ''}${mm}-${date.slice(8)}`;
}

/** The month `n` months before or after `month` (YYYY-MM). */
export const shiftMonth = (month: string, n: number): string => addMonths(`${month}-01`, n).slice(0, 7);
