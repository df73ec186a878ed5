import { describe, expect, it } from 'vitest';
import { loadExtraRights } from './extra.js';
import { loadHistory } from './history.js';

// The whole catalogue, the rights kept out of the browser entry too, and every month since 2018.
loadHistory();
loadExtraRights();
import { readFileSync } from 'node:fs';
import { evaluate, safeEvaluate } from './evaluate.js';
import { getRight, listRights, nonRecours, PARTNER_TYPES, RIGHT_IDS, SituationError } from './index.js';
import {
  BELLEVILLE_COMMUNE,
  BELLEVILLE_LOCAL_AIDS,
  localAidsEvaluator,
  parseLocalAids,
} from './local-aids/index.js';
import { listCatalogue } from './catalogue-entry.js';
import { parameterAt } from './parameters-entry.js';
import { resultSchema } from './result.js';
import { adult, family, kid, single } from '../test/situations.js';
import { amount, right } from '../test/results.js';

describe('catalogue', () => {
  it('has every right id, six themes, reasons for each condition and official links', () => {
    const details = listCatalogue();
    expect(details.map((r) => r.id)).toEqual(listRights().map((r) => r.id));
    const rights = listRights();
    expect(rights.map((r) => r.id)).toEqual(
      [...RIGHT_IDS].sort(
        (a, b) => rights.findIndex((r) => r.id === a) - rights.findIndex((r) => r.id === b),
      ),
    );
    expect(new Set(rights.map((r) => r.theme))).toEqual(
      new Set(['famille', 'emploi', 'logement', 'sante', 'transport', 'ressources']),
    );
    // Issue 15: at least 50 national rights and steps, with how each is paid.
    expect(rights.length).toBeGreaterThanOrEqual(50);
    expect(rights.length).toBe(RIGHT_IDS.length);
    expect(rights.filter((r) => r.amountKind !== 'none').length).toBeGreaterThanOrEqual(25);
    // A right with an amount is paid as its amount says (a right without one may still pay money).
    for (const r of details)
      if (r.amountKind === 'monthly' || r.amountKind === 'yearly' || r.amountKind === 'once')
        expect(r.payment.frequency, r.id).toBe(r.amountKind);
    expect(details.find((r) => r.id === 'prime_noel')?.payment).toMatchObject({
      frequency: 'yearly',
      month: 12,
    });
    expect(details.find((r) => r.id === 'ars')?.payment).toMatchObject({ frequency: 'yearly', month: 8 });
    for (const r of details) {
      expect(r.label.length).toBeGreaterThan(3);
      expect(r.description).toMatch(/\.$/);
      expect(r.procedure.url).toMatch(/^https:\/\//);
      expect(r.sources.length).toBeGreaterThan(0);
      expect(r.contacts.length).toBeGreaterThan(0);
      for (const c of Object.values(r.conditions)) expect(c.met.length + c.notMet.length).toBeGreaterThan(0);
      for (const id of r.parameters) expect(() => parameterAt(id, '2026-05-01')).not.toThrow();
      for (const c of r.contacts) expect(PARTNER_TYPES).toContain(c);
    }
    expect(getRight('rsa')?.label).toContain('RSA');
    expect(getRight('nope')).toBeUndefined();
  });
});

describe('validation', () => {
  it('names every bad field by path', () => {
    const bad = {
      household: {
        members: [
          { id: 'moi', role: 'applicant', birthDate: '31/02/2019' },
          { id: 'e', role: 'kid', birthDate: '2019-02-31', incomes: { salary: -3 } },
        ],
      },
      housing: { status: 'castle' },
      extra: 1,
    };
    try {
      evaluate(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SituationError);
      const issues = (e as SituationError).issues;
      const paths = issues.map((i) => i.path);
      expect(paths).toContain('household.members[0].birthDate');
      expect(paths).toContain('household.members[1].role');
      expect(paths).toContain('household.members[1].birthDate');
      expect(paths).toContain('household.members[1].incomes.salary');
      expect(paths).toContain('housing.status');
      expect(issues.find((i) => i.path === 'household.members[0].birthDate')?.message).toBe(
        'doit être une date au format AAAA-MM-JJ (par exemple 1985-03-21), reçu "31/02/2019"',
      );
    }
  });
  it('safeEvaluate returns errors instead of throwing', () => {
    expect(safeEvaluate(42)).toEqual({ ok: false, errors: [expect.objectContaining({ path: '' })] });
    expect(safeEvaluate({ household: { members: [] } }).ok).toBe(false);
    const ok = safeEvaluate(single('2026-05'));
    expect(ok.ok && resultSchema.parse(ok.result).rights.length).toBe(RIGHT_IDS.length);
  });
  it('refuses a member born after the evaluated month, naming the field', () => {
    const s = single('2026-05');
    s.household.members.push({ id: 'bebe', role: 'child', birthDate: '2026-07-01' });
    expect(safeEvaluate(s)).toEqual({
      ok: false,
      errors: [
        {
          path: 'household.members[1].birthDate',
          message:
            'né le 2026-07-01, après le mois évalué (2026-05) : corrigez la date de naissance ou le mois',
        },
      ],
    });
    expect(safeEvaluate(s, { month: '2026-07' }).ok).toBe(true);
  });
  it('names the rules version of the package in every result', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    // On failure: run `npm run build -w @passerelle/rules` (it rewrites src/version.ts).
    expect(evaluate(single('2026-05')).rulesVersion).toBe(pkg.version);
  });
  it('accepts real calendar days only (leap years included)', () => {
    const born = (birthDate: string) =>
      safeEvaluate({ month: '2026-05', household: { members: [{ id: 'a', role: 'applicant', birthDate }] } })
        .ok;
    for (const d of ['2020-02-29', '2000-02-29', '1999-12-31', '2024-04-30']) expect(born(d), d).toBe(true);
    for (const d of ['2019-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00'])
      expect(born(d), d).toBe(false);
  });
  it('rejects a bad month option', () => {
    expect(() => evaluate(single('2026-05'), { month: '2026-13' })).toThrow(SituationError);
  });
});

