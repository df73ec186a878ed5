// evaluate() skips zod for a situation the fast check accepts (src/situation-check.ts). The two must
// agree: the same keys, and on situations with one thing changed (a wrong value, a key removed or
// unknown, a second applicant…) the fast check accepts exactly what the schema accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BENCH_SITUATIONS } from '../bench/situations.js';
import { evaluate, evaluateValid, SituationError } from '../src/evaluate.js';
import { loadExtraRights } from '../src/extra.js';
import { FAST_CHECK_KEYS, isValidSituation } from '../src/situation-check.js';
import { incomesSchema, memberSchema, situationSchema } from '../src/situation.js';
import * as vocabulary from '../src/vocabulary.js';
import { workedExamples } from './examples/index.js';

loadExtraRights();

const SEEDS: readonly unknown[] = [...BENCH_SITUATIONS, ...workedExamples.map((e) => e.situation)];

/** Values a person, a form or a program might put anywhere in a situation. */
const ODD_VALUES: readonly unknown[] = [
  undefined,
  null,
  '',
  'x',
  0,
  -0,
  -1,
  1.5,
  100,
  101,
  120,
  121,
  1_000_000,
  1_000_000.01,
  100_000_001,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  {},
  ['rsa'],
  [''],
  { salary: 10 },
  { salary: -1 },
  '2024-02-29',
  '2023-02-29',
  '2026-04-31',
  '1990-13-01',
  '1990-1-01',
  '2026-05',
  '2026-00',
  '2026-13',
  '94028',
  '2A004',
  '2C004',
  '9402',
  'moi',
  // Every word of the vocabulary (roles, activities, statuses…), each valid in some field.
  ...Object.values(vocabulary).flatMap((v) => (Array.isArray(v) ? v : [])),
];

type Json = Record<string, unknown> | unknown[];
/** Every object and array inside a situation, with the situation itself first. */
function containers(x: unknown, out: Json[] = []): Json[] {
  if (typeof x !== 'object' || x === null) return out;
  out.push(x as Json);
  for (const v of Object.values(x)) containers(v, out);
  return out;
}

/** One change to a copy of a seed: set a key or an item, remove a key, or add an unknown one. */
const changed = fc
  .record({
    seed: fc.nat(SEEDS.length - 1),
    at: fc.nat(),
    key: fc.nat(),
    how: fc.constantFrom('set', 'remove', 'unknown'),
    value: fc.constantFrom(...ODD_VALUES),
  })
  .map(({ seed, at, key, how, value }) => {
    const s = structuredClone(SEEDS[seed]);
    const all = containers(s);
    const target = all[at % all.length] as Record<string, unknown>;
    const keys = Object.keys(target);
    const k = keys.length ? (keys[key % keys.length] as string) : 'id';
    if (how === 'remove') delete target[k];
    else if (how === 'unknown') target.extraField = value;
    else target[k] = structuredClone(value);
    return s;
  });

describe('fast check of a situation (evaluate without zod)', () => {
  it('knows the same keys as the schema', () => {
    const keys = (m: ReadonlyMap<string, unknown>) => [...m.keys()].sort();
    const shape = (s: { def: { shape: object } }) => Object.keys(s.def.shape).sort();
    const household = situationSchema.def.shape.household;
    expect(keys(FAST_CHECK_KEYS.situation)).toEqual(shape(situationSchema));
    expect(keys(FAST_CHECK_KEYS.household)).toEqual(shape(household));
    expect(keys(FAST_CHECK_KEYS.member)).toEqual(shape(memberSchema));
    expect(keys(FAST_CHECK_KEYS.incomes)).toEqual(shape(incomesSchema));
    const housing = situationSchema.def.shape.housing.def.innerType;
    expect(keys(FAST_CHECK_KEYS.housing)).toEqual(shape(housing));
  });

  it('accepts every worked example and bench situation as the schema does', () => {
    for (const s of SEEDS) {
      expect(situationSchema.safeParse(s).success).toBe(true);
      expect(isValidSituation(s)).toBe(true);
    }
  });

  it('accepts a changed situation exactly when the schema does', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(changed, (s) => {
        const ok = situationSchema.safeParse(s).success;
        expect(isValidSituation(s), JSON.stringify(s)).toBe(ok);
        if (ok) accepted++;
        else refused++;
      }),
      { numRuns: 3000 },
    );
    // Both sides of the property were exercised.
    expect(accepted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(300);
  });

  it('refuses what is not a plain object, and leaves such input to the schema', () => {
    for (const x of [null, undefined, 'situation', 3, [], new Date(0)])
      expect(isValidSituation(x)).toBe(false);
    // The schema, not the fast check, says what is wrong.
    expect(() => evaluate({ household: { members: [] } })).toThrow(SituationError);
  });

  it('gives evaluate() the same results as the schema path', () => {
    fc.assert(
      fc.property(changed, (s) => {
        const parsed = situationSchema.safeParse(s);
        if (!parsed.success) return;
        let expected: unknown;
        try {
          expected = evaluateValid(parsed.data);
        } catch (e) {
          expected = (e as Error).message;
        }
        let actual: unknown;
        try {
          actual = evaluate(s);
        } catch (e) {
          actual = (e as Error).message;
        }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
