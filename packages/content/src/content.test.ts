import { listRights, RIGHT_IDS } from '@passerelle/rules';
import { listParameters, parameterAt } from '@passerelle/rules/parameters';
import { REFERENCE_AMOUNTS } from '@passerelle/rules/amounts';
import { describe, expect, it } from 'vitest';
import {
  CONTENT,
  CONTENT_INDEX,
  contentAsJson,
  contentIds,
  getExplanation,
  glossary,
  LOCALES,
  loadTitles,
  placeholders,
  RIGHT_ENTRIES,
  SECTION_IDS,
  todayInParis,
} from './index.js';

describe('coverage of the catalogue', () => {
  it('has an explanation for every right of the rules catalogue', () => {
    const missing = listRights()
      .map((r) => r.id)
      .filter((id) => !contentIds().includes(id));
    expect(missing, 'rights of @passerelle/rules without FALC content').toEqual([]);
  });
  it('has an explanation for every right id the rules declare', () => {
    expect(RIGHT_IDS.filter((id) => !contentIds().includes(id))).toEqual([]);
  });
  it('has no explanation for a right that does not exist', () => {
    expect(contentIds().filter((id) => !(RIGHT_IDS as readonly string[]).includes(id))).toEqual([]);
    expect(new Set(contentIds()).size).toBe(CONTENT.length);
  });
});

