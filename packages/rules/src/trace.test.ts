// The reasons of a right as the evaluator builds them (rights/types.ts): sentences filled from compiled
// templates must read exactly as the plain "replace every {name}" rule gives, and the reasons keep their
// order whether a right adds them through the Trace or pushes and pops them itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { euros } from './context.js';
import { loadExtraRights } from './extra.js';
import { ALL_RIGHTS } from './catalogue.js';
import { COMMON_CONDITIONS } from './rights/common.js';
import { compileConditions, type ConditionText, Trace } from './rights/types.js';

loadExtraRights();

/** The rule the compiled templates implement, written the slow, obvious way. */
function reference(sentence: string, vars: Record<string, string | number> | undefined): string {
  const out = sentence.replace(/\{(\w+)\}/g, (whole, key: string) =>
    vars && key in vars ? String(vars[key]) : whole,
  );
  return out.charAt(0) >= 'a' && out.charAt(0) <= 'z' ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

const SENTENCES: [string, ConditionText][] = [
  ...Object.entries(COMMON_CONDITIONS),
  ...ALL_RIGHTS.flatMap((d) => Object.entries(d.conditions)),
];
const value = fc.oneof(
  fc.constantFrom('', 'vous', 'l’enfant « e1 »', '2 enfants'),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }).map(euros),
  fc.integer({ min: -5, max: 120 }),
);

describe('reasons', () => {
  it('fill every condition sentence of the catalogue as the plain rule does', () => {
    expect(SENTENCES.length).toBeGreaterThan(150);
    fc.assert(
      fc.property(
        fc.nat(SENTENCES.length - 1),
        fc.constantFrom('met', 'notMet', 'unknown' as const),
        fc.option(fc.dictionary(fc.constantFrom('value', 'who', 'years', 'have', 'rfr', 'x'), value), {
          nil: undefined,
        }),
        (i, which, vars) => {
          const [code, text] = SENTENCES[i] as [string, ConditionText];
          const t = new Trace(compileConditions({ [code]: text }));
          if (which === 'met') t.check(code, true, vars);
          else if (which === 'notMet') t.check(code, false, vars);
          else t.unknown(code, [], vars);
          const sentence = which === 'unknown' ? (text.unknown ?? text.notMet) : text[which];
          expect(t.reasons[0]?.text).toBe(reference(sentence, vars));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keep their order, with reasons a right pushes or pops itself', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('check', 'note', 'unknown', 'push', 'pop'), { maxLength: 9 }),
        (ops) => {
          const t = new Trace(compileConditions({ c: { met: 'oui {n}', notMet: 'non {n}' } }));
          const expected: { code: string; met: boolean; text: string; unknown?: boolean }[] = [];
          ops.forEach((op, n) => {
            if (op === 'check') {
              t.check('c', n % 2 === 0, { n });
              expected.push({ code: 'c', met: n % 2 === 0, text: `${n % 2 === 0 ? 'Oui' : 'Non'} ${n}` });
            } else if (op === 'note') {
              t.note('c', { n });
              expected.push({ code: 'c', met: true, text: `Oui ${n}` });
            } else if (op === 'unknown') {
              t.unknown('c', [`p${n}`], { n });
              expected.push({ code: 'c', met: false, unknown: true, text: `Non ${n}` });
            } else if (op === 'push') {
              const r = { code: 'own', met: false, text: `own ${n}` };
              t.reasons.push(r);
              expected.push(r);
            } else {
              t.reasons.pop();
              expected.pop();
            }
          });
          expect(t.reasons).toEqual(expected);
          expect(JSON.stringify(t.reasons)).toBe(JSON.stringify(expected));
        },
      ),
    );
  });

  it('write amounts as French money, the thousands apart (as Intl writes fr-FR, one space before €)', () => {
    const intl = (cents: number) =>
      new Intl.NumberFormat('fr-FR', {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
        maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
      })
        .format(cents / 100)
        .replace('\u00a0€', ' €');
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        expect(euros(cents / 100)).toBe(intl(cents));
      }),
      { numRuns: 3000 },
    );
    expect([euros(999.995), euros(-0.004), euros(1e15), euros(Number.NaN)]).toEqual([
      '1\u202f000 €',
      '0 €',
      '1\u202f000\u202f000\u202f000\u202f000\u202f000 €',
      'NaN,NaN €',
    ]);
  });
});
