import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersToSituation, referenceHouseholds } from '../flow/index.js';
import type { Situation } from '../situation.js';
import {
  BELLEVILLE_LOCAL_AIDS,
  consumptionUnits,
  evaluateLocalAids,
  formatLocalAidsErrors,
  localAidsJsonSchema,
  parseLocalAids,
  quotientFamilialParts,
} from './index.js';

const month = '2026-11';
const file = () => {
  const p = parseLocalAids(BELLEVILLE_LOCAL_AIDS);
  if (!p.file) throw new Error(formatLocalAidsErrors(p.errors));
  return p.file;
};
const byId = (results: ReturnType<typeof evaluateLocalAids>, id: string) => {
  const r = results.find((x) => x.id === `local:belleville-sur-marne:${id}`);
  if (!r) throw new Error(`no result ${id}`);
  return r;
};

describe('parseLocalAids', () => {
  it('accepts the example file, from an object or JSON text', () => {
    expect(parseLocalAids(BELLEVILLE_LOCAL_AIDS).errors).toEqual([]);
    const text = readFileSync(new URL('../../examples/local-aids-belleville.json', import.meta.url), 'utf8');
    const parsed = parseLocalAids(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.aids).toHaveLength(BELLEVILLE_LOCAL_AIDS.aids.length);
    expect(JSON.parse(text)).toEqual(BELLEVILLE_LOCAL_AIDS);
  });

  it('returns every error with its path and keeps the good aids', () => {
    const bad = structuredClone(BELLEVILLE_LOCAL_AIDS) as unknown as { aids: Record<string, unknown>[] };
    bad.aids[1] = { ...bad.aids[1], theme: 'loisirs', conditions: { age: { min: 30, max: 20 } } };
    bad.aids[2] = { ...bad.aids[2], contact: { name: 'X', email: 'pas-un-mail' }, validFrom: '2026-13-01' };
    bad.aids.push({ ...bad.aids[0], label: 'Doublon' });
    bad.aids.push({ ...bad.aids[3], id: 'code', conditions: { script: 'alert(1)' } });
    const parsed = parseLocalAids(bad);
    const paths = parsed.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'aids[1].theme',
        'aids[1].conditions.age',
        'aids[2].contact.name',
        'aids[2].contact.email',
        'aids[2].validFrom',
        'aids[7].id',
        'aids[8].conditions',
      ]),
    );
    expect(parsed.errors.find((e) => e.path === 'aids[7].id')?.message).toMatch(/duplicate/);
    expect(parsed.aids.map((a) => a.id)).toEqual([
      'rentree-scolaire',
      'coup-de-pouce-jeunes',
      'transport-solidaire',
      'colis-seniors',
      'handicap-loisirs',
    ]);
  });

  it('names an unknown right id in receivingAnyOf', () => {
    const bad = structuredClone(BELLEVILLE_LOCAL_AIDS) as unknown as { aids: Record<string, unknown>[] };
    bad.aids[0] = { ...bad.aids[0], conditions: { receivingAnyOf: ['rsa', 'aah', 'rsa_activite'] } };
    const parsed = parseLocalAids(bad);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.path).toBe('aids[0].conditions.receivingAnyOf[2]');
    expect(parsed.errors[0]?.message).toMatch(/^unknown right id "rsa_activite": expected one of rsa, ppa/);
    expect(parsed.aids.map((a) => a.id)).not.toContain('rentree-scolaire');
  });

  it('reports unusable files without throwing', () => {
    expect(parseLocalAids('{ not json').errors[0]?.message).toMatch(/not valid JSON/);
    const noSource = parseLocalAids({ format: 1, publisher: 'CCAS', aids: [{ id: 'Bad Id' }] });
    expect(noSource.file).toBeNull();
    expect(noSource.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['source', 'aids[0].id', 'aids[0].label']),
    );
    expect(parseLocalAids(null).errors.length).toBeGreaterThan(0);
    expect(
      parseLocalAids({ format: 2, source: 'x', publisher: 'CCAS', aids: 'no' }).errors.map((e) => e.path),
    ).toEqual(expect.arrayContaining(['format', 'aids']));
  });

  it('exports a JSON Schema that matches the format', () => {
    const schema = localAidsJsonSchema() as {
      properties: Record<string, { items?: { properties?: object } }>;
    };
    expect(schema.properties.aids?.items?.properties).toHaveProperty('conditions');
    const published = JSON.parse(
      readFileSync(new URL('../../examples/local-aids.schema.json', import.meta.url), 'utf8'),
    );
    expect(published).toEqual(localAidsJsonSchema());
  });
});

describe('household measures', () => {
  const s: Situation = {
    household: {
      couple: true,
      members: [
        { id: 'a', role: 'applicant' },
        { id: 'b', role: 'partner' },
        { id: 'c', role: 'child', birthDate: '2010-01-01' },
        { id: 'd', role: 'child', birthDate: '2020-01-01' },
        { id: 'e', role: 'child', birthDate: '2022-01-01', disabilityRate: 80 },
      ],
    },
  };
  it('counts INSEE consumption units', () => {
    expect(consumptionUnits(s, month).value).toBeCloseTo(1 + 0.5 + 0.5 + 0.3 + 0.3);
  });
  it('counts CAF quotient familial parts', () => {
    expect(quotientFamilialParts(s)).toBe(2 + 0.5 + 0.5 + 1 + 0.5);
    expect(quotientFamilialParts({ household: { members: [{ id: 'a', role: 'applicant' }] } })).toBe(1);
  });
});

