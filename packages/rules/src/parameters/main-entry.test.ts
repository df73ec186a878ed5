// Without the history entry, the main entry covers 2025-01 on and explains what to import otherwise.
import { describe, expect, it } from 'vitest';
import { evaluate, safeEvaluate } from '../evaluate.js';
import { loadExtraRights } from '../extra.js';
import { ParameterHistoryError, RIGHT_IDS } from '../index.js';

// The rights kept out of the browser entry (issue 15); they need no history either.
loadExtraRights();
import { earliestSupportedDate, isHistoryLoaded } from './index.js';

const s = { household: { members: [{ id: 'a', role: 'applicant', birthDate: '1980-01-01' }] } };

describe('main entry without history', () => {
  it('evaluates 2025 on, and asks for the history entry before', () => {
    expect(isHistoryLoaded()).toBe(false);
    expect(earliestSupportedDate()).toBe('2025-01-01');
    const rights = evaluate(s, { month: '2025-01' }).rights;
    expect(rights.length).toBe(RIGHT_IDS.length);
    expect(rights.length).toBeGreaterThanOrEqual(50);
    expect(new Set(rights.map((r) => r.theme)).size).toBe(6);
    expect(() => evaluate(s, { month: '2024-12' })).toThrow(ParameterHistoryError);
    expect(() => evaluate(s, { month: '2024-12' })).toThrow(/@passerelle\/rules\/history/);
    const r = safeEvaluate(s, { month: '2019-05' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]?.path).toBe('month');
  });
});
