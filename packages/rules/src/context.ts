// Facts derived once per evaluation and shared by every right.
import { addMonths, addYears, ageAt } from './dates.js';
import { isHistoryLoaded, listAt, type ParameterId, snapshotAt, snapshotListAt } from './parameters/index.js';
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
  /** By position in evaluation order (`position` maps an id to it; shared by every evaluation). */
  private readonly slots: (RightResult | undefined)[];
  /** Set by the evaluator before each right: its id and what it declared. */
  reader = '';
  allowed: ReadonlySet<string> | 'all' = 'all';
  constructor(private readonly position: ReadonlyMap<string, number>) {
    this.slots = new Array(position.size);
  }

  private guard(id: string): void {
    if (this.allowed !== 'all' && !this.allowed.has(id))
      throw new Error(`right "${this.reader}" reads "${id}" without declaring it in reads`);
  }
  get(id: string): RightResult | undefined {
    this.guard(id);
    const i = this.position.get(id);
    return i === undefined ? undefined : this.slots[i];
  }
  /** Every result so far, in evaluation order. */
  values(): IterableIterator<RightResult> {
    this.guard('*');
    let n = 0;
    for (const r of this.slots) if (r !== undefined) n++;
    const out: RightResult[] = new Array(n);
    n = 0;
    for (const r of this.slots) if (r !== undefined) out[n++] = r;
    return out.values();
  }
  /** For the evaluator only: the result of the right at `position` in evaluation order. */
  set(position: number, r: RightResult): void {
    this.slots[position] = r;
  }
  /** Whether a right was evaluated (not a read of its result). */
  has(id: string): boolean {
    const i = this.position.get(id);
    return i !== undefined && this.slots[i] !== undefined;
  }
}

const NONE: ReadonlySet<string> = new Set();
/** Parameter readers of the last month evaluated (a session evaluates the same month again and again). */
let last: { date: string; history: boolean; p: Ctx['p']; list: Ctx['list'] } | undefined;
const pAt: Ctx['pAt'] = (id, d) => snapshotAt(d)(id);

function readers(date: string): NonNullable<typeof last> {
  const history = isHistoryLoaded();
  if (last?.date !== date || last.history !== history) {
    const p = snapshotAt(date);
    const list = snapshotListAt(date);
    last = { date, history, p, list: (id, d) => (d === undefined ? list(id) : listAt(id, d)) };
  }
  return last;
}

export function buildContext(
  situation: Situation,
  month: string,
  position: ReadonlyMap<string, number> = new Map(),
): Ctx {
  const date = `${month}-01`;
  const { p, list } = readers(date);
  const members = situation.household.members;
  const persons: Person[] = new Array(members.length);
  let applicant: Person | undefined;
  let partner: Person | undefined;
  const children: Person[] = [];
  const others: Person[] = [];
  for (let index = 0; index < members.length; index++) {
    const member = members[index] as Member;
    const x: Person = {
      index,
      member,
      path: `household.members[${index}]`,
      age: member.birthDate ? ageAt(member.birthDate, date) : undefined,
    };
    persons[index] = x;
    const role = member.role;
    if (role === 'applicant') applicant ??= x;
    else if (role === 'partner') partner ??= x;
    else if (role === 'child') children.push(x);
    else if (role === 'other') others.push(x);
  }
  const commune = situation.commune ?? '';
  const dep = commune.slice(0, 2);
  return {
    situation,
    month,
    date,
    year: +month.slice(0, 4),
    p,
    pAt,
    list,
    applicant: applicant as Person,
    partner,
    adults: partner ? [applicant as Person, partner] : [applicant as Person],
    children,
    others,
    couple: situation.household.couple === true || partner !== undefined,
    receiving: situation.receiving?.length ? new Set(situation.receiving) : NONE,
    overseas: commune.startsWith('97'),
    alsaceMoselle: dep === '57' || dep === '67' || dep === '68',
    results: new Results(position),
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
  const c = Math.round(Math.abs(x) * 100 + Number.EPSILON);
  const int = Math.floor(c / 100);
  const dec = c % 100;
  const sign = x < 0 && c > 0 ? '-' : '';
  // Huge or not a number (a bug upstream): the digits as String() writes them, grouped by three.
  const grouped = int < 1000 ? String(int) : int < 1e15 ? thousands(int) : groupDigits(String(int));
  return dec === 0 ? `${sign}${grouped} €` : `${sign}${grouped},${dec < 10 ? '0' : ''}${dec} €`;
}

/** 1234567 → "1 234 567" (narrow no-break spaces), by arithmetic rather than string slices. */
function thousands(n: number): string {
  const rest = n % 1000;
  const head = (n - rest) / 1000;
  const group = rest < 10 ? `00${rest}` : rest < 100 ? `0${rest}` : String(rest);
  return `${head < 1000 ? String(head) : thousands(head)}\u202f${group}`;
}

function groupDigits(digits: string): string {
  let grouped = '';
  while (digits.length > 3) {
    grouped = `\u202f${digits.slice(-3)}${grouped}`;
    digits = digits.slice(0, -3);
  }
  return digits + grouped;
}
