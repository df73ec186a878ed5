// Without the history entry, the main entry covers 2025-01 on and explains what to import otherwise.
import { describe, expect, it } from 'vitest';
import { evaluate, safeEvaluate } from '../evaluate.js';
import { ParameterHistoryError } from '../index.js';
import { earliestSupportedDate, isHistoryLoaded } from './index.js';

const s = { household: { members: [{ id: 'a', role: 'applicant', birthDate: '1980-01-01' }] } };

describe('main entry without history', () => {
  it('evaluates 2025 on, and asks for the history entry before', () => {
    expect(isHistoryLoaded()).toBe(false);
    expect(earliestSupportedDate()).toBe('2025-01-01');
    expect(evaluate(s, { month: '2025-01' }).rights.length).toBeGreaterThan(20);
    expect(() => evaluate(s, { month: '2024-12' })).toThrow(ParameterHistoryError);
    expect(() => evaluate(s, { month: '2024-12' })).toThrow(/@passerelle\/rules\/history/);
    const r = safeEvaluate(s, { month: '2019-05' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]?.path).toBe('month');
  });
});
