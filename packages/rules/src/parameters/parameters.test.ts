import { describe, expect, it } from 'vitest';
import { CURRENT_PARAMETERS } from './current-data.js';
import { HISTORY_VALUES } from './history-data.js';
import { CURRENT_VALUES } from './current-values.js';
import { ParameterHistoryError, type RevaluationCycle, valueAt } from './index.js';
import { listParameters, parameterAt, parameterDefinitions } from './metadata.js';
import { loadHistory } from '../history.js';

loadHistory();

/** Months between two revaluations, by cycle; "law" values change only when a text changes them. */
const CYCLE_MONTHS: Record<RevaluationCycle, number> = { january: 12, april: 12, october: 12, law: 24 };
const GRACE_DAYS = 45;

function staleParameters(today: Date): string[] {
  const out: string[] = [];
  for (const def of parameterDefinitions()) {
    const limit = new Date(today);
    limit.setUTCMonth(limit.getUTCMonth() - CYCLE_MONTHS[def.cycle]);
    limit.setUTCDate(limit.getUTCDate() - GRACE_DAYS);
    if (new Date(`${def.verifiedOn}T00:00:00Z`) < limit)
      out.push(`${def.id}: verified on ${def.verifiedOn}, revalued every ${CYCLE_MONTHS[def.cycle]} months`);
  }
  return out;
}

describe('parameters', () => {
  it('none is older than its revaluation cycle plus a grace period (re-check them against the source)', () => {
    expect(staleParameters(new Date())).toEqual([]);
  });

  it('the staleness check does catch an old verification', () => {
    expect(staleParameters(new Date('2029-06-01T00:00:00Z')).length).toBe(parameterDefinitions().length);
  });

  it('every value has a date, a source and is in order; ids are unique', () => {
    const ids = new Set<string>();
    for (const def of parameterDefinitions()) {
      expect(ids.has(def.id), def.id).toBe(false);
      ids.add(def.id);
      expect(def.label.length, def.id).toBeGreaterThan(5);
      expect(def.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      let previous = '';
      for (const [from, value, source] of def.values) {
        expect(from, def.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(from > previous, `${def.id} ${from}`).toBe(true);
        previous = from;
        expect(source.length, `${def.id} ${from}`).toBeGreaterThan(10);
        const values = typeof value === 'number' ? [value] : value;
        for (const v of values) expect(Number.isFinite(v), `${def.id} ${from}`).toBe(true);
      }
    }
    for (const id of Object.keys(HISTORY_VALUES)) expect(ids.has(id), id).toBe(true);
  });

  it('the browser entry carries every value in force from 2025-01-01', () => {
    for (const def of CURRENT_PARAMETERS)
      expect((def.values[0]?.[0] ?? '9999') <= '2025-01-01', def.id).toBe(true);
  });

  it('covers 2018-01 to the April 2026 revaluation, with the values then in force', () => {
    expect(parameterAt('rsa.montant_forfaitaire', '2018-01-15').value).toBe(545.48);
    expect(parameterAt('rsa.montant_forfaitaire', '2018-04-01').value).toBe(550.93);
    expect(parameterAt('rsa.montant_forfaitaire', '2026-03-31').value).toBe(646.52);
    expect(parameterAt('rsa.montant_forfaitaire', '2026-04-01')).toMatchObject({
      value: 651.69,
      from: '2026-04-01',
      source: expect.stringContaining('legifrance.gouv.fr'),
    });
    expect(parameterAt('bmaf', '2026-04').value).toBe(478.16);
    expect(parameterAt('af.plafond.tranche_1_base', '2026-01-01').value).toBe(66652);
    expect(parameterAt('smic.horaire_brut', '2026-01-01').value).toBe(12.02);
    expect(parameterAt('af.majoration_age.age', '2026-02-28').value).toBe(14);
    expect(parameterAt('af.majoration_age.age', '2026-03-01').value).toBe(18);
    expect(parameterAt('aah.deconjugalisation', '2023-09-30').value).toBe(0);
    expect(parameterAt('aah.deconjugalisation', '2023-10-01').value).toBe(1);
    expect(parameterAt('css.reforme', '2019-10-31').value).toBe(0);
    expect(parameterAt('css.reforme', '2019-11-01').value).toBe(1);
    expect(parameterAt('ppa.bonification.seuil_haut', '2026-04-01').value).toBe(138);
  });

  it('explains an unknown id and a date before the history', () => {
    expect(() => parameterAt('nope', '2026-01-01')).toThrow(/unknown parameter/);
    expect(() => parameterAt('rsa.montant_forfaitaire', '2017-01-01')).toThrow(ParameterHistoryError);
  });

  it('lists the parameters in force at a date', () => {
    const list = listParameters('2026-05-01');
    expect(list.length).toBe(parameterDefinitions().length);
    expect(list.find((p) => p.id === 'ppa.montant_forfaitaire')?.value).toBe(638.28);
  });
});

describe('current-values.ts (generated for the browser)', () => {
  it('holds exactly the values of current-data.ts, without sources', () => {
    const expected = Object.fromEntries(
      CURRENT_PARAMETERS.map((d) => [d.id, d.values.map(([from, value]) => [from, value])]),
    );
    // On failure: run `npm run generate -w @passerelle/rules` after editing current-data.ts.
    expect(CURRENT_VALUES).toEqual(expected);
    expect(Object.keys(CURRENT_VALUES)).toEqual(CURRENT_PARAMETERS.map((d) => d.id));
  });

  it('keeps each source with its value when read through the ./parameters entry', () => {
    const p = parameterAt('rsa.montant_forfaitaire', '2026-05');
    expect(p.source).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\//);
    expect(p.value).toBe(valueAt('rsa.montant_forfaitaire', '2026-05'));
    for (const def of parameterDefinitions())
      for (const v of def.values) expect(v[2], `${def.id} ${v[0]}`).not.toBe('');
  });
});