describe('evaluateLocalAids', () => {
  const households = referenceHouseholds(month);
  const evalFor = (
    i: number,
    extra: Partial<Situation> = {},
    national: { id: string; status: string }[] = [],
  ) =>
    evaluateLocalAids(file(), { ...answersToSituation(households[i]!.answers, { month }), ...extra }, month, {
      national,
      epciOf: (c) => (c === '94028' ? '200054781' : undefined),
    });

  it('gives the school aid to the single parent under the QF ceiling', () => {
    const r = byId(evalFor(1), 'rentree-scolaire');
    // RFR 10 800 / 12 = 900 € for 3 parts -> QF 300 €.
    expect(r.status).toBe('eligible');
    expect(r.amount).toEqual({ value: 80, per: 'once', kind: 'flat' });
    expect(r.reasons.find((x) => x.code === 'quotient_familial')?.text).toMatch(/300/);
    expect(r.contact.name).toMatch(/CCAS/);
  });

  it('refuses the school aid above the ceiling and outside the commune', () => {
    expect(byId(evalFor(1, { taxReferenceIncome: 40_000 }), 'rentree-scolaire').status).toBe('not_eligible');
    expect(byId(evalFor(1, { commune: '75056' }), 'rentree-scolaire').status).toBe('not_eligible');
    expect(byId(evalFor(0), 'rentree-scolaire').status).toBe('not_eligible');
  });

  it('uses national results for "receiving" conditions', () => {
    expect(byId(evalFor(0, {}, [{ id: 'rsa', status: 'eligible' }]), 'epicerie-solidaire').status).toBe(
      'eligible',
    );
    expect(byId(evalFor(0, {}, [{ id: 'rsa', status: 'possible' }]), 'epicerie-solidaire').status).toBe(
      'possible',
    );
    expect(byId(evalFor(0, { receiving: ['aah'] }), 'epicerie-solidaire').status).toBe('eligible');
    expect(byId(evalFor(5), 'epicerie-solidaire').status).toBe('not_eligible');
  });

  it('checks ages, EPCI, disability and validity dates', () => {
    expect(byId(evalFor(3), 'coup-de-pouce-jeunes').status).toBe('eligible');
    expect(byId(evalFor(0), 'coup-de-pouce-jeunes').status).toBe('not_eligible');
    expect(byId(evalFor(0), 'transport-solidaire').status).toBe('eligible');
    expect(byId(evalFor(2), 'colis-seniors').status).toBe('eligible');
    const later = evaluateLocalAids(
      file(),
      answersToSituation(households[2]!.answers, { month: '2027-02' }),
      '2027-02',
    );
    expect(byId(later, 'colis-seniors').status).toBe('not_eligible');
    expect(byId(later, 'colis-seniors').reasons[0]?.text).toMatch(/terminée le 31\/12\/2026/);
    expect(byId(evalFor(4), 'handicap-loisirs').status).toBe('eligible');
    expect(byId(evalFor(0), 'handicap-loisirs').status).toBe('not_eligible');
  });

  it('says possible, with what is missing, when an answer is not known', () => {
    const s: Situation = { commune: '94028', household: { members: [{ id: 'moi', role: 'applicant' }] } };
    const r = byId(evaluateLocalAids(file(), s, month), 'energie');
    expect(r.status).toBe('possible');
    expect(r.missing).toEqual(expect.arrayContaining(['household.members[0].activity', 'housing.status']));
    const epci = byId(evaluateLocalAids(file(), s, month), 'transport-solidaire');
    expect(epci.missing).toContain('commune');
  });

  it('marks an aid received as already received', () => {
    const r = byId(
      evalFor(3, { receiving: ['local:belleville-sur-marne:coup-de-pouce-jeunes'] }),
      'coup-de-pouce-jeunes',
    );
    expect(r.status).toBe('already_received');
  });

  it('builds a bounded number of number formatters, however many aids (1 000 here)', () => {
    const base = file();
    const many = {
      ...base,
      aids: Array.from({ length: 1000 }, (_, i) => ({
        ...base.aids[i % base.aids.length]!,
        id: `aide-${i}`,
      })),
    };
    const Real = Intl.NumberFormat;
    let built = 0;
    const Counting = new Proxy(Real, {
      construct(target, args) {
        built++;
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        built++;
        return Reflect.apply(target, self, args);
      },
    });
    Intl.NumberFormat = Counting;
    try {
      for (const i of [0, 1, 2]) {
        const results = evaluateLocalAids(many, answersToSituation(households[i]!.answers, { month }), month);
        expect(results).toHaveLength(1000);
      }
    } finally {
      Intl.NumberFormat = Real;
    }
    // Was one per amount shown (several per aid); now at most one for the module.
    expect(built).toBeLessThanOrEqual(1);
  });

  it('never runs data as code', () => {
    const hostile = parseLocalAids({
      format: 1,
      source: 'x',
      publisher: 'CCAS',
      aids: [
        {
          id: 'a',
          label: 'Aide',
          description: 'Une description assez longue.',
          theme: 'famille',
          contact: { name: 'CCAS' },
          conditions: { communes: ['__proto__'] },
        },
      ],
    });
    expect(hostile.aids).toEqual([]);
    expect(hostile.errors[0]?.path).toBe('aids[0].conditions.communes[0]');
  });
});
