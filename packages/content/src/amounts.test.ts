import { describe, expect, it } from 'vitest';
import {
  ContentError,
  evaluatePlaceholder,
  formatEuros,
  placeholders,
  renderAmounts,
  todayInParis,
} from './amounts.js';

const params: Record<string, number | number[]> = { a: 100, b: 0.5, list: [10, 20, 30], big: 12523.14 };
const lookup = (id: string) => {
  const v = params[id];
  if (v === undefined) throw new Error(`unknown parameter "${id}"`);
  return v;
};

describe('placeholders', () => {
  it('lists placeholders with their parameters', () => {
    const p = placeholders('x {montant:a*b} y {nombre:list[1]} z {montant:big/12}');
    expect(p.map((x) => [x.kind, x.parameters])).toEqual([
      ['montant', ['a', 'b']],
      ['nombre', ['list']],
      ['montant', ['big']],
    ]);
  });
  it('rejects malformed placeholders with a clear message', () => {
    expect(() => placeholders('{montant:a+b}')).toThrow(ContentError);
    expect(() => placeholders('{montnt:a}')).toThrow(/malformed placeholder/);
    expect(() => placeholders('{montant:a')).toThrow(/malformed placeholder/);
  });
});

describe('evaluatePlaceholder', () => {
  it('multiplies, divides and indexes', () => {
    expect(evaluatePlaceholder('{montant:a*b}', '2026-01-01', lookup)).toBe(50);
    expect(evaluatePlaceholder('{montant:a*30}', '2026-01-01', lookup)).toBe(3000);
    expect(evaluatePlaceholder('{montant:big/12}', '2026-01-01', lookup)).toBeCloseTo(1043.595, 3);
    expect(evaluatePlaceholder('{nombre:list[2]}', '2026-01-01', lookup)).toBe(30);
  });
  it('names the placeholder in errors', () => {
    expect(() => evaluatePlaceholder('{montant:zzz}', '2026-01-01', lookup)).toThrow(
      '{montant:zzz}: unknown parameter "zzz"',
    );
    expect(() => evaluatePlaceholder('{montant:list}', '2026-01-01', lookup)).toThrow(/holds a list/);
    expect(() => evaluatePlaceholder('{montant:a[0]}', '2026-01-01', lookup)).toThrow(/single value/);
    expect(() => evaluatePlaceholder('{montant:list[9]}', '2026-01-01', lookup)).toThrow(/no value at \[9\]/);
  });
});

describe('renderAmounts', () => {
  it('formats French and English euros', () => {
    expect(renderAmounts('Vous recevez {montant:big/12} par mois.', { date: '2026-01-01', lookup })).toBe(
      'Vous recevez 1\u202f043,60\u00a0€ par mois.',
    );
    expect(renderAmounts('You get {montant:big/12}.', { date: '2026-01-01', lookup, locale: 'en' })).toBe(
      'You get €1,043.60.',
    );
    expect(renderAmounts('{montant:a} et {nombre:list[0]} ans', { date: '2026-01-01', lookup })).toBe(
      '100\u00a0€ et 10 ans',
    );
  });
  it('formats Arabic euros with Latin digits, as the questionnaire does (ar-u-nu-latn)', () => {
    expect(renderAmounts('تحصل على {montant:big/12}.', { date: '2026-01-01', lookup, locale: 'ar' })).toBe(
      'تحصل على \u200f1,043.60\u00a0€.',
    );
    expect(formatEuros(49.999, 'ar')).toBe('\u200f50\u00a0€');
    expect(renderAmounts('{nombre:list[0]} سنة', { date: '2026-01-01', lookup, locale: 'ar' })).toBe(
      '10 سنة',
    );
  });
  it('uses the real parameters by default', () => {
    expect(renderAmounts('{montant:rsa.montant_forfaitaire}', { date: '2026-05-01' })).toBe('651,69\u00a0€');
    expect(renderAmounts('{montant:rsa.montant_forfaitaire}', { date: '2025-05-01' })).toBe('646,52\u00a0€');
  });
  it('rounds to the cent and drops zero cents', () => {
    expect(formatEuros(49.999)).toBe('50\u00a0€');
    expect(formatEuros(151.798)).toBe('151,80\u00a0€');
  });
  it('knows today in Paris', () => {
    expect(todayInParis(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
  });
});