describe('status and non-recours', () => {
  it('receiving gives already_received, never counted as non-recours', () => {
    const r = evaluate(single('2026-05', {}, { receiving: ['rsa', 'unknown_right'] }));
    expect(right(r, 'rsa').status).toBe('already_received');
    expect(r.warnings).toEqual(['receiving: unknown right id "unknown_right" (ignored)']);
    const nr = nonRecours(r);
    expect(nr.rights.find((x) => x.id === 'rsa')).toBeUndefined();
  });
  it('counts and sums only likely monthly money: not yearly amounts, not the CSS participation, not "possible"', () => {
    const r = evaluate(
      family(
        '2026-05',
        [adult('a', 'applicant', '1985-01-01'), kid('c', '2017-03-01', { otherParent: 'does_not_pay' })],
        { taxReferenceIncome: 0 },
      ),
    );
    const nr = nonRecours(r);
    const counted = r.rights.filter(
      (x) => x.status === 'eligible' && x.amount?.per === 'month' && !x.amount.isCost && x.amount.value > 0,
    );
    const expected = counted.reduce((s, x) => s + (x.amount?.value ?? 0), 0);
    expect(nr.count).toBe(counted.length);
    expect(nr.monthlyTotal).toBeCloseTo(expected, 2);
    expect(nr.monthlyTotal).toBeGreaterThan(500);
    // The yearly amounts of this household exist and stay out of the total.
    expect(r.rights.some((x) => x.status === 'eligible' && x.amount?.per === 'year')).toBe(true);
    expect(nr.note).toContain('une fois par an');
  });
  it('a month before 2025 needs the history entry (loaded here) and uses the law then in force', () => {
    expect(amount(evaluate(single('2018-06', {}, { housing: { status: 'tenant', rent: 0 } })), 'rsa')).toBe(
      550.93,
    );
  });
});

describe('local aids', () => {
  it('evaluates parsed local-aid files after the national rights, in the same result shape', () => {
    const parsed = parseLocalAids(BELLEVILLE_LOCAL_AIDS);
    expect(parsed.file).not.toBeNull();
    const r = evaluate(single('2026-05', {}, { commune: BELLEVILLE_COMMUNE }), {
      localAids: localAidsEvaluator(parsed.file ?? []),
    });
    const local = r.rights.filter((x) => x.id.startsWith('local:'));
    expect(local.length).toBe(parsed.aids.length);
    expect(resultSchema.parse(r).rights.length).toBe(RIGHT_IDS.length + local.length);
    expect(r.rights.slice(0, RIGHT_IDS.length).map((x) => x.id)).not.toContain(local[0]?.id);
  });
});
