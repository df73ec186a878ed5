// Every answer a right reads is asked by some question of the flow (or derived from other answers): a
// `missing` path that no question settles is a question the person can never answer (issue 15).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusSituations } from '../../test/i18n/corpus.js';
import { evaluate } from '../evaluate.js';
import { loadExtraRights } from '../extra.js';
import type { Member, Situation } from '../situation.js';
import { ACTIVITIES, HOUSING_STATUSES, OTHER_PARENT } from '../vocabulary.js';
import { questionForMissing } from './index.js';

loadExtraRights();

/** Missing paths that no question asks, with why: the flow derives them or a person cannot know them. */
const DERIVED: Record<string, string> = {};

function unasked(s: Situation): string[] {
  let rights: ReturnType<typeof evaluate>['rights'];
  try {
    rights = evaluate(s).rights;
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const r of rights)
    for (const path of r.missing) {
      const generic = path.replace(/\[\d+\]/g, '[]');
      if (!questionForMissing(path, s) && !DERIVED[generic]) out.push(`${r.id}: ${path}`);
    }
  return out;
}

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const birth = (from: number, to: number) => fc.integer({ min: from, max: to }).map((y) => `${y}-03-15`);
const adult = (id: string, role: 'applicant' | 'partner') =>
  fc
    .record({
      birthDate: maybe(birth(1940, 2007)),
      activity: maybe(fc.constantFrom(...ACTIVITIES)),
      disabilityRate: maybe(fc.constantFrom(0, 50, 80)),
      salary: maybe(fc.integer({ min: 0, max: 3000 })),
    })
    .map((r): Member => {
      const m: Member = {
        id,
        role,
        nationality: 'fr',
        incomes: r.salary === undefined ? {} : { salary: r.salary },
      };
      if (r.birthDate) m.birthDate = r.birthDate;
      if (r.activity) m.activity = r.activity;
      if (r.disabilityRate !== undefined) m.disabilityRate = r.disabilityRate;
      return m;
    });
const situations = fc
  .record({
    applicant: adult('a', 'applicant'),
    partner: maybe(adult('b', 'partner')),
    children: fc.array(
      fc.record({ birthDate: birth(2008, 2026), otherParent: maybe(fc.constantFrom(...OTHER_PARENT)) }),
      { maxLength: 3 },
    ),
    status: maybe(fc.constantFrom(...HOUSING_STATUSES)),
    rent: maybe(fc.integer({ min: 0, max: 1200 })),
    rfr: maybe(fc.integer({ min: 0, max: 60_000 })),
  })
  .map((r): Situation => {
    const members: Member[] = [r.applicant];
    if (r.partner) members.push(r.partner);
    r.children.forEach((c, i) => {
      const m: Member = { id: `c${i}`, role: 'child', birthDate: c.birthDate };
      if (c.otherParent) m.otherParent = c.otherParent;
      members.push(m);
    });
    const s: Situation = { month: '2026-11', commune: '69123', household: { couple: !!r.partner, members } };
    if (r.status) s.housing = { status: r.status, ...(r.rent === undefined ? {} : { rent: r.rent }) };
    if (r.rfr !== undefined) s.taxReferenceIncome = r.rfr;
    return s;
  });

describe('every answer a right reads is asked', () => {
  it('including the housing details the housing benefit and the CSS read without marking them missing', () => {
    for (const path of [
      'housing.status',
      'housing.rent',
      'housing.charges',
      'housing.sharing',
      'housing.withParents',
    ])
      expect(questionForMissing(path)?.path, path).toBe(path);
  });
  it('in the reference households and worked examples, answer by answer', () => {
    const found = new Set(corpusSituations().flatMap(unasked));
    expect([...found].sort()).toEqual([]);
  });
  it('in generated households with answers left out', () => {
    // Every path found over the whole sample, generic (member indexes dropped), to name all gaps at once.
    const found = new Set(
      fc
        .sample(situations, { numRuns: 400, seed: 15 })
        .flatMap((s) => unasked(s).map((p) => p.replace(/\[\d+\]/g, '[]'))),
    );
    expect([...found].sort()).toEqual([]);
  });
});
