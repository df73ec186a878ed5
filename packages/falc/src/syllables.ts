// French syllable counter for readability scores. Counts spoken syllables (the silent final « e » is
// dropped) with vowel groups and a few rules for hiatus; good enough for averages over a text, not for
// poetry.

const VOWELS = 'aeiouyàâäéèêëîïôöùûüœæ';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

// Final -ent that is pronounced (nouns, adjectives, adverbs): not a silent verb ending.
const SPOKEN_ENT = new Set([
  'accident',
  'absent',
  'adolescent',
  'agent',
  'argent',
  'cent',
  'client',
  'comment',
  'content',
  'continent',
  'couvent',
  'dent',
  'différent',
  'équivalent',
  'évident',
  'excellent',
  'fréquent',
  'gent',
  'intelligent',
  'lent',
  'parent',
  'patient',
  'permanent',
  'présent',
  'président',
  'prudent',
  'récent',
  'régent',
  'serpent',
  'souvent',
  'talent',
  'torrent',
  'urgent',
  'vent',
  'violent',
  'référent',
  'incident',
  'compétent',
  'précédent',
  'conscient',
  'adjacent',
  'pourcent',
  'impatient',
  'innocent',
  'apparent',
  'transparent',
  'résident',
  'ardent',
  'décent',
  'indécent',
  'prévalent',
  'strident',
]);

/** Number of spoken syllables of one French word (at least 1 for any word with a letter or digit). */
export function countSyllables(word: string): number {
  let w = word
    .normalize('NFC')
    .toLowerCase()
    .replace(/^(l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu)['’]/, '')
    .replace(/[^a-zàâäéèêëîïôöùûüœæç-]/g, '');
  if (w.includes('-')) {
    return w
      .split('-')
      .filter(Boolean)
      .reduce((n, part) => n + countSyllables(part), 0);
  }
  if (w === '') return /\d/.test(word) ? Math.max(1, word.replace(/\D/g, '').length) : 0;

  // Silent verb ending: « ils parlent » (but « souvent », « logement » keep their sound).
  if (w.length > 4 && w.endsWith('ent') && !w.endsWith('ment') && !SPOKEN_ENT.has(w) && !isVowel(w.at(-4))) {
    w = w.slice(0, -2); // parl-ent -> parle-: the remaining « e » is dropped below
  }
  // « qu », « gu » before a vowel: the u is not a vowel of its own (question, guérir).
  w = w.replace(/([qg])u(?=[aeiouyàâäéèêëîïôöùûü])/g, '$1');

  const groups: string[] = [];
  let current = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i] as string;
    const prev = w[i - 1];
    const next = w[i + 1];
    if (!isVowel(c)) {
      if (current) groups.push(current);
      current = '';
      continue;
    }
    // y between two vowels sounds as two (moyen, payer, crayon): it closes one group and opens another.
    if (c === 'y' && isVowel(prev) && isVowel(next)) {
      current += c;
      groups.push(current);
      current = '';
      continue;
    }
    const hiatus =
      current !== '' &&
      // diaeresis always opens a syllable (naïf, Noël); so do é/è after a, o, é (poésie, aéroport, poème)
      // and any vowel after é (réel, réalité), except the final « ée », « ées », « éent » (idée).
      ('ïüë'.includes(c) ||
        ('éè'.includes(c) && 'aoé'.includes(prev ?? '')) ||
        (prev === 'é' && !/^e(s|nt)?$/.test(w.slice(i))));
    if (hiatus) {
      groups.push(current);
      current = c;
    } else current += c;
  }
  if (current) groups.push(current);

  let n = groups.length;
  // Silent final e / es after a consonant (aide, familles), when another syllable is left.
  if (n > 1 && /[^aeiouyàâäéèêëîïôöùûü](e|es)$/.test(w)) n--;
  // « -ée », « -ées », « -ie » are a single group already.
  return Math.max(1, n);
}
