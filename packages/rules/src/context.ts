// Facts derived once per evaluation and shared by every right.
import { snapshotAt, listAt } from './parameters/index.js';
import type { RightResult } from './result.js';
import type { Member, Situation } from './situation.js';

export interface Person {
  index: number;
  member: Member;
  /** Path prefix in the situation, e.g. "household.members[1]". */
  path: string;
  /** Age in whole years on the first day of the evaluated month; undefined if no birth date. */
  age: number | undefined;
}

export interface Ctx {
  situation: Situation;
  /** YYYY-MM */
  month: string;
  /** YYYY-MM-01 */
  date: string;
  year: number;
  /** Numeric parameter in force on the evaluated month. */
  p: (id: string) => number;
  /** Parameter at another date (YYYY-MM-DD). */
  pAt: (id: string, date: string) => number;
  list: (id: string, date?: string) => readonly number[];
  applicant: Person;
  partner: Person | undefined;
  adults: Person[];
  children: Person[];
  others: Person[];
  couple: boolean;
  receiving: ReadonlySet<string>;
  /** Overseas département (971 to 976). */
  overseas: boolean;
  alsaceMoselle: boolean;
  /** Results already computed in this evaluation, by right id. */
  results: Map<string, RightResult>;
  /** Memo for shared intermediate values (e.g. estimated tax income). */
  memo: Map<string, unknown>;
}

/** Whole years between a birth date and a date, both YYYY-MM-DD. */
export function ageAt(birthDate: string, date: string): number {
  const by = +birthDate.slice(0, 4);
  const y = +date.slice(0, 4);
  const md = date.slice(5);
  const bmd = birthDate.slice(5);
  return y - by - (md < bmd ? 1 : 0);
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
  const mm = (m % 12) + 1;
  return `${yy}-${mm < 10 ? '0' : ''}${mm}-${date.slice(8)}`;
}

export function buildContext(situation: Situation, month: string): Ctx {
  const date = `${month}-01`;
  const p = snapshotAt(date);
  const persons: Person[] = situation.household.members.map((member, index) => ({
    index,
    member,
    path: `household.members[${index}]`,
    age: member.birthDate ? ageAt(member.birthDate, date) : undefined,
  }));
  const applicant = persons.find((x) => x.member.role === 'applicant') as Person;
  const partner = persons.find((x) => x.member.role === 'partner');
  const commune = situation.commune ?? '';
  const dep = commune.slice(0, 2);
  return {
    situation,
    month,
    date,
    year: +month.slice(0, 4),
    p,
    pAt: (id, d) => snapshotAt(d)(id),
    list: (id, d) => listAt(id, d ?? date),
    applicant,
    partner,
    adults: partner ? [applicant, partner] : [applicant],
    children: persons.filter((x) => x.member.role === 'child'),
    others: persons.filter((x) => x.member.role === 'other'),
    couple: situation.household.couple === true || partner !== undefined,
    receiving: new Set(situation.receiving ?? []),
    overseas: commune.startsWith('97'),
    alsaceMoselle: dep === '57' || dep === '67' || dep === '68',
    results: new Map(),
    memo: new Map(),
  };
}

/** Rounds to the cent. */
export const cents = (x: number): number => Math.round((x + Number.EPSILON) * 100) / 100;

/**
 * Amount after the 0.5 % CRDS, as published by the CAF and the MSA: the gross amount is rounded to
 * the cent, the CRDS is truncated to the cent (445,93 × 73 % = 325,53; CRDS 1,6277 → 1,62; 323,91).
 */
export const afterCrds = (gross: number, rate: number): number => {
  const g = cents(gross);
  return cents(g - Math.floor(g * rate * 100 + 1e-9) / 100);
};

/** French money formatting for reason sentences: 1 234,56 € (narrow no-break space between thousands). */
export function euros(x: number): string {
  const negative = x < 0;
  const c = Math.round(Math.abs(x) * 100 + Number.EPSILON);
  const int = Math.floor(c / 100);
  const dec = c % 100;
  let digits = String(int);
  let grouped = '';
  while (digits.length > 3) {
    grouped = `\u202f${digits.slice(-3)}${grouped}`;
    digits = digits.slice(0, -3);
  }
  grouped = digits + grouped;
  const sign = negative && c > 0 ? '-' : '';
  return dec === 0 ? `${sign}${grouped} €` : `${sign}${grouped},${dec < 10 ? '0' : ''}${dec} €`;
}
