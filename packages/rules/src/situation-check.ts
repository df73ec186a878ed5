// Fast acceptance for evaluate(): plain code that accepts only situations the schema of ./situation.ts
// accepts, so that a valid situation is neither copied nor walked by zod (about a quarter of a validated
// evaluation). What it does not accept goes through the schema, whose issues name the field.
// test/situation-check.test.ts holds the two in step: the same keys, and nothing accepted here that the
// schema refuses. Not exported by any entry.
import type { Situation } from './situation.js';
import * as vocabulary from './vocabulary.js';

/** YYYY-MM-DD and a day that exists (no 30 February). */
export const isRealDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const y = +s.slice(0, 4);
  const m = +s.slice(5, 7);
  const d = +s.slice(8, 10);
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
};

/** YYYY-MM, and an INSEE commune code (Corsica: 2A, 2B). */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const COMMUNE = /^(\d{5}|2[AB]\d{3})$/;

type Plain = Record<string, unknown>;
type Check = (v: unknown) => boolean;
const plain = (v: unknown): v is Plain => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
const upTo =
  (max: number): Check =>
  (v) =>
    typeof v === 'number' && v >= 0 && v <= max;
const oneOfSet = (values: readonly string[]): Check => {
  const set = new Set(values);
  return (v) => typeof v === 'string' && set.has(v);
};
const isBool: Check = (v) => typeof v === 'boolean';
const isText: Check = (v) => typeof v === 'string' && v.length > 0;
const isMoney = upTo(1_000_000);
/** By index, as the schema reads an array: a hole is an undefined item (every() would skip it). */
const allText = (a: readonly unknown[]): boolean => {
  for (let i = 0; i < a.length; i++) if (!isText(a[i])) return false;
  return true;
};

/** Every key of `o` is in `known` and every defined value passes its check (undefined: not answered). */
function fields(o: Plain, known: ReadonlyMap<string, Check>): boolean {
  for (const k in o) {
    const check = known.get(k);
    if (check === undefined) return false;
    const v = o[k];
    if (v !== undefined && !check(v)) return false;
  }
  return true;
}
const strict =
  (known: ReadonlyMap<string, Check>): Check =>
  (v) =>
    plain(v) && fields(v, known);

const INCOME_KEYS = new Map<string, Check>(
  ['salary', 'selfEmployed', 'unemploymentBenefit', 'sickPay', 'pension', 'maintenanceReceived', 'other'].map(
    (k) => [k, isMoney],
  ),
);
const MEMBER_KEYS = new Map<string, Check>([
  ['id', isText],
  ['role', oneOfSet(vocabulary.ROLES)],
  ['birthDate', (v) => typeof v === 'string' && isRealDate(v)],
  ['activity', oneOfSet(vocabulary.ACTIVITIES)],
  ['nationality', oneOfSet(vocabulary.NATIONALITIES)],
  ['residencePermitYears', upTo(120)],
  ['regularStay', isBool],
  ['disabilityRate', upTo(100)],
  ['rsdae', isBool],
  ['pregnant', isBool],
  ['incomes', strict(INCOME_KEYS)],
  ['unemploymentRightsExhausted', isBool],
  ['workedFiveOfLastTenYears', isBool],
  ['inSchool', isBool],
  ['schoolLevel', oneOfSet(vocabulary.SCHOOL_LEVELS)],
  ['alternatingCustody', isBool],
  ['otherParent', oneOfSet(vocabulary.OTHER_PARENT)],
  ['widowed', isBool],
]);
const HOUSING_KEYS = new Map<string, Check>([
  ['status', oneOfSet(vocabulary.HOUSING_STATUSES)],
  ['rent', isMoney],
  ['charges', isMoney],
  ['sharing', oneOfSet(vocabulary.HOUSING_SHARING)],
  ['withParents', isBool],
]);
const HOUSEHOLD_KEYS = new Map<string, Check>([
  ['couple', isBool],
  ['members', (v) => Array.isArray(v)],
]);
const SITUATION_KEYS = new Map<string, Check>([
  ['month', (v) => typeof v === 'string' && MONTH.test(v)],
  ['commune', (v) => typeof v === 'string' && COMMUNE.test(v)],
  ['household', strict(HOUSEHOLD_KEYS)],
  ['housing', strict(HOUSING_KEYS)],
  ['taxReferenceIncome', upTo(100_000_000)],
  ['receiving', (v) => Array.isArray(v) && allText(v)],
]);
/** The keys each object of the schema knows, for the test that holds the fast check in step. */
export const FAST_CHECK_KEYS = {
  situation: SITUATION_KEYS,
  household: HOUSEHOLD_KEYS,
  member: MEMBER_KEYS,
  incomes: INCOME_KEYS,
  housing: HOUSING_KEYS,
};

/**
 * True only for a situation `situationSchema` accepts as it is (false does not mean invalid: the schema
 * then decides and says why).
 */
export function isValidSituation(input: unknown): input is Situation {
  if (!plain(input) || !fields(input, SITUATION_KEYS)) return false;
  const household = input.household as Plain | undefined;
  const members = household?.members as unknown[] | undefined;
  if (!members || members.length < 1 || members.length > 20) return false;
  let applicants = 0;
  let partners = 0;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (!plain(m) || !fields(m, MEMBER_KEYS) || m.id === undefined || m.role === undefined) return false;
    if (m.role === 'applicant') applicants++;
    else if (m.role === 'partner') partners++;
    // Ids are unique (a household has a few members: no Set needed).
    for (let j = 0; j < i; j++) if ((members[j] as Plain).id === m.id) return false;
  }
  return applicants === 1 && partners <= 1 && !(partners === 1 && household?.couple === false);
}
