// @passerelle/falc: a FALC (facile à lire et à comprendre) checker for French texts. Pure TypeScript.
export { checkDocument, checkText, formatFinding, READABILITY_TARGET } from './check.js';
export { kandelMoles, lix, readability } from './readability.js';
export { RULES, type RuleInfo } from './rules.js';
export { type CliIO, parseContentJson, runCli, USAGE } from './run-cli.js';
export { countSyllables } from './syllables.js';
export { type Sentence, splitSentences, type Token, tokenize } from './text.js';
export { HARD_WORDS, FIGURATIVE, RARE_WORDS } from './lexicon.js';
export type * from './types.js';
