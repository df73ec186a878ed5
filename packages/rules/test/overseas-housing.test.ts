// Issue 15: the aide au logement overseas. Guadeloupe, Martinique, Guyane, La Réunion, Mayotte,
// Saint-Barthélemy and Saint-Martin use the national formula with the values of art. 46 of the arrêté du
// 27 septembre 2019 (forfait charges, TF rates, R0 with one dependant, dependants counted up to 6) and the
// rent ceilings of zone 2, the zone of every overseas commune. Figures worked out by hand from the
// parameters cited in src/parameters/current-data.ts (scale of 1 October 2025, R0 of 1 January 2025).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate.js';
import { loadHistory } from '../src/history.js';
import { parameterAt } from '../src/parameters-entry.js';
import type { RightResult } from '../src/result.js';
import type { Member, Situation } from '../src/situation.js';

loadHistory();

const adult = (birthDate: string, more: Partial<Member> = {}): Member => ({
  id: 'moi',
  role: 'applicant',
  birthDate,
  nationality: 'fr',
  ...more,
});
const partner: Member = { id: 'p', role: 'partner', birthDate: '1986-03-01', nationality: 'fr', incomes: {} };
const kids = (n: number): Member[] =>
  Array.from({ length: n }, (_, i) => ({ id: `e${i}`, role: 'child', birthDate: '2016-01-01' }));
const al = (commune: string, members: Member[], rent = 450, month = '2026-05'): RightResult => {
  const s: Situation = { commune, household: { members }, housing: { status: 'tenant', rent } };
  const r = evaluate(s, { month }).rights.find((x) => x.id === 'aide_logement');
  if (!r) throw new Error('no aide_logement');
  return r;
};
const texts = (r: RightResult) => r.reasons.map((x) => x.text).join(' | ');

