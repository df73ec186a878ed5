// Facts derived once per evaluation and shared by every right.
import { addMonths, addYears, ageAt } from './dates.js';
import { listAt, type ParameterId, snapshotAt, snapshotListAt } from './parameters/index.js';
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
  p: (id: ParameterId) => number;
  /** Parameter at another date (YYYY-MM-DD). */
  pAt: (id: ParameterId, date: string) => number;
  list: (id: ParameterId, date?: string) => readonly number[];
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
  /** Results of the rights the running right declares in `reads` (catalogue.ts orders them first). */
  results: Results;
  /** Memo for shared intermediate values (e.g. estimated tax income). */
  memo: Map<string, unknown>;
}

export { addMonths, addYears, ageAt };

/**
 * Results computed so far. A right may read only the rights it declares in `reads`: reading another
 * one throws, so a missing declaration cannot silently read nothing.
 */
export class Results {
  private readonly map = new Map<string, RightResult>();
  /** Set by the evaluator before each right: its id and what it declared. */
  reader = '';
  allowed: ReadonlySet<string> | 'all' = 'all';

  private guard(id: string): void {
    if (this.allowed !== 'all' && !this.allowed.has(id))
      throw new Error(`right "${this.reader}" reads "${id}" without declaring it in reads`);
  }
  get(id: string): RightResult | undefined {
    this.guard(id);
    return this.map.get(id);
  }
  values(): IterableIterator<RightResult> {
    this.guard('*');
    return this.map.values();
  }
  /** For the evaluator only. */
  set(id: string, r: RightResult): void {
    this.map.set(id, r);
  }
}

export function buildContext(situation: Situation, month: string): Ctx {
  const date = `${month}-01`;
  const p = snapshotAt(date);
  const list = snapshotListAt(date);
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
    list: (id, d) => (d === undefined ? list(id) : listAt(id, d)),
    applicant,
    partner,
    adults: partner ? [applicant, partner] : [applicant],
    children: persons.filter((x) => x.member.role === 'child'),
    others: persons.filter((x) => x.member.role === 'other'),
    couple: situation.household.couple === true || partner !== undefined,
    receiving: new Set(situation.receiving ?? []),
    overseas: commune.startsWith('97'),
    alsaceMoselle: dep === '57' || dep === '67' || dep === '68',
    results: new Results(),
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
