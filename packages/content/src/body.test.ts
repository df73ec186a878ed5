import { describe, expect, it } from 'vitest';
import { findGlossaryTerms, parseBody, sentencesOf } from './body.js';
import type { GlossaryEntry } from './types.js';

describe('parseBody', () => {
  it('splits paragraphs by blank lines, sentences by lines, and lists', () => {
    const body = 'Phrase 1.\nPhrase 2.\n\nVous pouvez si :\n- un,\n- deux.\nFin.';
    expect(parseBody(body)).toEqual([
      { type: 'paragraph', sentences: ['Phrase 1.', 'Phrase 2.'] },
      { type: 'paragraph', sentences: ['Vous pouvez si :'] },
      { type: 'list', items: ['un,', 'deux.'] },
      { type: 'paragraph', sentences: ['Fin.'] },
    ]);
    expect(sentencesOf(body)).toHaveLength(6);
  });
});

describe('findGlossaryTerms', () => {
  const g: GlossaryEntry[] = [
    { id: 'ars', term: 'ARS', definition: 'x' },
    { id: 'caf', term: 'CAF', aliases: ["Caisse d'allocations familiales"], definition: 'x' },
    { id: 'alloc', term: 'allocation', definition: 'x' },
    { id: 'css', term: 'complémentaire santé solidaire', definition: 'x' },
    { id: 'comp', term: 'complémentaire santé', definition: 'x' },
  ];
  it('prefers the longest form and never overlaps', () => {
    const m = findGlossaryTerms(
      "La Caisse d'allocations familiales paie la complémentaire santé solidaire.",
      g,
    );
    expect(m.map((x) => x.entry.id)).toEqual(['caf', 'css']);
  });
  it('matches plurals and any case for words, exact case for acronyms', () => {
    expect(findGlossaryTerms('Les Allocations et les CAF.', g).map((x) => x.text)).toEqual([
      'Allocations',
      'CAF',
    ]);
    expect(findGlossaryTerms('Les ars et les cars.', g)).toEqual([]);
  });
  it('accepts typographic apostrophes', () => {
    expect(findGlossaryTerms('La Caisse d’allocations familiales.', g)[0]?.entry.id).toBe('caf');
  });
  it('matches Arabic words with the clitics and article in front, not inside another word', () => {
    const ar: GlossaryEntry[] = [
      { id: 'am', term: 'التأمين الصحي', definition: 'x' },
      { id: 'ls', term: 'السكن الاجتماعي', aliases: ['سكن اجتماعي'], definition: 'x' },
      { id: 'alloc', term: 'منحة', definition: 'x' },
      { id: 'caf', term: 'CAF', definition: 'x' },
    ];
    const text = 'يدفع بالتأمين الصحي ولل CAF. للسكن الاجتماعي وسكن اجتماعي. والمنحة ومنحتان.';
    expect(findGlossaryTerms(text, ar).map((x) => x.text)).toEqual([
      'بالتأمين الصحي',
      'CAF',
      'للسكن الاجتماعي',
      'وسكن اجتماعي',
      'والمنحة',
    ]);
  });
});