// Common terms, zone 2: ceilings 290,34 (single), 355,38 (couple), 399,89 + 58,21 per extra dependant;
// P0 = max(8,5 % × (L + C); 39,56); TL = 0,45 % × (min(RL; 0,75) − 0,45) + 0,68 % × (RL − 0,75) above 0,75.
describe('aide au logement overseas (art. 46 of the arrêté du 27 septembre 2019)', () => {
  it('La Réunion: a single pensioner (TF 2,81 %, forfait charges 40,68 €)', () => {
    // 1 000 € × 12 × 0,9 = 10 800 = R. L = 290,34, C = 40,68, P0 = 39,56; RL = 1, TL = 0,305 %;
    // Tp = 2,81 % + 0,305 % = 3,115 %; R − R0 = 10 800 − 5 235 = 5 565 → 173,35.
    // 290,34 + 40,68 − 39,56 − 173,35 − 5 = 113,11, CRDS 0,56 → 112,55 €. (The metropolitan zone 2 gives 131,26 €.)
    const r = al('97411', [adult('1955-01-01', { activity: 'retired', incomes: { pension: 1000 } })]);
    expect(r.amount?.value).toBe(112.55);
    expect(r.status).toBe('eligible');
    expect(texts(r)).toContain('Barème de l’outre-mer');
    expect(texts(r)).not.toContain('la zone exacte dépend de la commune');
    const lyon = al('69123', [adult('1955-01-01', { activity: 'retired', incomes: { pension: 1000 } })]);
    expect(lyon.amount?.value).toBe(131.26);
  });

  it('Guadeloupe: a couple on one wage (TF couple 2,99 %)', () => {
    // 1 200 × 12 × 0,9 = 12 960 → R = 13 000. L = 355,38, C = 40,68, P0 = max(33,67; 39,56) = 39,56;
    // Tp = 2,99 % + 0,305 % = 3,295 %; (13 000 − 7 501) × 3,295 % = 181,19.
    // 355,38 + 40,68 − 39,56 − 181,19 − 5 = 170,31, CRDS 0,85 → 169,46 €.
    const r = al('97101', [
      adult('1986-03-01', { activity: 'employed', incomes: { salary: 1200 } }),
      partner,
    ]);
    expect(r.amount?.value).toBe(169.46);
    expect(r.status).toBe('eligible');
  });

  it('Martinique: a lone parent with two children (charges 40,68 + 2 × 10,47)', () => {
    // 1 400 × 12 × 0,9 = 15 120 → R = 15 200. L = min(450; 458,10) = 450, C = 61,62,
    // P0 = 8,5 % × 511,62 = 43,49; RL = 450 / 458,10 = 0,9823, TL = 0,135 % + 0,68 % × 0,2323 = 0,293 %;
    // Tp = 2,17 % + 0,293 % = 2,463 %; (15 200 − 9 148) × 2,463 % = 149,06.
    // 450 + 61,62 − 43,49 − 149,06 − 5 = 314,07, CRDS 1,57 → 312,50 €.
    const r = al('97209', [
      adult('1986-03-01', { activity: 'employed', incomes: { salary: 1400 } }),
      ...kids(2),
    ]);
    expect(r.amount?.value).toBe(312.5);
    expect(texts(r)).toContain('plafond 458,10 €');
  });

  it('Guyane: one dependant uses the overseas R0, last published for 2023, so the result is "possible"', () => {
    // 1 500 × 12 × 0,9 = 16 200 = R. L = 399,89, C = 40,68 + 10,47 = 51,15, P0 = 39,56; TL = 0,305 %;
    // Tp = 2,38 % + 0,305 % = 2,685 %; (16 200 − 8 181) × 2,685 % = 215,31.
    // 399,89 + 51,15 − 39,56 − 215,31 − 5 = 191,17, CRDS 0,95 → 190,22 € (with the national R0 of 8 947 €: 211 €).
    const r = al('97302', [
      adult('1986-03-01', { activity: 'employed', incomes: { salary: 1500 } }),
      partner,
      ...kids(1),
    ]);
    expect(r.amount?.value).toBe(190.22);
    expect(r.status).toBe('possible');
    expect(texts(r)).toContain('date de 2023 (8\u202f181 €), à confirmer avec la CAF');
    // In 2023 the value was in force that year: settled.
    const y2023 = al(
      '97302',
      [adult('1986-03-01', { activity: 'employed', incomes: { salary: 1500 } }), partner, ...kids(1)],
      450,
      '2023-11',
    );
    expect(y2023.status).toBe('eligible');
    expect(texts(y2023)).not.toContain('date de 2023');
  });

  it('Mayotte: same overseas scale since January 2022; its own R0 before, not computed', () => {
    // 1 000 × 12 × 0,9 = 10 800 = R; three children: L = min(450; 399,89 + 2 × 58,21 = 516,31) = 450,
    // C = 40,68 + 3 × 10,47 = 72,09, P0 = 8,5 % × 522,09 = 44,38; RL = 0,8716, TL = 0,135 % + 0,68 % × 0,1216
    // = 0,218 %; Tp = 1,94 % + 0,218 % = 2,158 %; (10 800 − 9 498) × 2,158 % = 28,09.
    // 450 + 72,09 − 44,38 − 28,09 − 5 = 444,62, CRDS 2,22 → 442,40 €.
    const family = [adult('1986-03-01', { activity: 'employed', incomes: { salary: 1000 } }), ...kids(3)];
    const r = al('97611', family);
    expect(r.amount?.value).toBe(442.4);
    expect(r.status).toBe('eligible');
    const before = al('97611', family, 450, '2021-12');
    expect(before.amount).toBeNull();
    expect(before.status).toBe('possible');
    expect(texts(before)).toContain('Outre-mer, l’aide au logement a son propre barème');
    expect(al('97611', family, 450, '2022-01').amount?.value).toBeGreaterThan(0);
  });

  it('Saint-Barthélemy and Saint-Martin use it too; Saint-Pierre-et-Miquelon and months before October 2019 do not', () => {
    const single = [adult('1986-03-01', { incomes: {} })];
    // R = 0: 290,34 + 40,68 − 39,56 − 5 = 286,46, CRDS 1,43 → 285,03 €.
    expect(al('97701', single).amount?.value).toBe(285.03);
    expect(al('97801', single).amount?.value).toBe(285.03);
    expect(al('97502', single).amount).toBeNull();
    expect(al('97411', single, 450, '2019-09').amount).toBeNull();
    expect(al('97411', single, 450, '2019-10').amount?.value).toBeGreaterThan(0);
  });

  it('pays from 10 €: no zone to guess overseas, so under it the aid is settled as not paid', () => {
    // Single in La Réunion: 286,46 − 3,115 % × (R − 5 235). Salary 1 305 €: 14 094 → R = 14 100:
    // 286,46 − 276,14 = 10,32, CRDS 0,05 → 10,27 € (paid). Salary 1 306 €: 14 104,80 → R = 14 200: 7,20 → not paid.
    const at = (salary: number) =>
      al('97411', [adult('1986-03-01', { activity: 'employed', incomes: { salary } })]);
    expect(at(1305).amount?.value).toBe(10.27);
    expect(at(1305).status).toBe('eligible');
    expect(at(1306).amount).toBeNull();
    expect(at(1306).status).toBe('not_eligible');
  });

  it('counts dependants up to 6 for the rent ceiling, beyond 6 for the rest (art. 46, 1°, since 2023)', () => {
    // Six children, rent 800 €, no income: L = min(800; 399,89 + 5 × 58,21 = 690,94),
    // C = 40,68 + 6 × 10,47 = 103,50; 690,94 + 103,50 − 8,5 % × 794,44 (67,53) − 5 = 721,91, CRDS 3,60 → 718,31 €.
    const family = (n: number, salary = 0) => [adult('1980-01-01', { incomes: { salary } }), ...kids(n)];
    const six = al('97411', family(6), 800);
    expect(texts(six)).toContain('plafond 690,94 €');
    expect(six.amount?.value).toBe(718.31);
    // Seven: same ceiling, C = 113,97: 690,94 + 113,97 − 8,5 % × 804,91 (68,42) − 5 = 731,49, CRDS 3,65 → 727,84 €.
    const seven = al('97411', family(7), 800);
    expect(texts(seven)).toContain('plafond 690,94 €');
    expect(seven.amount?.value).toBe(727.84);
    // With a wage, the 7-dependant rate: 1 500 € → R = 16 200; R0 = 10 554 + 346 = 10 900;
    // LR = 399,89 + 6 × 58,21 = 749,15, RL = 0,9223, TL = 0,135 % + 0,68 % × 0,1723 = 0,252 %;
    // Tp = 1,67 % + 0,252 % = 1,922 %; 5 300 × 1,922 % = 101,88.
    // 690,94 + 113,97 − 68,42 − 101,88 − 5 = 629,62, CRDS 3,14 → 626,48 € (to the cent before rounding).
    expect(al('97411', family(7, 1500), 800).amount?.value).toBe(626.48);
  });

  it('reads the overseas R0 of one dependant as openfisca-france’s public tests expect it', () => {
    // tests/formulas/aides_logement.yaml at a7038ee: "R0 outre-mer avec une personne à charge".
    const r0 = (month: string) => parameterAt('aide_logement.dom.r0_un_enfant', month).value;
    expect(r0('2021-01')).toBe(7584);
    expect(r0('2022-01')).toBe(7742);
    expect(r0('2022-07')).toBe(8051);
    expect(r0('2023-01')).toBe(8181);
  });

  it('says when the October 2026 scale is missing, overseas as in metropolitan France', () => {
    const r = al('97209', [adult('1986-03-01', { incomes: {} })], 450, '2026-12');
    expect(texts(r)).toContain('Le barème du 1er octobre 2026 n’est pas encore dans nos données');
  });
});
