// Worked household examples with amounts taken from official sources (see test/examples/README.md).
// One test per example. The expected figures were computed from the barèmes, independently of the
// engine's code: a failure means either the engine or the example is wrong, and the message gives the
// source and derivation to decide which. Disagreements that remain are listed in DISCREPANCIES.md and
// the example carries `pending`, which registers it as skipped (never as passing).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The history entry registers parameter values back to 2018-01 (the browser entry carries recent ones).
import { loadExtraRights } from '../src/extra.js';
import { loadHistory } from '../src/history.js';

loadHistory();
loadExtraRights();
import { evaluate } from '../src/evaluate.js';
import { RIGHT_IDS } from '../src/rights/types.js';
import { situationSchema } from '../src/situation.js';
import { type ExpectedRight, type WorkedExample, workedExamples } from './examples/index.js';

interface ActualAmount {
  value: number;
  per: string;
  kind?: string;
}
interface ActualRight {
  id: string;
  status: string;
  amount: ActualAmount | null;
  variant?: string;
  reasons?: { code?: string; met?: boolean; text?: string }[];
  missing?: string[];
}

// The catalogue's first rights, up to the bourses: the ones with an amount that official worked examples cover.
const RIGHTS_WITH_AMOUNT = RIGHT_IDS.slice(0, RIGHT_IDS.indexOf('bourse_lycee') + 1);

const euro = (n: number) => `${n.toFixed(2)} €`;

function describeAmount(a: ActualAmount | null | undefined): string {
  if (a === undefined) return '(absent)';
  if (a === null) return 'null';
  return `${euro(a.value)} / ${a.per}${a.kind ? ` (${a.kind})` : ''}`;
}

function describeExpectedAmount(e: ExpectedRight['amount']): string {
  if (e === undefined) return '(non vérifié)';
  if (e === null) return 'aucun (null ou 0)';
  return `${euro(e.value)} / ${e.per} ± ${e.tolerance}`;
}

/** Every way in which one right of the result differs from the expectation; empty when it matches. */
function compareRight(expected: ExpectedRight, actual: ActualRight | undefined): string[] {
  if (!actual) return [`droit « ${expected.id} » absent du résultat`];
  const problems: string[] = [];
  const statuses: readonly string[] =
    typeof expected.status === 'string' ? [expected.status] : expected.status;
  if (!statuses.includes(actual.status)) {
    problems.push(`statut : attendu ${statuses.join(' ou ')}, obtenu ${actual.status}`);
  }
  if (expected.variant !== undefined && actual.variant !== expected.variant) {
    problems.push(`variante : attendu ${expected.variant}, obtenu ${String(actual.variant)}`);
  }
  const e = expected.amount;
  const a = actual.amount;
  if (e === null || (e !== undefined && e.value === 0)) {
    // Nothing is paid: the engine may say so with null or with a zero amount.
    if (a != null && Math.abs(a.value) > (e?.tolerance ?? 0.005)) {
      problems.push(`montant : attendu ${describeExpectedAmount(e)}, obtenu ${describeAmount(a)}`);
    }
  } else if (e !== undefined) {
    if (a == null) {
      problems.push(`montant : attendu ${describeExpectedAmount(e)}, obtenu ${describeAmount(a)}`);
    } else {
      if (a.per !== e.per) problems.push(`périodicité : attendu ${e.per}, obtenu ${a.per}`);
      const diff = a.value - e.value;
      if (!(Math.abs(diff) <= e.tolerance + 1e-9)) {
        problems.push(
          `montant : attendu ${describeExpectedAmount(e)}, obtenu ${describeAmount(a)} (écart ${diff >= 0 ? '+' : ''}${diff.toFixed(2)} €)`,
        );
      }
    }
  }
  return problems;
}

function failureMessage(ex: WorkedExample, problems: string[], rights: ActualRight[]): string {
  const lines = [
    `${ex.id} — ${ex.title} (mois ${ex.month})`,
    ...problems.map((p) => `  ✗ ${p}`),
    `  source : ${ex.source}`,
    `  calcul : ${ex.derivation}`,
  ];
  for (const exp of ex.expected) {
    const r = rights.find((x) => x.id === exp.id);
    if (!r) continue;
    lines.push(`  moteur (${r.id}) : ${r.status}, ${describeAmount(r.amount)}`);
    for (const reason of r.reasons ?? [])
      lines.push(`    - [${reason.met ? 'ok' : 'non'}] ${reason.text ?? reason.code}`);
    if (r.missing?.length) lines.push(`    manquant : ${r.missing.join(', ')}`);
  }
  return lines.join('\n');
}

