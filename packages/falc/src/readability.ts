import { countSyllables } from './syllables.js';
import { countsAsWord, type Sentence, splitSentences } from './text.js';
import type { Lang, Readability, TextStats } from './types.js';

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Letters of a word token, for the LIX "long word" test (more than 6 letters). */
const letterCount = (s: string): number => (s.match(/\p{L}/gu) ?? []).length;

export function statsOf(sentences: readonly Sentence[]): TextStats {
  let words = 0;
  let syllables = 0;
  let longWords = 0;
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (!countsAsWord(t)) continue;
      words++;
      if (t.kind === 'placeholder')
        syllables += 3; // an amount read aloud: « 600 euros »
      else syllables += countSyllables(t.text);
      if (t.kind === 'word' && letterCount(t.text) > 6) longWords++;
    }
  }
  const n = sentences.filter((s) => s.tokens.some(countsAsWord)).length;
  return { sentences: n, words, syllables, longWords, wordsPerSentence: n ? round1(words / n) : 0 };
}

/** Kandel & Moles (1958): 207 − 1.015 × words/sentences − 73.6 × syllables/words. */
export function kandelMoles(stats: Pick<TextStats, 'sentences' | 'words' | 'syllables'>): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return round1(207 - 1.015 * (stats.words / stats.sentences) - 73.6 * (stats.syllables / stats.words));
}

/** LIX (Björnsson): words/sentences + 100 × long words/words. */
export function lix(stats: Pick<TextStats, 'sentences' | 'words' | 'longWords'>): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return round1(stats.words / stats.sentences + (100 * stats.longWords) / stats.words);
}

export function readabilityOf(stats: TextStats, lang: Lang): Readability {
  return { kandelMoles: lang === 'fr' ? kandelMoles(stats) : null, lix: lix(stats) };
}

/** Scores of a whole text (plain or light markdown). */
export function readability(text: string, lang: Lang = 'fr'): Readability & { stats: TextStats } {
  const stats = statsOf(splitSentences(text));
  return { ...readabilityOf(stats, lang), stats };
}
