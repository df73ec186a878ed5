// Issue 15: the aide au logement by the commune's zone (arrêté du 17 mars 1978, table of '@passerelle/rules/zones')
// and the réduction de loyer de solidarité (RLS) of HLM tenants (CCH L442-2-1 and D823-16; arrêté du 27 février
// 2018 as revalued on 23 December 2025 and 22 May 2026). Figures worked out by hand from the parameters cited in
// src/parameters/current-data.ts: scale of 1 October 2025, R0 of 1 January 2025.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/evaluate.js';
import type { RightResult } from '../src/result.js';
import type { Situation } from '../src/situation.js';
import { communeZone, loadZones, zonesLoaded } from '../src/zones.js';

const al = (
  commune: string,
  income: { pension?: number; salary?: number },
  status = 'tenant',
  month = '2026-05',
) => {
  const s: Situation = {
    commune,
    household: {
      members: [
        { id: 'moi', role: 'applicant', birthDate: '1955-01-01', nationality: 'fr', incomes: income },
      ],
    },
    housing: { status: status as 'tenant', rent: 450 },
  };
  const r = evaluate(s, { month }).rights.find((x) => x.id === 'aide_logement');
  if (!r) throw new Error('no aide_logement');
  return r;
};
const texts = (r: RightResult) => r.reasons.map((x) => x.text).join(' | ');

// A single pensioner, 1 000 € a month: R = 1 000 × 12 × 0,9 = 10 800 €; R − R0 = 10 800 − 5 235 = 5 565.
// Zone 2 (Lyon): L = 290,34, C = 60,59, P0 = 39,56, RL = 1, TL = 0,305 %, Tp = 2,83 % + 0,305 % = 3,135 %
// → 174,46; 290,34 + 60,59 − 39,56 − 174,46 − 5 = 131,91, CRDS 0,65 → 131,26 €.
describe('the commune’s zone', () => {
  it('without the table, the zone is guessed from the département and said so', () => {
    expect(zonesLoaded()).toBe(false);
    expect(communeZone('32013')).toBeUndefined();
    const auch = al('32013', { pension: 1000 });
    expect(auch.amount?.value).toBe(131.26);
    expect(texts(auch)).toContain('Zone 2 retenue d’après votre département');
  });

  it('reads every commune’s zone, districts as their commune', () => {
    loadZones();
    expect(zonesLoaded()).toBe(true);
    // Paris and a district, Créteil, Nanterre, Versailles, Melun: 1; Lyon and its 3rd district, Marseille's 8th,
    // Ajaccio, Saint-Denis (La Réunion), Mamoudzou, Montereau-Fault-Yonne: 2; Auch, Guéret: 3.
    const zones = {
      1: '75056 75112 94028 92050 78646 77288',
      2: '69123 69383 13208 2A004 97411 97611 77305',
      3: '32013 23096',
    };
    for (const [zone, codes] of Object.entries(zones))
      for (const code of codes.split(' ')) expect(communeZone(code), code).toBe(Number(zone));
    // OpenFisca-France's own cases (tests/formulas/zone_apl.yaml): Paris 14th, Lyon 1st, Séreilhac.
    expect(['75114', '69381', '87191'].map((c) => communeZone(c))).toEqual([1, 2, 3]);
    expect(communeZone('99999')).toBeUndefined();
    expect(communeZone('7505')).toBeUndefined();
  });

  it('knows every current commune of metropolitan France and the DROM (COG of @etalab/decoupage-administratif)', () => {
    // The table lists the communes of 2014: a commune nouvelle keeps the code of one of them.
    const cog = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as {
      code: string;
      type: string;
    }[];
    const communes = cog.filter((c) => c.type === 'commune-actuelle' && !/^(97[5-9]|98)/.test(c.code));
    expect(communes.length).toBeGreaterThan(34_000);
    expect(communes.filter((c) => communeZone(c.code) === undefined).map((c) => c.code)).toEqual([]);
  });

  it('Auch (zone 3): a lower rent ceiling, one amount, no range', () => {
    // L = 272,12 (zone 3), C = 60,59, P0 = max(8,5 % × 332,71; 39,56) = 39,56; RL = 272,12 / 290,34 = 0,9372;
    // TL = 0,45 % × 0,30 + 0,68 % × 0,1872 = 0,2623 %; Tp = 3,0923 % → 172,09;
    // 272,12 + 60,59 − 39,56 − 172,09 − 5 = 116,06, CRDS 0,58 → 115,48 €.
    const auch = al('32013', { pension: 1000 });
    expect(auch.amount?.value).toBe(115.48);
    expect(auch.status).toBe('eligible');
    expect(texts(auch)).toContain('Votre commune est en zone 3 pour l’aide au logement.');
    expect(texts(auch)).not.toContain('d’après votre département');
    expect(al('69123', { pension: 1000 }).amount?.value).toBe(131.26);
  });

  it('an amount under the minimum in the commune’s zone is settled: not eligible, not « possible »', () => {
    // 1 620 € a month: R = 17 496 → 17 500; in zone 3 the aid is under 10 €, in zone 1 it would be paid.
    const r = al('32013', { pension: 1620 });
    expect(r.status).toBe('not_eligible');
    expect(texts(r)).not.toContain('Selon la zone de votre commune');
  });
});

// HLM in Lyon (zone 2), single, December 2026: RLS ceiling 905 € a month (arrêté du 23 décembre 2025), RLS
// 31,58 € (arrêté du 22 mai 2026); the APL goes down by 98 % of it, 30,95 €.
describe('the réduction de loyer de solidarité', () => {
  it('under the ceiling (900 € a month): the aid goes down by 98 % of the RLS', () => {
    // R = 10 800, 900 € a month < 905. 131,907 − 0,98 × 31,58 = 100,96, CRDS 0,50 → 100,46 €.
    const hlm = al('69123', { salary: 1000 }, 'social_tenant', '2026-12');
    expect(hlm.amount?.value).toBe(100.46);
    expect(texts(hlm)).toContain('votre loyer baisse de 31,58 € par mois');
    expect(texts(hlm)).toContain('l’aide de 30,95 €');
    expect(al('69123', { salary: 1000 }, 'tenant', '2026-12').amount?.value).toBe(131.26);
  });

  it('over the ceiling (908,33 € a month): no RLS, the same aid as a private tenant', () => {
    // 1 005 € a month: 10 854 → R = 10 900, 908,33 € a month ≥ 905.
    const hlm = al('69123', { salary: 1005 }, 'social_tenant', '2026-12');
    const priv = al('69123', { salary: 1005 }, 'tenant', '2026-12');
    expect(hlm.amount?.value).toBe(priv.amount?.value);
    expect(texts(hlm)).toContain(
      'vos ressources dépassent le plafond de la réduction de loyer de solidarité',
    );
  });

  it('uses the values in force: ceiling 895 €, RLS 48,45 € in zone 2 before June 2025 (arrêté du 29 décembre 2023)', () => {
    // 900 € a month was over the ceiling then; 990 € of wages: 10 692 → R = 10 700, 891,67 € a month < 895.
    expect(texts(al('69123', { salary: 1000 }, 'social_tenant', '2025-05'))).toContain(
      'dépassent le plafond',
    );
    const hlm = al('69123', { salary: 990 }, 'social_tenant', '2025-05');
    expect(texts(hlm)).toContain('votre loyer baisse de 48,45 € par mois');
  });

  it('not overseas, where there is no APL', () => {
    const r = al('97411', { salary: 1000 }, 'social_tenant', '2026-12');
    expect(texts(r)).not.toContain('réduction de loyer de solidarité');
  });
});
