import { describe, expect, it } from 'vitest';
import { familyBenefit, REFERENCE_AMOUNTS, referenceAmount, schoolGrant } from './amounts.js';
import { loadHistory } from './history.js';
import { parameterIds } from './parameters/index.js';

loadHistory();

describe('reference amounts', () => {
  it('reproduce the figures of the official scales they cite', () => {
    const checked = REFERENCE_AMOUNTS.filter((a) => a.source.published);
    expect(checked.length).toBeGreaterThanOrEqual(6);
    for (const a of checked) {
      const { date, value } = a.source.published as { date: string; value: number };
      expect(a.at(date), `${a.id} on ${date} (${a.source.url})`).toBe(value);
    }
  });
  it('round as the CAF does: gross to the cent, CRDS truncated', () => {
    // ASF, April 2026: 478,16 × 42,2 % = 201,78 (what the texts showed); CRDS 1,0089 → 1,00; 200,78.
    expect(familyBenefit(478.16, 0.422, 0.005)).toBe(200.78);
    expect(referenceAmount('asf.verse.un_parent')?.at('2026-04')).toBe(200.78);
    expect(schoolGrant(445.93, 0.256)).toBe(114);
  });
  it('have ids that no parameter uses, and read only known parameters', () => {
    const ids = new Set(parameterIds());
    for (const a of REFERENCE_AMOUNTS) {
      expect(ids.has(a.id), a.id).toBe(false);
      expect(a.id.startsWith(`${a.right}.verse.`), a.id).toBe(true);
      for (const p of a.parameters) expect(ids.has(p), `${a.id} reads ${p}`).toBe(true);
    }
  });
});