describe('worked examples: the comparator catches every kind of difference', () => {
  const right = (over: Partial<ActualRight>): ActualRight => ({
    id: 'rsa',
    status: 'eligible',
    amount: { value: 100, per: 'month', kind: 'estimate' },
    ...over,
  });
  const exp: ExpectedRight = {
    id: 'rsa',
    status: 'eligible',
    amount: { value: 100, per: 'month', tolerance: 1 },
  };

  it('accepts an amount within the tolerance and nothing else', () => {
    expect(compareRight(exp, right({}))).toEqual([]);
    expect(compareRight(exp, right({ amount: { value: 100.99, per: 'month' } }))).toEqual([]);
    expect(compareRight(exp, right({ amount: { value: 101.02, per: 'month' } }))).toHaveLength(1);
    expect(compareRight(exp, right({ amount: { value: 100, per: 'year' } }))).toHaveLength(1);
    expect(compareRight(exp, right({ amount: null }))).toHaveLength(1);
  });

  it('rejects a wrong status, a wrong variant and a missing right', () => {
    expect(compareRight(exp, right({ status: 'possible' }))).toHaveLength(1);
    expect(compareRight({ ...exp, status: ['eligible', 'possible'] }, right({ status: 'possible' }))).toEqual(
      [],
    );
    expect(compareRight({ ...exp, variant: 'gratuite' }, right({ variant: 'participative' }))).toHaveLength(
      1,
    );
    expect(compareRight(exp, undefined)).toHaveLength(1);
  });

  it('reads "nothing paid" as null or zero, never as a positive amount', () => {
    const none: ExpectedRight = { id: 'rsa', status: 'not_eligible', amount: null };
    expect(compareRight(none, right({ status: 'not_eligible', amount: null }))).toEqual([]);
    expect(compareRight(none, right({ status: 'not_eligible', amount: { value: 0, per: 'month' } }))).toEqual(
      [],
    );
    expect(
      compareRight(none, right({ status: 'not_eligible', amount: { value: 5, per: 'month' } })),
    ).toHaveLength(1);
  });
});

describe('worked examples: the data itself', () => {
  it('holds at least 60 examples, from 2018 on', () => {
    expect(workedExamples.length).toBeGreaterThanOrEqual(60);
    for (const ex of workedExamples) expect(ex.month >= '2018-01', ex.id).toBe(true);
  });

  it('gives every example a unique id of the form <right>-<nn>-<slug>', () => {
    const ids = workedExamples.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z_-]+-\d{2}-[a-z0-9-]+$/);
  });

  it('cites a source and shows a derivation for every example', () => {
    for (const ex of workedExamples) {
      expect(ex.source, ex.id).toMatch(/https?:\/\/|openfisca-france tests\//);
      expect(ex.derivation.length, ex.id).toBeGreaterThan(10);
      expect(ex.title.length, ex.id).toBeGreaterThan(10);
      expect(ex.month, ex.id).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(ex.expected.length, ex.id).toBeGreaterThan(0);
      for (const r of ex.expected) {
        if (r.amount) expect(r.amount.tolerance, `${ex.id} ${r.id}`).toBeGreaterThanOrEqual(0);
        if (r.amount) expect(r.amount.tolerance, `${ex.id} ${r.id}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('describes every household with a situation the contract schema accepts', () => {
    for (const ex of workedExamples) {
      const parsed = situationSchema.safeParse({ ...ex.situation, month: ex.month });
      expect(parsed.success, `${ex.id}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues)}`).toBe(
        true,
      );
    }
  });

  it('covers each of the 15 national rights with an amount', () => {
    const covered = new Set(workedExamples.flatMap((e) => e.expected.map((r) => r.id)));
    for (const id of RIGHTS_WITH_AMOUNT) expect(covered.has(id), id).toBe(true);
  });

  it('lists every pending example in DISCREPANCIES.md', () => {
    const doc = readFileSync(new URL('./examples/DISCREPANCIES.md', import.meta.url), 'utf8');
    for (const ex of workedExamples.filter((e) => e.pending)) expect(doc, ex.id).toContain(ex.id);
  });
});

describe('worked examples: engine against official amounts', () => {
  for (const ex of workedExamples) {
    const name = `${ex.id} — ${ex.title}`;
    if (ex.pending) {
      it.skip(`${name} [en attente : ${ex.pending}]`, () => {});
      continue;
    }
    it(name, () => {
      const result = evaluate({ ...ex.situation, month: ex.month }, { month: ex.month });
      const rights: ActualRight[] = result.rights;
      const problems = ex.expected.flatMap((exp) => {
        const found = rights.find((r) => r.id === exp.id);
        return compareRight(exp, found).map((p) => `${exp.id} : ${p}`);
      });
      if (problems.length > 0) expect.fail(failureMessage(ex, problems, rights));
    });
  }
});
