/** How serious a finding is. Only `error` makes `ok` false and the CLI exit non-zero. */
export type Level = 'error' | 'warning' | 'advice';

export type Lang = 'fr' | 'en';

/** Stable rule ids: tools and content reviews refer to them, never rename one. */
export type RuleId =
  | 'sentence-length'
  | 'one-idea'
  | 'one-sentence-per-line'
  | 'acronym'
  | 'abbreviation'
  | 'number-words'
  | 'percentage'
  | 'large-number'
  | 'roman-numeral'
  | 'date-format'
  | 'special-characters'
  | 'negation'
  | 'double-negation'
  | 'passive-voice'
  | 'figurative'
  | 'rare-word'
  | 'glossary'
  | 'capitals'
  | 'italics'
  | 'heading-form'
  | 'paragraph-length'
  | 'readability';

/** A word of the text's glossary. `aliases` are other forms (plural, acronym, long form). */
export interface GlossaryEntry {
  term: string;
  aliases?: readonly string[];
  definition: string;
}

/** Where a sentence sits in the checked text (offsets in UTF-16 code units, end exclusive). */
export interface SentenceRef {
  /** 0-based index among the sentences of the checked text (headings included). */
  index: number;
  text: string;
  start: number;
  end: number;
  /** 1-based line number in the checked text. */
  line: number;
}

export interface Finding {
  rule: RuleId;
  level: Level;
  /** What is wrong and how to fix it, in plain French. */
  message: string;
  sentence: SentenceRef;
  /** The words that triggered the rule, when there are some. */
  match?: { text: string; start: number; end: number };
  /** Set by checkDocument: the section index and which part of it. */
  section?: number;
  part?: 'heading' | 'body' | 'glossary';
}

export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of more than 6 letters (for LIX). */
  longWords: number;
  wordsPerSentence: number;
}

export interface Readability {
  /** Kandel & Moles (French Flesch): higher is easier, FALC aims at 80 or more. Null for English. */
  kandelMoles: number | null;
  /** LIX (Björnsson): lower is easier; below 30 very easy, 30–40 easy. */
  lix: number;
}

export interface CheckResult {
  findings: Finding[];
  counts: Record<Level, number>;
  /** True when no finding has the level `error`. */
  ok: boolean;
  stats: TextStats;
  readability: Readability;
}

export interface CheckOptions {
  lang?: Lang;
  /** The text's glossary: hard words and acronyms it explains. */
  glossary?: readonly (GlossaryEntry | string)[];
  /** Extra hard words that must be in the glossary, on top of the built-in list. */
  hardWords?: readonly string[];
  /** Sentence length thresholds: advice above `advice` words, error above `error` words. */
  maxWords?: { advice: number; error: number };
  /** Rule ids to skip. */
  disable?: readonly RuleId[];
  /** Treat the whole text as one heading (used by checkDocument). */
  heading?: boolean;
  /** Acronyms already explained earlier (used by checkDocument to carry them across sections). */
  knownAcronyms?: Set<string>;
}

export interface DocumentSection {
  heading?: string;
  body: string;
}

export interface DocumentResult extends CheckResult {
  sections: CheckResult[];
}
