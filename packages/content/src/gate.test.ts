// The content gate: every explanation, in French and in English, passes the FALC checker with no error.
import { checkDocument, formatFinding } from '@passerelle/falc';
import { describe, expect, it } from 'vitest';
import { CONTENT, getExplanation, glossary, LOCALES } from './index.js';

const DATE = '2026-11-01';

describe('content gate (FALC checker, level error)', () => {
  for (const locale of LOCALES)
    for (const c of CONTENT)
      it(`${c.id} (${locale})`, () => {
        const e = getExplanation(c.id, locale, { date: DATE });
        expect(e).toBeDefined();
        const sections = [
          { heading: '', body: e?.title ?? '' },
          ...(e?.sections ?? []).map((s) => ({ heading: s.heading, body: s.body })),
        ];
        const result = checkDocument(sections, glossary[locale], { lang: locale, checkGlossary: false });
        const errors = result.findings
          .filter((f) => f.level === 'error')
          .map((f) => formatFinding(f, `${c.id}.${locale}`));
        expect(errors).toEqual([]);
      });

  for (const locale of LOCALES)
    it(`glossary definitions (${locale})`, () => {
      const result = checkDocument([], glossary[locale], { lang: locale });
      const errors = result.findings
        .filter((f) => f.level === 'error')
        .map((f) => `${glossary[locale][f.section ?? 0]?.term}: ${formatFinding(f)}`);
      expect(errors).toEqual([]);
    });

  it('keeps the French texts easy to read overall', () => {
    const all = CONTENT.flatMap((c) =>
      (getExplanation(c.id, 'fr', { date: DATE })?.sections ?? []).map((s) => ({ body: s.body })),
    );
    const r = checkDocument(all, glossary.fr, { checkGlossary: false });
    // Kandel-Moles: 80 and more is "easy" on the Flesch scale.
    expect(r.readability.kandelMoles).toBeGreaterThanOrEqual(75);
    expect(r.stats.wordsPerSentence).toBeLessThanOrEqual(10);
  });
});
