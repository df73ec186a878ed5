// Issue 15 and 13: the social-housing ceilings by year (arrêté du 29 juillet 1987 as revised each January,
// the 2026 values by the arrêté du 19 décembre 2025) with the PLAI homes said, not guessed; the allowance
// of the contrat d'engagement jeune as a ceiling (code du travail, art. D5131-19), kept out of the total.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate.js';
import { loadHistory } from '../src/history.js';
import { me } from './examples/helpers.js';
import { isMonthlyCash, monthlyCash, nonRecours } from '../src/non-recours.js';
import type { RightResult } from '../src/result.js';
import type { Member } from '../src/situation.js';

loadHistory();

const texts = (r: RightResult) => r.reasons.map((x) => x.text).join(' | ');

describe('demande de logement social: ceilings of each year, PLAI said', () => {
  const hlm = (rfr: number, month: string, commune = '69123') => {
    const r = evaluate(
      {
        commune,
        household: { members: [me('1980-01-01')] },
        housing: { status: 'tenant' },
        taxReferenceIncome: rfr,
      },
      { month },
    ).rights.find((x) => x.id === 'logement_social');
    if (!r) throw new Error('no logement_social');
    return r;
  };
  it('single, other regions: PLUS 23 201 € in 2025, 23 403 € from January 2026 (+0,87 %)', () => {
    expect(hlm(23201, '2025-12').status).toBe('eligible');
    expect(hlm(23202, '2025-12').status).toBe('possible');
    expect(hlm(23202, '2026-01').status).toBe('eligible');
    expect(hlm(23403, '2026-01').status).toBe('eligible');
    expect(hlm(23404, '2026-01').status).toBe('possible');
  });
  it('Paris: PLUS 26 687 € in 2025, 26 920 € in 2026; PLS 130 % (34 996 €)', () => {
    expect(hlm(26920, '2025-06', '75056').status).toBe('possible');
    expect(hlm(26920, '2026-06', '75056').status).toBe('eligible');
    // 26 920 × 1,3 = 34 996.
    expect(hlm(34996, '2026-06', '75056').status).toBe('possible');
    expect(hlm(34997, '2026-06', '75056').status).toBe('not_eligible');
  });
  it('under the PLUS ceiling, says the "très sociaux" PLAI homes exist without guessing their ceilings', () => {
    const low = hlm(9000, '2026-05');
    expect(texts(low)).toContain('logements très sociaux (PLAI)');
    expect(texts(low)).toContain('vont d’abord aux plus petits revenus');
    expect(texts(hlm(25000, '2026-05'))).not.toContain('PLAI'); // PLS only
    expect(texts(hlm(40000, '2026-05'))).not.toContain('PLAI'); // above every ceiling
  });
});

describe('contrat d’engagement jeune: the allowance as a ceiling', () => {
  const young = (birthDate: string, month: string, more: Partial<Member> = {}) => {
    const result = evaluate(
      { commune: '69123', household: { members: [me(birthDate, { activity: 'unemployed', ...more })] } },
      { month },
    );
    const r = result.rights.find((x) => x.id === 'cej');
    if (!r) throw new Error('no cej');
    return { r, result };
  };
  it('19 years old in May 2026: up to 566,17 € (561,68 × 1,008), less in a taxed household', () => {
    const { r, result } = young('2007-01-10', '2026-05');
    expect(r.status).toBe('possible');
    expect(r.amount).toEqual({ value: 566.17, per: 'month', kind: 'flat', upTo: true });
    expect(texts(r)).toContain('Jusqu’à 566,17 € par mois');
    expect(texts(r)).toContain('moins s’il en paie');
    expect(texts(r)).toContain('foyer fiscal');
    // What it depends on cannot be checked: said as unknown, not as met.
    expect(r.reasons.find((x) => x.code === 'allowance')?.unknown).toBe(true);
    // A ceiling that depends on the tax household is never added to the monthly total, even if settled.
    expect(isMonthlyCash(r)).toBe(false);
    expect(monthlyCash([{ ...r, status: 'eligible' }])).toEqual({ count: 0, monthlyTotal: 0 });
    expect(nonRecours(result).rights.map((x) => x.id)).toContain('cej');
  });
  it('revalued each 1 April: 561,68 € in March 2026, 552,29 € in March 2025', () => {
    expect(young('2007-01-10', '2026-03').r.amount?.value).toBe(561.68);
    expect(young('2007-01-10', '2025-03').r.amount?.value).toBe(552.29);
    expect(young('2007-01-10', '2025-04').r.amount?.value).toBe(561.68);
  });
  it('under 18: up to 226,48 € (224,68 × 1,008); from 18: the adult amount', () => {
    const minor = young('2009-06-01', '2026-05').r; // 16
    expect(minor.amount?.value).toBe(226.48);
    expect(texts(minor)).toContain('Jusqu’à 226,48 € par mois');
    expect(young('2008-05-01', '2026-05').r.amount?.value).toBe(566.17); // 18 on 1 May
    expect(young('2008-05-02', '2026-05').r.amount?.value).toBe(226.48); // still 17
  });
  it('no allowance for a young person who works, nor past 25, nor before the CEJ (March 2022)', () => {
    expect(young('2007-01-10', '2026-05', { activity: 'employed' }).r.amount).toBeNull();
    expect(young('2000-04-01', '2026-05').r.status).toBe('not_eligible'); // 26
    expect(young('2000-06-01', '2026-05').r.amount?.value).toBe(566.17); // 25
    expect(young('2003-01-10', '2022-02').r.amount).toBeNull();
    expect(young('2003-01-10', '2022-03').r.amount?.value).toBe(500);
  });
});
