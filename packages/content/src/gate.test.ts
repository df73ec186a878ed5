// The content gate: every explanation, in French and in English, passes the FALC checker with no error. The
// checker does not read Arabic: the Arabic texts pass the checks it would make that do not need a lexicon
// (short sentences, every acronym in the glossary, no French left), with the same limits.
import { checkDocument, formatFinding } from '@passerelle/falc';
import { FRENCH_PROPER_NOUNS, frenchWords } from '@passerelle/testing/french';
import { describe, expect, it } from 'vitest';
import {
  CHECKED_LOCALES,
  CONTENT,
  findGlossaryTerms,
  getExplanation,
  glossary,
  sentencesOf,
} from './index.js';

const DATE = '2026-11-01';

describe('content gate (FALC checker, level error)', () => {
  for (const locale of CHECKED_LOCALES)
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

  for (const locale of CHECKED_LOCALES)
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

/** Words of an Arabic sentence: what spaces separate (clitics stay with their word, as a reader sees it). */
const wordsOf = (line: string): string[] => line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
// The FALC checker's limit: above 15 words a sentence is an error.
const MAX_WORDS = 15;
// Latin capitals (CAF, RSA, PUMa): an acronym the glossary must explain, as the checker's « acronym » rule.
const ACRONYM = /(?<![\p{L}\p{N}.-])\p{Lu}[\p{Lu}\d]+[a-z]?(?![\p{L}\p{N}-])/gu;
// Web addresses and form names keep their capitals (caf.fr, permis B).
const NOT_ACRONYMS = new Set(['N-2']);

/**
 * Problems of Arabic lines: too long, an acronym neither in the glossary nor given in brackets after its
 * name (as titles do: « منحة البطالة (ARE) »), French words, no Arabic at all.
 */
function arabicProblems(where: string, lines: readonly string[]): string[] {
  const out: string[] = [];
  const named = new Set(
    lines.flatMap((l) => [...l.matchAll(/\(([^)]*)\)/g)].flatMap((m) => m[1]?.match(ACRONYM) ?? [])),
  );
  for (const line of lines) {
    const n = wordsOf(line).length;
    if (n > MAX_WORDS) out.push(`${where}: ${n} words in « ${line} »`);
    // A list item may be a name alone (« - RSA، »); a sentence without Arabic was left untranslated.
    if (n > 2 && !/\p{Script=Arabic}/u.test(line)) out.push(`${where}: no Arabic in « ${line} »`);
    const explained = new Set(findGlossaryTerms(line, glossary.ar).map((m) => m.text));
    for (const [a] of line.replace(/\S+\.(fr|gouv\.fr)\S*/g, ' ').matchAll(ACRONYM))
      if (!explained.has(a) && !named.has(a) && !NOT_ACRONYMS.has(a))
        out.push(`${where}: acronym ${a} not in glossary/ar.ts`);
    const french = frenchWords(line, FRENCH_PROPER_NOUNS);
    if (french.length > 0) out.push(`${where}: French ${french.join(', ')} in « ${line} »`);
  }
  return out;
}

describe('content gate (Arabic)', () => {
  for (const c of CONTENT)
    it(`${c.id} (ar): short sentences in Arabic, acronyms in the glossary, no French`, () => {
      const e = getExplanation(c.id, 'ar', { date: DATE });
      const lines = [e?.title ?? '', ...(e?.sections ?? []).flatMap((s) => sentencesOf(s.body))];
      expect(arabicProblems(c.id, lines)).toEqual([]);
    });

  it('glossary definitions (ar)', () => {
    const problems = glossary.ar.flatMap((g) => arabicProblems(g.id, g.definition.split('\n')));
    expect(problems).toEqual([]);
  });

  it('finds the problems it looks for', () => {
    const long = Array.from({ length: 16 }, () => 'كلمة').join(' ');
    expect(arabicProblems('x', ['منحة (ABC)', 'تدفع ABC و CAF المال.'])).toEqual([]);
    expect(arabicProblems('x', [long, 'تساعد XYZ.', 'Vous avez une aide.', 'تدفع CAF المال.'])).toEqual([
      `x: 16 words in « ${long} »`,
      'x: acronym XYZ not in glossary/ar.ts',
      'x: no Arabic in « Vous avez une aide. »',
      'x: French Vous, avez, une, aide in « Vous avez une aide. »',
    ]);
  });
});
