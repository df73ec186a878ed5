import { describe, expect, it } from 'vitest';
import { kandelMoles, lix, readability } from './readability.js';
import { countSyllables } from './syllables.js';
import { splitSentences, tokenize } from './text.js';

// Spoken syllable counts (standard French, final mute e silent), checked by hand.
const KNOWN: Record<string, number> = {
  bonjour: 2,
  famille: 2,
  allocation: 4,
  logement: 3,
  aide: 1,
  aides: 1,
  enfant: 2,
  réalité: 4,
  moyen: 2,
  payer: 2,
  naïf: 2,
  idée: 2,
  créer: 2,
  parlent: 1,
  lisent: 1,
  souvent: 2,
  parents: 2,
  maison: 2,
  eau: 1,
  oiseau: 2,
  question: 2,
  vie: 1,
  journée: 2,
  quatre: 1,
  les: 1,
  "aujourd'hui": 3,
  poème: 2,
  pièce: 1,
  réel: 2,
  personne: 2,
  mensuel: 2,
  caisse: 1,
  guérir: 2,
  premier: 2,
  chocolat: 3,
  téléphone: 3,
  université: 5,
  France: 1,
  "l'aide": 1,
  'peut-être': 2,
  solidarité: 5,
  active: 2,
  revenu: 3,
};

describe('countSyllables', () => {
  for (const [word, n] of Object.entries(KNOWN))
    it(`${word} has ${n}`, () => {
      expect(countSyllables(word)).toBe(n);
    });
  it('gives 0 for no letter and at least 1 for a word', () => {
    expect(countSyllables('')).toBe(0);
    expect(countSyllables('—')).toBe(0);
    expect(countSyllables('y')).toBe(1);
  });
});

describe('readability formulas', () => {
  it('computes Kandel-Moles and LIX from counts', () => {
    // 207 − 1.015 × 10 − 73.6 × 1.5 = 86.45
    expect(kandelMoles({ sentences: 2, words: 20, syllables: 30 })).toBe(86.5);
    // 10 + 100 × 5/20 = 35
    expect(lix({ sentences: 2, words: 20, longWords: 5 })).toBe(35);
    expect(kandelMoles({ sentences: 0, words: 0, syllables: 0 })).toBe(0);
  });
  it('scores an easy text higher than a hard one', () => {
    const easy = readability('Vous avez un enfant. Vous avez peu d’argent. La mairie peut vous aider.');
    const hard = readability(
      'Les justifications documentaires complémentaires conditionnent réglementairement l’instruction administrative.',
    );
    expect(easy.kandelMoles).toBeGreaterThan(hard.kandelMoles as number);
    expect(easy.lix).toBeLessThan(hard.lix);
    expect(easy.stats.sentences).toBe(3);
  });
});

describe('splitSentences', () => {
  it('splits on end marks, lines and list items and keeps offsets', () => {
    const text = '# Titre\n\nM. Martin vient. Il signe !\n- un papier\n- une photo';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      'Titre',
      'M. Martin vient.',
      'Il signe !',
      'un papier',
      'une photo',
    ]);
    expect(s[0]?.heading).toBe(true);
    expect(s[3]?.listItem).toBe(true);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s[2]?.inLine).toBe(1);
    expect(s[1]?.paragraph).not.toBe(s[3]?.paragraph);
  });
  it('keeps decimals, amounts and addresses inside one sentence', () => {
    expect(
      splitSentences('Vous recevez 12,50 €. Voir service-public.fr pour plus.').map((x) => x.text),
    ).toEqual(['Vous recevez 12,50 €.', 'Voir service-public.fr pour plus.']);
  });
});

describe('tokenize', () => {
  it('strips elisions, keeps numbers with spaces, placeholders and urls', () => {
    const t = tokenize("L'aide de 1 200 € : {montant:rsa.montant_forfaitaire} sur https://x.fr/a");
    expect(t.map((x) => [x.kind, x.norm])).toEqual([
      ['word', 'aide'],
      ['word', 'de'],
      ['number', '1 200'],
      ['placeholder', '{montant:rsa.montant_forfaitaire}'],
      ['word', 'sur'],
      ['url', 'https://x.fr/a'],
    ]);
    expect(t[0]?.elision).toBe("l'");
  });
});