describe('every text', () => {
  for (const c of CONTENT)
    it(`${c.id}: every locale, 5 sections, status, official link`, () => {
      expect(c.officialUrl).toMatch(/^https:\/\/[a-z0-9.-]+\.(gouv\.fr|fr|info)\//);
      for (const locale of LOCALES) {
        const t = c[locale];
        expect(t?.sections, `${c.id}: no « ${locale}: » block in rights/${c.id}.ts`).toBeDefined();
        expect(t.title, `${c.id}: no ${locale} title (catalog.ts, titles.ar.ts)`).toEqual(expect.any(String));
        expect(t.title.trim()).not.toBe('');
        for (const id of SECTION_IDS) expect(t.sections[id].trim(), `${c.id}.${locale}.${id}`).not.toBe('');
        if (t.status.state === 'relu par des personnes concernées') {
          expect(t.status.reviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(t.status.reviewedBy.trim()).not.toBe('');
        } else expect(t.status).toEqual({ state: 'brouillon' });
      }
    });

  it('are all drafts: nobody concerned has reviewed them yet', () => {
    const reviewed = CONTENT.flatMap((c) =>
      LOCALES.filter((l) => c[l].status.state !== 'brouillon').map((l) => `${c.id}.${l}`),
    );
    expect(reviewed).toEqual([]);
  });
});

describe('titles', () => {
  it('has an Arabic title for every right of the list and no other, apart from catalog.ts', async () => {
    const ar = (await import('./titles.ar.js')).default;
    expect(Object.keys(ar).sort()).toEqual(CONTENT_INDEX.map((e) => e.id).sort());
    for (const [id, t] of Object.entries(ar)) expect(t, id).toMatch(/\p{Script=Arabic}/u);
    expect(JSON.stringify(CONTENT_INDEX)).not.toMatch(/\p{Script=Arabic}/u);
  });
  it('loadTitles gives the titles of each locale', async () => {
    for (const locale of LOCALES)
      expect(await loadTitles(locale)).toEqual(
        Object.fromEntries(RIGHT_ENTRIES.map((e) => [e.id, e.title[locale]])),
      );
  });
});

describe('amounts come from the rules parameters', () => {
  const known = new Set([
    ...listParameters(todayInParis()).map((p) => p.id),
    ...REFERENCE_AMOUNTS.map((a) => a.id),
  ]);
  for (const c of CONTENT)
    it(`${c.id}: every placeholder names an existing parameter or rules amount, the same in every locale`, () => {
      for (const id of SECTION_IDS) {
        const fr = placeholders(c.fr.sections[id]);
        for (const p of fr)
          for (const param of p.parameters) expect(known.has(param), `${p.raw} in ${c.id}.${id}`).toBe(true);
        for (const locale of LOCALES)
          expect(
            placeholders(c[locale].sections[id])
              .map((p) => p.raw)
              .sort(),
            `placeholders of ${c.id}.${locale}.${id} (the French ones)`,
          ).toEqual(fr.map((p) => p.raw).sort());
      }
    });

  it('renders amounts in French euros from parameterAt at the evaluated date', () => {
    const e = getExplanation('rsa', 'fr', { date: '2026-05-01' });
    const value = parameterAt('rsa.montant_forfaitaire', '2026-05-01').value as number;
    const expected = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(value);
    expect(e?.sections.find((s) => s.id === 'combien')?.body).toContain(expected);
    expect(e?.sections.map((s) => s.body).join('\n')).not.toMatch(/\{|\}/);
  });

  it('follows a revaluation: the amount changes with the date', () => {
    const before = getExplanation('rsa', 'fr', { date: '2025-05-01' })?.sections[2]?.body;
    const after = getExplanation('rsa', 'fr', { date: '2026-05-01' })?.sections[2]?.body;
    expect(before).not.toBe(after);
  });

  it('renders every explanation today in both locales', () => {
    for (const locale of LOCALES)
      for (const id of contentIds()) {
        const e = getExplanation(id, locale);
        expect(e?.sections).toHaveLength(5);
        expect(e?.sections.every((s) => !/[{}]/.test(s.body))).toBe(true);
      }
  });
});

describe('getExplanation', () => {
  it('returns sections with question headings, blocks, the glossary words used and no badge for drafts', () => {
    const e = getExplanation('rsa', 'fr', { date: '2026-05-01' });
    expect(e?.sections.map((s) => s.heading)).toEqual([
      "C'est quoi ?",
      'Pour qui ?',
      'Combien ?',
      'Comment faire ?',
      "Qui peut m'aider ?",
    ]);
    expect(e?.sections[1]?.blocks.some((b) => b.type === 'list')).toBe(true);
    expect(e?.glossary.map((g) => g.id)).toEqual(
      expect.arrayContaining(['rsa', 'caf', 'ccas', 'france_services']),
    );
    expect(e?.reviewed).toBe(false);
    expect(e?.officialUrl).toContain('service-public.fr');
  });
  it('gives the English version', () => {
    const e = getExplanation('af', 'en', { date: '2026-05-01' });
    expect(e?.sections[0]?.heading).toBe('What is it?');
    expect(e?.sections[2]?.body).toMatch(/€\d/);
  });
  it('gives the Arabic version, amounts with Latin digits as the questionnaire writes them', () => {
    const e = getExplanation('rsa', 'ar', { date: '2026-05-01' });
    expect(e?.sections[0]?.heading).toBe('ما هذا؟');
    expect(e?.title).toMatch(/\p{Script=Arabic}/u);
    const value = parameterAt('rsa.montant_forfaitaire', '2026-05-01').value as number;
    const expected = new Intl.NumberFormat('ar-u-nu-latn', {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
    }).format(value);
    expect(e?.sections.find((s) => s.id === 'combien')?.body).toContain(expected);
    expect(expected).toMatch(/^\D*\d+[.,]\d{2}\D*€$/);
    expect(e?.glossary.map((g) => g.id)).toEqual(expect.arrayContaining(['rsa', 'caf']));
  });
  it('returns undefined for an unknown right', () => {
    expect(getExplanation('nope')).toBeUndefined();
  });
});

describe('glossary', () => {
  for (const locale of LOCALES)
    it(`${locale}: unique ids and terms, every definition present`, () => {
      const g = glossary[locale];
      expect(new Set(g.map((e) => e.id)).size).toBe(g.length);
      expect(new Set(g.map((e) => e.term.toLowerCase())).size).toBe(g.length);
      for (const e of g) expect(e.definition.trim()).not.toBe('');
    });
  it('ar: an entry for every French one, with the same ids', () => {
    expect(glossary.ar.map((e) => e.id).sort()).toEqual(glossary.fr.map((e) => e.id).sort());
  });
  it('uses every French entry in at least one text or definition', () => {
    const all = [...contentIds().flatMap((id) => getExplanation(id, 'fr')?.glossary.map((g) => g.id) ?? [])];
    const unused = glossary.fr.filter(
      (e) => !all.includes(e.id) && !glossary.fr.some((o) => o !== e && o.definition.includes(e.term)),
    );
    expect(unused.map((e) => e.id)).toEqual([]);
  });
});

describe('contentAsJson', () => {
  it('gives the CLI format for a locale', () => {
    const j = contentAsJson('fr', { date: '2026-05-01' });
    expect(j.explanations).toHaveLength(CONTENT.length);
    expect(j.explanations[0]?.sections[0]).toEqual({ heading: "C'est quoi ?", body: expect.any(String) });
    expect(j.glossary.length).toBe(glossary.fr.length);
  });
});
