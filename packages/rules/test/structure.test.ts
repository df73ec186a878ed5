// Issue 12, rules side: one time-zone rule for dates, an evaluation order derived from `reads`, a
// history entry that changes nothing when imported.
import { describe, expect, it } from 'vitest';
import { CATALOGUE, orderByReads, RIGHT_DEFINITIONS } from '../src/catalogue.js';
import { addMonths, ageAt, currentMonth, shiftMonth, TIME_ZONE, today } from '../src/dates.js';
import { evaluateValid } from '../src/evaluate.js';
import { HISTORY_VALUES, loadHistory } from '../src/history.js';
import { isHistoryLoaded } from '../src/index.js';
import type { Ctx } from '../src/context.js';
import type { RightDefinition } from '../src/rights/types.js';

describe('dates: Europe/Paris whatever the device', () => {
  it('changes month at midnight in Paris, winter time (UTC+1)', () => {
    expect(TIME_ZONE).toBe('Europe/Paris');
    expect(currentMonth(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12');
    expect(currentMonth(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01');
    expect(today(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
  it('changes month at midnight in Paris, summer time (UTC+2)', () => {
    expect(currentMonth(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06');
    expect(currentMonth(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07');
  });
  it('follows the DST switches (29 March and 25 October 2026)', () => {
    // 31 March 2026 at 22:30 UTC is 1 April 00:30 in Paris (summer time started on 29 March).
    expect(currentMonth(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04');
    // 31 October 2026 at 23:30 UTC is 1 November 00:30 (winter time since 25 October).
    expect(currentMonth(new Date('2026-10-31T22:30:00Z'))).toBe('2026-10');
    expect(currentMonth(new Date('2026-10-31T23:30:00Z'))).toBe('2026-11');
    expect(today(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29');
    expect(today(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29');
  });
  it('counts ages in whole years, on a day or on the first of a month', () => {
    expect(ageAt('2008-04-01', '2026-03-31')).toBe(17);
    expect(ageAt('2008-04-01', '2026-04-01')).toBe(18);
    expect(ageAt('2008-04-02', '2026-04')).toBe(17);
    expect(ageAt('2008-04-01', today(new Date('2026-03-31T22:30:00Z')))).toBe(18);
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(shiftMonth('2026-02', -4)).toBe('2025-10');
  });
});

describe('evaluation order from reads', () => {
  it('puts every right after the rights it reads', () => {
    const at = new Map(RIGHT_DEFINITIONS.map((d, i) => [d.id as string, i]));
    for (const d of RIGHT_DEFINITIONS) {
      const reads = d.reads === 'all' ? CATALOGUE.filter((x) => x !== d).map((x) => x.id) : (d.reads ?? []);
      for (const id of reads) expect(at.get(id), `${d.id} reads ${id}`).toBeLessThan(at.get(d.id) as number);
    }
  });

  const fake = (id: string, reads?: RightDefinition['reads'], read?: string): RightDefinition =>
    ({
      id,
      theme: 'ressources',
      label: id,
      amountKind: 'none',
      contacts: ['ccas'],
      sources: [],
      conditions: {},
      ...(reads ? { reads } : {}),
      evaluate: (ctx: Ctx) => {
        if (read) ctx.results.get(read);
        return { amount: null };
      },
    }) as unknown as RightDefinition;

  it('derives the order whatever the list order', () => {
    const order = orderByReads([fake('rsa', ['af']), fake('af'), fake('css', ['rsa'])]).map((d) => d.id);
    expect(order).toEqual(['af', 'rsa', 'css']);
  });
  it('rejects a cycle, an unknown right and two rights reading all', () => {
    expect(() => orderByReads([fake('rsa', ['css']), fake('css', ['rsa'])])).toThrow(/cycle: rsa, css/);
    expect(() => orderByReads([fake('rsa', ['af'])])).toThrow(/not in the catalogue/);
    expect(() => orderByReads([fake('rsa', 'all'), fake('css', 'all')])).toThrow(/all read 'all'/);
  });
  it('a right that reads another without declaring it throws instead of reading nothing', async () => {
    const { buildContext } = await import('../src/context.js');
    const ctx = buildContext({ household: { members: [{ id: 'a', role: 'applicant' }] } }, '2026-05');
    ctx.results.reader = 'css';
    ctx.results.allowed = new Set(['rsa']);
    expect(() => ctx.results.get('rsa')).not.toThrow();
    expect(() => ctx.results.get('af')).toThrow(/right "css" reads "af" without declaring it/);
    expect(() => [...ctx.results.values()]).toThrow(/without declaring/);
  });
  it('`only` computes what the listed rights read, and returns just them', () => {
    const s = {
      household: { members: [{ id: 'a', role: 'applicant' as const, birthDate: '1980-01-01', incomes: {} }] },
      housing: { status: 'owner' as const },
    };
    const all = evaluateValid(s, { month: '2026-05' });
    const only = evaluateValid(s, { month: '2026-05', only: ['css'] });
    expect(only.rights.map((r) => r.id)).toEqual(['css']);
    expect(only.rights[0]).toEqual(all.rights.find((r) => r.id === 'css'));
  });
});

describe('history entry', () => {
  it('importing it changes nothing; loadHistory() adds 2018-2024', () => {
    expect(Object.keys(HISTORY_VALUES).length).toBeGreaterThan(50);
    expect(isHistoryLoaded()).toBe(false);
    const s = { household: { members: [{ id: 'a', role: 'applicant' as const }] } };
    expect(() => evaluateValid(s, { month: '2019-05' })).toThrow(/loadHistory/);
    loadHistory();
    expect(isHistoryLoaded()).toBe(true);
    expect(evaluateValid(s, { month: '2019-05' }).month).toBe('2019-05');
  });
});
