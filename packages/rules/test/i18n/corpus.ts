// Results over many situations (worked examples, reference households and every prefix of their answers, so
// that missing answers give their "unknown" sentences too): the sentences a translation must cover.
import { evaluate } from '../../src/evaluate.js';
import { answersToSituation, referenceHouseholds } from '../../src/flow/index.js';
import type { RightResult } from '../../src/result.js';
import type { Situation } from '../../src/situation.js';
import { workedExamples } from '../examples/index.js';

const MONTH = '2026-11';

export function corpusSituations(): Situation[] {
  const out: Situation[] = workedExamples.map((e) => e.situation);
  for (const h of referenceHouseholds(MONTH)) {
    const keys = Object.keys(h.answers);
    for (let i = 1; i <= keys.length; i++) {
      const answers = Object.fromEntries(keys.slice(0, i).map((k) => [k, h.answers[k]!]));
      out.push(answersToSituation(answers, { month: MONTH }));
    }
  }
  return out;
}

export function corpusResults(): RightResult[] {
  const out: RightResult[] = [];
  for (const s of corpusSituations()) {
    try {
      out.push(...evaluate(s).rights);
    } catch {
      // A prefix of answers may not make a valid situation; the full ones do.
    }
  }
  return out;
}
