import { describe, expect, it } from 'vitest';
import { loadLocale } from '../i18n/messages.js';
import { formatMoneyInput } from './money.js';
import { parseDateParts, parseMoney } from './parse.js';

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('parseMoney', () => {
  const ok = (text: string) => {
    const r = parseMoney(text);
    if (!r.ok) throw new Error(`${text}: ${r.reason}`);
    return r.value;
  };
  it.each([
    ['1 200,50', 1200.5],
    ['1200.5', 1200.5],
    ['1 200 €', 1200],
    ['1200€', 1200],
    ['€ 35', 35],
    ['12 euros', 12],
    ['1.200', 1200],
    ['1.200,50', 1200.5],
    ['1,200.50', 1200.5],
    ['1,200,000', 1_200_000],
    ['0', 0],
    ['0,5', 0.5],
    [',50', 0.5],
    ['1\u202f234,56\u00a0€', 1234.56],
    ['+ 300', 300],
    ['  742,30  ', 742.3],
  ])('reads %s as %d', (text, value) => {
    expect(ok(text)).toBe(value);
  });

  it.each([
    ['douze', 'format'],
    ['12a', 'format'],
    ['1,2,3', 'format'],
    ['1.2.3', 'format'],
    ['12,5,0', 'format'],
    ['€', 'empty'],
    ['', 'empty'],
    ['-50', 'negative'],
    ['12,345,6', 'format'],
    ['3,14159', 'decimals'],
    ['99999999999', 'tooLarge'],
  ])('rejects %s (%s) with a message that says how to fix', (text, reason) => {
    const r = parseMoney(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      if (reason !== 'empty') expect(r.message).toMatch(/Écrivez|vérifiez/);
    }
  });

  it('gives the French display back and English messages in English', async () => {
    await loadLocale('en');
    const r = parseMoney('1200.5');
    expect(r.ok && plain(r.display)).toBe('1 200,50');
    expect(plain(formatMoneyInput(1200, 'fr'))).toBe('1 200');
    expect(formatMoneyInput(1200.5, 'en')).toBe('1,200.50');
    const en = parseMoney('abc', 'en');
    expect(!en.ok && en.message).toMatch(/^Write an amount/);
  });
});

describe('parseDateParts', () => {
  it('accepts real dates and returns ISO', () => {
    expect(parseDateParts({ day: '27', month: '3', year: '1985' })).toMatchObject({
      ok: true,
      iso: '1985-03-27',
    });
    expect(parseDateParts({ day: '29', month: '02', year: '2024' })).toMatchObject({
      ok: true,
      iso: '2024-02-29',
    });
  });
  it('refuses impossible dates and names the month and its number of days', () => {
    const r = parseDateParts({ day: '31', month: '2', year: '2026' });
    expect(r).toMatchObject({ ok: false, reason: 'impossible', field: 'day' });
    expect(!r.ok && r.message).toBe(
      'Cette date n’existe pas : février 2026 n’a que 28 jours. Vérifiez le jour.',
    );
    expect(parseDateParts({ day: '29', month: '2', year: '2025' })).toMatchObject({ reason: 'impossible' });
    expect(parseDateParts({ day: '31', month: '4', year: '2025' })).toMatchObject({ reason: 'impossible' });
  });
  it('says which part is wrong', () => {
    expect(parseDateParts({ day: '', month: '', year: '' })).toMatchObject({ reason: 'empty' });
    expect(parseDateParts({ day: '3', month: '', year: '1990' })).toMatchObject({
      reason: 'incomplete',
      field: 'month',
    });
    expect(parseDateParts({ day: '32', month: '1', year: '1990' })).toMatchObject({ reason: 'day' });
    expect(parseDateParts({ day: '1', month: '13', year: '1990' })).toMatchObject({ reason: 'month' });
    expect(parseDateParts({ day: '1', month: 'mars', year: '1990' })).toMatchObject({ reason: 'month' });
    expect(parseDateParts({ day: '1', month: '1', year: '90' })).toMatchObject({ reason: 'year' });
  });
  it('can refuse future dates', () => {
    const today = new Date(2026, 10, 24);
    expect(
      parseDateParts({ day: '25', month: '11', year: '2026' }, 'fr', { notInFuture: true, today }),
    ).toMatchObject({ reason: 'future', field: 'year' });
    expect(
      parseDateParts({ day: '24', month: '11', year: '2026' }, 'fr', { notInFuture: true, today }).ok,
    ).toBe(true);
  });
});
