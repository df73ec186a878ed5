// The FALC rules. Each rule has a stable id, a default level and a description in plain French. Sources:
// Inclusion Europe « L'information pour tous » (2009), info.gouv.fr FALC rules, UK easy read guidance
// (see /docs/falc.md for the mapping).

import { FIGURATIVE, HARD_WORDS, RARE_WORDS } from './lexicon.js';
import type { Sentence } from './text.js';
import * as sentences from './checks/sentences.js';
import * as words from './checks/words.js';

export { findPhrase, glossaryForms, singular } from './match.js';
import type { Finding, Lang, Level, RuleId } from './types.js';

export interface RuleInfo {
  id: RuleId;
  level: Level;
  /** Short name, in French. */
  title: string;
  /** What the rule asks, in plain French. */
  description: string;
  langs: readonly Lang[];
}

const BOTH: readonly Lang[] = ['fr', 'en'];

export const RULES: Record<RuleId, RuleInfo> = {
  'sentence-length': {
    id: 'sentence-length',
    level: 'error',
    title: 'Phrases courtes',
    description: "Une phrase a 12 mots au plus. Au-dessus de 15 mots, c'est une erreur.",
    langs: BOTH,
  },
  'one-idea': {
    id: 'one-idea',
    level: 'warning',
    title: 'Une idée par phrase',
    description: 'Chaque phrase dit une seule chose.',
    langs: BOTH,
  },
  'one-sentence-per-line': {
    id: 'one-sentence-per-line',
    level: 'advice',
    title: 'Une phrase par ligne',
    description: 'Chaque phrase commence sur une nouvelle ligne.',
    langs: BOTH,
  },
  acronym: {
    id: 'acronym',
    level: 'error',
    title: 'Sigles expliqués',
    description: 'Un sigle est écrit en entier la première fois. Ou il est dans le lexique.',
    langs: BOTH,
  },
  abbreviation: {
    id: 'abbreviation',
    level: 'warning',
    title: "Pas d'abréviation",
    description: 'Les mots sont écrits en entier.',
    langs: BOTH,
  },
  'number-words': {
    id: 'number-words',
    level: 'warning',
    title: 'Nombres en chiffres',
    description: 'Les nombres sont écrits en chiffres : 3 et pas trois.',
    langs: BOTH,
  },
  percentage: {
    id: 'percentage',
    level: 'warning',
    title: 'Pourcentages expliqués',
    description: 'Un pourcentage est expliqué avec des mots simples, par exemple la moitié.',
    langs: BOTH,
  },
  'large-number': {
    id: 'large-number',
    level: 'warning',
    title: 'Grands nombres expliqués',
    description: 'Un grand nombre est expliqué avec des mots simples, par exemple beaucoup.',
    langs: BOTH,
  },
  'roman-numeral': {
    id: 'roman-numeral',
    level: 'warning',
    title: 'Pas de chiffres romains',
    description: 'Les nombres sont écrits avec des chiffres simples : 2 et pas II.',
    langs: BOTH,
  },
  'date-format': {
    id: 'date-format',
    level: 'warning',
    title: 'Dates en entier',
    description: 'Une date est écrite en entier : lundi 3 mars 2026.',
    langs: BOTH,
  },
  'special-characters': {
    id: 'special-characters',
    level: 'warning',
    title: 'Pas de signes spéciaux',
    description: "Le texte n'a pas de signes comme & / § # ou …",
    langs: BOTH,
  },
  negation: {
    id: 'negation',
    level: 'warning',
    title: 'Phrases positives',
    description: 'Dites ce qui est possible. Évitez les phrases avec ne pas.',
    langs: BOTH,
  },
  'double-negation': {
    id: 'double-negation',
    level: 'error',
    title: 'Pas de double négation',
    description: 'Une phrase a au plus une négation.',
    langs: BOTH,
  },
  'passive-voice': {
    id: 'passive-voice',
    level: 'warning',
    title: 'Voix active',
    description: "Dites qui fait l'action : la CAF paie l'aide.",
    langs: BOTH,
  },
  figurative: {
    id: 'figurative',
    level: 'warning',
    title: "Pas d'image",
    description: "Les mots ont leur sens simple. Pas d'expression imagée.",
    langs: BOTH,
  },
  'rare-word': {
    id: 'rare-word',
    level: 'warning',
    title: 'Mots simples',
    description: 'Les mots sont des mots de tous les jours.',
    langs: BOTH,
  },
  glossary: {
    id: 'glossary',
    level: 'error',
    title: 'Mots difficiles dans le lexique',
    description: 'Chaque mot difficile est expliqué dans le lexique.',
    langs: BOTH,
  },
  capitals: {
    id: 'capitals',
    level: 'error',
    title: 'Pas de majuscules partout',
    description: "Le texte n'est pas écrit en lettres capitales.",
    langs: BOTH,
  },
  italics: {
    id: 'italics',
    level: 'error',
    title: "Pas d'italique",
    description: "Le texte n'est pas en italique. Utilisez le gras pour les mots importants.",
    langs: BOTH,
  },
  'heading-form': {
    id: 'heading-form',
    level: 'warning',
    title: 'Titres clairs',
    description: 'Un titre est une question ou un titre court.',
    langs: BOTH,
  },
  'paragraph-length': {
    id: 'paragraph-length',
    level: 'advice',
    title: 'Paragraphes courts',
    description: 'Un paragraphe a 5 phrases au plus.',
    langs: BOTH,
  },
  readability: {
    id: 'readability',
    level: 'advice',
    title: 'Texte facile à lire',
    description: 'Le score de lecture est bon : phrases courtes et mots courts.',
    langs: BOTH,
  },
};

// ---------------------------------------------------------------------------------------------------------

export interface RuleContext {
  lang: Lang;
  sentences: Sentence[];
  glossaryForms: Set<string>;
  /** Glossary forms in the singular, for plural-insensitive lookups. */
  glossarySingulars: Set<string>;
  /** Glossary forms as phrases, to find them in sentences. */
  glossaryPhrases: string[];
  hardWords: string[];
  maxWords: { advice: number; error: number };
  knownAcronyms: Set<string>;
  emit: (f: Omit<Finding, 'sentence'> & { sentence: Sentence }) => void;
}

export type RuleFn = (ctx: RuleContext) => void;

/** Rules over sentences, in report order. Readability is computed by the checker itself. */
export const RULE_FNS: Array<[RuleId[], RuleFn]> = [
  [['sentence-length'], sentences.sentenceLength],
  [['one-idea'], sentences.oneIdea],
  [['one-sentence-per-line'], sentences.onePerLine],
  [['acronym', 'capitals'], words.acronymsAndCapitals],
  [['abbreviation'], words.abbreviations],
  [['number-words'], words.numberWords],
  [['percentage', 'large-number'], words.numbersExplained],
  [['roman-numeral'], words.romanNumerals],
  [['date-format'], words.dates],
  [['special-characters'], words.specialCharacters],
  [['negation', 'double-negation'], sentences.negations],
  [['passive-voice'], sentences.passiveVoice],
  [['figurative'], (ctx) => words.lexicon(ctx, FIGURATIVE[ctx.lang], 'figurative')],
  [['rare-word'], (ctx) => words.lexicon(ctx, RARE_WORDS[ctx.lang], 'rare-word')],
  [['glossary'], words.glossaryRule],
  [['italics'], words.italics],
  [['heading-form'], words.headings],
  [['paragraph-length'], words.paragraphs],
];

export const defaultHardWords = (lang: Lang): string[] => [...HARD_WORDS[lang]];
