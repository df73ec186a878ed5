// Finding words and phrases in sentences, plural-insensitive: shared by the glossary, the hard words and the
// checker.
import { countsAsWord, normalize, type Sentence, type Token } from './text.js';
import type { GlossaryEntry } from './types.js';

export const q = (s: string): string => `« ${s} »`;

/** Singular form for matching: drops a final s or x on words of 4 letters or more. */
export const singular = (phrase: string): string =>
  phrase
    .split(' ')
    .map((w) => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w))
    .join(' ');

export function glossaryForms(glossary: readonly (GlossaryEntry | string)[]): string[] {
  const out: string[] = [];
  for (const g of glossary) {
    // Data from files may be malformed: keep what is usable, skip the rest.
    if (typeof g === 'string') out.push(g);
    else if (g && typeof g.term === 'string') {
      out.push(g.term);
      if (Array.isArray(g.aliases)) for (const a of g.aliases) if (typeof a === 'string') out.push(a);
    }
  }
  return out.map((f) => normalize(f).trim()).filter(Boolean);
}

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const phraseCache = new Map<string, { re: RegExp; probe: string }>();
const lowerCache = new WeakMap<Sentence, string>();

function phraseMatcher(phrase: string): { re: RegExp; probe: string } {
  let m = phraseCache.get(phrase);
  if (!m) {
    const parts = normalize(phrase).split(/\s+/);
    const words = parts.map((w) => `${escapeRe(w).replace(/'/g, "['’]")}[sx]?`);
    // The first letters of the phrase, to skip sentences that cannot match without running the regex.
    const probe = (parts[0] ?? '').split("'")[0]?.slice(0, 4) ?? '';
    m = { re: new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu'), probe };
    phraseCache.set(phrase, m);
  }
  return m;
}

export function lowerOf(sentence: Sentence): string {
  let lower = lowerCache.get(sentence);
  if (lower === undefined) {
    lower = sentence.text.toLowerCase().replace(/’/g, "'");
    lowerCache.set(sentence, lower);
  }
  return lower;
}

/** Every occurrence of a phrase (with optional -s/-x on each word) in a sentence, with offsets. */
export function findPhrase(
  sentence: Sentence,
  phrase: string,
): Array<{ text: string; start: number; end: number }> {
  const { re, probe } = phraseMatcher(phrase);
  if (probe && !lowerOf(sentence).includes(probe)) return [];
  const out: Array<{ text: string; start: number; end: number }> = [];
  re.lastIndex = 0;
  for (const m of sentence.text.matchAll(re)) {
    const start = sentence.start + (m.index ?? 0);
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

export const wordsOf = (s: Sentence): Token[] => s.tokens.filter(countsAsWord);
