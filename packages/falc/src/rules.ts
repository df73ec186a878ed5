// The FALC rules. Each rule has a stable id, a default level and a description in plain French. Sources:
// Inclusion Europe « L'information pour tous » (2009), info.gouv.fr FALC rules, UK easy read guidance
// (see /docs/falc.md for the mapping).

import {
  ABBREVIATIONS,
  AND_OR,
  COORDINATORS,
  EN_BE_FORMS,
  EN_IRREGULAR_PARTICIPLES,
  EN_NOT_PASSIVE,
  ETRE_FORMS,
  FIGURATIVE,
  HARD_WORDS,
  LARGE_NUMBER_WORDS,
  type LexiconHint,
  NE_PARTNERS,
  NEGATIVE_WORDS_FR,
  NOT_PASSIVE_FR,
  NUMBER_EXPLANATION,
  NUMBER_WORDS,
  PARTICIPLE_FR,
  PASSIVE_SKIP_FR,
  RARE_WORDS,
  SUBORDINATORS,
} from './lexicon.js';
import { countsAsWord, normalize, type Sentence, type Token } from './text.js';
import type { Finding, GlossaryEntry, Lang, Level, RuleId } from './types.js';

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

const q = (s: string): string => `« ${s} »`;

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

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

function lowerOf(sentence: Sentence): string {
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

const wordsOf = (s: Sentence): Token[] => s.tokens.filter(countsAsWord);

function sentenceLength(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    if (s.heading) continue;
    const n = wordsOf(s).length;
    if (n > ctx.maxWords.error)
      ctx.emit({
        rule: 'sentence-length',
        level: 'error',
        sentence: s,
        message: `Cette phrase a ${n} mots. C'est trop long. Coupez la phrase en 2 phrases. Gardez ${ctx.maxWords.advice} mots au plus.`,
      });
    else if (n > ctx.maxWords.advice)
      ctx.emit({
        rule: 'sentence-length',
        level: 'advice',
        sentence: s,
        message: `Cette phrase a ${n} mots. Essayez de garder ${ctx.maxWords.advice} mots au plus.`,
      });
  }
}

function oneIdea(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    if (s.heading) continue;
    let score = 0;
    const reasons: string[] = [];
    const semis = (s.text.match(/;/g) ?? []).length;
    if (semis) {
      score += 2 * semis;
      reasons.push('un point-virgule');
    }
    let andOr = 0;
    for (const t of s.tokens) {
      if (t.kind !== 'word') continue;
      if (
        SUBORDINATORS[ctx.lang].has(t.norm) ||
        (ctx.lang === 'fr' && /^(qu|lorsqu|puisqu|quoiqu)'$/.test(t.elision))
      ) {
        score++;
        reasons.push(q(t.elision ? t.elision : t.text));
      } else if (COORDINATORS[ctx.lang].has(t.norm)) {
        score++;
        reasons.push(q(t.text));
      } else if (AND_OR[ctx.lang].has(t.norm)) andOr++;
    }
    if (andOr >= 2) {
      score++;
      reasons.push(ctx.lang === 'fr' ? 'plusieurs « et » ou « ou »' : 'plusieurs « and » ou « or »');
    }
    if ((s.text.match(/,/g) ?? []).length >= 3) {
      score++;
      reasons.push('beaucoup de virgules');
    }
    // A long sentence with one joining word usually carries two ideas as well.
    if (score >= 2 || (score >= 1 && wordsOf(s).length > ctx.maxWords.advice))
      ctx.emit({
        rule: 'one-idea',
        level: 'warning',
        sentence: s,
        message: `Cette phrase dit peut-être plusieurs choses. Elle a ${reasons.slice(0, 3).join(', ')}. Écrivez une idée par phrase.`,
      });
  }
}

function onePerLine(ctx: RuleContext): void {
  for (const s of ctx.sentences)
    if (s.inLine > 0)
      ctx.emit({
        rule: 'one-sentence-per-line',
        level: 'advice',
        sentence: s,
        message: "Cette phrase est sur la même ligne que la phrase d'avant. Allez à la ligne.",
      });
}

const ACRONYM_RE = /^\p{Lu}{2,}[s]?$/u;
const ROMAN_RE = /^(?:[IVX]{2,}|[IVXLC]{2,}(?:e|er|ème)|[IVX](?:e|er|ème))$/u;
const isAllCaps = (t: Token): boolean =>
  t.kind === 'word' && /^[\p{Lu}'’-]+$/u.test(t.text) && (t.text.match(/\p{Lu}/gu) ?? []).length >= 2;

const UPPER_RUN = /\p{Lu}{2,}$/u;
const ONLY_UPPER = /^\p{Lu}{2,}$/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/**
 * Acronyms explained in a sentence: « Caisse d'allocations familiales (CAF) » or « CAF (Caisse …) ».
 * One pass over the parentheses (a regular expression for this was quadratic on long texts).
 */
function explainedAcronyms(text: string): string[] {
  const found: string[] = [];
  if (!text.includes('(')) return found;
  let letterSinceParen = false;
  let close = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === ')') letterSinceParen = false;
    if (c !== '(') {
      if (!letterSinceParen && c !== ')' && LETTER.test(c)) letterSinceParen = true;
      continue;
    }
    if (close < i) close = text.indexOf(')', i);
    if (close < 0) break;
    const inner = text.slice(i + 1, close);
    if (letterSinceParen && ONLY_UPPER.test(inner)) found.push(inner);
    else if (inner && LOWER.test(inner)) {
      // Only the last 40 characters before the parenthesis can hold the acronym.
      const before = UPPER_RUN.exec(text.slice(Math.max(0, i - 40), i).trimEnd())?.[0];
      if (before) found.push(before);
    }
    letterSinceParen = false;
  }
  return found;
}

function acronymsAndCapitals(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    const toks = s.tokens;
    // Expansions in this sentence: « Caisse d'allocations familiales (CAF) » or « CAF (Caisse …) ».
    for (const a of explainedAcronyms(s.text)) ctx.knownAcronyms.add(a);
    // Runs of words in capitals: « ATTENTION IMPORTANT », or a long word like « OBLIGATOIRE ».
    const done = new Set<Token>();
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (!isAllCaps(t) || done.has(t)) continue;
      let j = i;
      while (j + 1 < toks.length && isAllCaps(toks[j + 1] as Token)) j++;
      const run = toks.slice(i, j + 1);
      const known = run.every(
        (r) => ctx.knownAcronyms.has(r.text) || ctx.glossaryForms.has(normalize(r.text)),
      );
      if (!known && (run.length >= 2 || letters(t.text) >= 7)) {
        for (const r of run) done.add(r);
        const last = run[run.length - 1] as Token;
        ctx.emit({
          rule: 'capitals',
          level: 'error',
          sentence: s,
          match: { text: s.text.slice(t.start - s.start, last.end - s.start), start: t.start, end: last.end },
          message: `${q(s.text.slice(t.start - s.start, last.end - s.start))} est écrit en lettres capitales. C'est difficile à lire. Écrivez en lettres normales. Utilisez le gras pour les mots importants.`,
        });
      }
    }
    for (const t of toks) {
      if (t.kind !== 'word' || done.has(t) || ROMAN_RE.test(t.text) || !ACRONYM_RE.test(t.text)) continue;
      const a = t.text;
      const sing = a.endsWith('s') ? a.slice(0, -1) : a;
      if (ctx.knownAcronyms.has(a) || ctx.knownAcronyms.has(sing)) continue;
      if (ctx.glossaryForms.has(normalize(a)) || ctx.glossaryForms.has(normalize(sing))) {
        ctx.knownAcronyms.add(a);
        continue;
      }
      ctx.knownAcronyms.add(a); // report the first use only
      ctx.emit({
        rule: 'acronym',
        level: 'error',
        sentence: s,
        match: { text: a, start: t.start, end: t.end },
        message: `Le sigle ${q(a)} n'est pas expliqué. Écrivez les mots en entier la première fois, avec le sigle entre parenthèses. Ou ajoutez ${q(a)} au lexique.`,
      });
    }
  }
}

const letters = (s: string): number => (s.match(/\p{L}/gu) ?? []).length;

function abbreviations(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    const lower = lowerOf(s);
    for (const ab of ABBREVIATIONS[ctx.lang]) {
      if (!lower.includes(ab.probe)) continue;
      for (const m of s.text.matchAll(ab.re)) {
        const start = s.start + (m.index ?? 0);
        ctx.emit({
          rule: 'abbreviation',
          level: 'warning',
          sentence: s,
          match: { text: m[0], start, end: start + m[0].length },
          message: `${q(m[0].trim())} est une abréviation. Écrivez le mot en entier : ${q(ab.full)}.`,
        });
      }
    }
  }
}

function numberWords(ctx: RuleContext): void {
  for (const s of ctx.sentences)
    s.tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      const parts = t.norm.split('-');
      if (
        !parts.every(
          (p) =>
            NUMBER_WORDS[ctx.lang].has(p) ||
            (parts.length > 1 && ['et', 'un', 'une', 'and', 'one'].includes(p)),
        )
      )
        return;
      const prev = s.tokens[i - 1];
      if (ctx.lang === 'fr' && prev?.norm === 'pour' && t.norm.startsWith('cent')) return; // « pour cent »: see percentage
      if (ctx.lang === 'en' && t.norm === 'hundred' && s.tokens[i + 1]?.norm === 'percent') return;
      ctx.emit({
        rule: 'number-words',
        level: 'warning',
        sentence: s,
        match: { text: t.text, start: t.start, end: t.end },
        message: `Le nombre ${q(t.text)} est écrit en lettres. Écrivez-le en chiffres.`,
      });
    });
}

function explained(ctx: RuleContext, s: Sentence): boolean {
  const next = ctx.sentences[s.index + 1];
  const re = NUMBER_EXPLANATION[ctx.lang];
  return re.test(normalize(s.text)) || (next !== undefined && !next.heading && re.test(normalize(next.text)));
}

function numbersExplained(ctx: RuleContext): void {
  const pct =
    ctx.lang === 'fr' ? /\d+(?:[.,]\d+)?\s?%|\bpour\s?cents?\b/giu : /\d+(?:[.,]\d+)?\s?%|\bper\s?cent\b/giu;
  for (const s of ctx.sentences) {
    let okCache: boolean | undefined;
    const ok = (): boolean => (okCache ??= explained(ctx, s));
    for (const m of s.text.matchAll(pct)) {
      if (ok()) continue;
      const start = s.start + (m.index ?? 0);
      ctx.emit({
        rule: 'percentage',
        level: 'warning',
        sentence: s,
        match: { text: m[0], start, end: start + m[0].length },
        message: `${q(m[0])} est un pourcentage. Beaucoup de personnes ne le comprennent pas. Expliquez-le avec des mots simples, par exemple : la moitié.`,
      });
    }
    s.tokens.forEach((t, i) => {
      if (t.kind !== 'number' && t.kind !== 'word') return;
      const large =
        (t.kind === 'number' &&
          isLargeNumber(t, s.tokens[i + 1], s.text.slice(t.end - s.start, t.end - s.start + 3))) ||
        (t.kind === 'word' && LARGE_NUMBER_WORDS[ctx.lang].has(t.norm));
      if (large && !ok())
        ctx.emit({
          rule: 'large-number',
          level: 'warning',
          sentence: s,
          match: { text: t.text, start: t.start, end: t.end },
          message: `${q(t.text)} est un grand nombre. Il est difficile à imaginer. Expliquez-le avec des mots simples, par exemple : beaucoup.`,
        });
    });
  }
}

function isLargeNumber(t: Token, next: Token | undefined, after: string): boolean {
  const value = Number(t.text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  if (!(value >= 1000)) return false;
  if (/^(19|20)\d\d$/.test(t.text)) return false; // a year
  // An amount of money is the information people need: it stays.
  if (/^\s?€/.test(after) || (next && /^(euros?|€)$/i.test(next.norm))) return false;
  return true;
}

function romanNumerals(ctx: RuleContext): void {
  for (const s of ctx.sentences)
    for (const t of s.tokens)
      if (t.kind === 'word' && ROMAN_RE.test(t.text))
        ctx.emit({
          rule: 'roman-numeral',
          level: 'warning',
          sentence: s,
          match: { text: t.text, start: t.start, end: t.end },
          message: `${q(t.text)} est écrit en chiffres romains. Écrivez le nombre avec des chiffres simples.`,
        });
}

function dates(ctx: RuleContext): void {
  const re = /(?<![\d/])\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?![\d/])|\b\d{4}-\d{2}-\d{2}\b/g;
  for (const s of ctx.sentences)
    for (const m of s.text.matchAll(re)) {
      const start = s.start + (m.index ?? 0);
      ctx.emit({
        rule: 'date-format',
        level: 'warning',
        sentence: s,
        match: { text: m[0], start, end: start + m[0].length },
        message: `La date ${q(m[0])} est écrite avec des chiffres et des barres. Écrivez-la en entier, par exemple : lundi 3 mars 2026.`,
      });
    }
}

const EMAIL_CHAR = /[\w.-]/;
const DOMAIN_CHAR = /[\w-]/;

/** Blanks e-mail addresses, scanning out from each « @ » (a regular expression was quadratic). */
function blankEmails(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let l = at;
    while (l > from && EMAIL_CHAR.test(text[l - 1] as string)) l--;
    let r = at + 1;
    while (r < text.length && DOMAIN_CHAR.test(text[r] as string)) r++;
    if (l === at || r === at + 1 || text[r] !== '.') continue;
    const dot = r;
    r++;
    while (r < text.length && EMAIL_CHAR.test(text[r] as string)) r++;
    if (r === dot + 1) continue;
    out += text.slice(from, l) + ' '.repeat(r - l);
    from = r;
    at = r - 1;
  }
  return out + text.slice(from);
}

function specialCharacters(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    // Blank out what is not prose: addresses, placeholders, markdown links and bold.
    let text = blankEmails(s.text);
    const blank = (m: string): string => ' '.repeat(m.length);
    text = text
      .replace(/https?:\/\/[^\s)>\]]+|www\.[^\s)>\]]+/g, blank)
      .replace(/\{[a-z_]+:[\w.-]+\}/g, blank)
      .replace(/\]\(/g, blank)
      .replace(/\*\*/g, blank);
    for (const m of text.matchAll(/[&§#<>|\\~^/]|…|\.\.\./g)) {
      if (m[0] === '/' && /\d\/\d/.test(text.slice((m.index ?? 0) - 1, (m.index ?? 0) + 2))) continue; // dates: see date-format
      const start = s.start + (m.index ?? 0);
      ctx.emit({
        rule: 'special-characters',
        level: 'warning',
        sentence: s,
        match: { text: m[0], start, end: start + m[0].length },
        message: `Le signe ${q(m[0])} est difficile à comprendre. Écrivez un mot à la place.`,
      });
    }
  }
}

function negations(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    const toks = s.tokens.filter((t) => t.kind === 'word');
    let reported = false;
    let doubled = false;
    const report = (t: Token, why: string): void => {
      if (reported) return;
      reported = true;
      ctx.emit({
        rule: 'negation',
        level: 'warning',
        sentence: s,
        match: { text: t.text, start: t.start, end: t.end },
        message: `Cette phrase est négative (${why}). Essayez de dire ce qui est possible.`,
      });
    };
    const double = (a: Token, b: Token): void => {
      if (doubled) return;
      doubled = true;
      ctx.emit({
        rule: 'double-negation',
        level: 'error',
        sentence: s,
        match: { text: s.text.slice(a.start - s.start, b.end - s.start), start: a.start, end: b.end },
        message: `Cette phrase a 2 négations : ${q(a.text)} et ${q(b.text)}. C'est très difficile à comprendre. Dites la même chose sans négation.`,
      });
    };
    if (ctx.lang === 'fr') {
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as Token;
        const isNe = t.norm === 'ne' || t.elision === "n'";
        if (isNe) {
          const scope = toks.slice(i + (t.elision ? 0 : 1), i + 8);
          const partner = scope.find((x) => NE_PARTNERS.has(x.norm));
          if (!partner) continue; // « ne … que » means « seulement »
          report(t, `${t.elision ? "n'" : 'ne'} … ${partner.norm}`);
          const after = scope.slice(scope.indexOf(partner) + 1);
          const neg = after.find(
            (x) =>
              NEGATIVE_WORDS_FR.has(x.norm) &&
              !(x.norm === 'non' && after[after.indexOf(x) + 1]?.norm === 'plus'),
          );
          if (neg) double(t, neg);
        } else if (
          t.norm === 'sans' ||
          t.norm === 'jamais' ||
          t.norm === 'aucun' ||
          t.norm === 'aucune' ||
          t.norm === 'rien' ||
          t.norm.startsWith('non-')
        ) {
          report(t, t.text);
        }
      }
    } else {
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as Token;
        if (/^(not|never|nothing|nobody|none|without|cannot)$/.test(t.norm) || /n't$/.test(t.norm)) {
          report(t, t.text);
          const after = toks.slice(i + 1, i + 4);
          const neg = after.find((x) =>
            /^(without|no|not|never|impossible|unusual|uncommon|unlike|unable)$/.test(x.norm),
          );
          if (neg) double(t, neg);
        }
      }
    }
  }
}

function passiveVoice(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    if (s.heading) continue;
    const toks = s.tokens.filter((t) => t.kind === 'word');
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      let j = i + 1;
      let hit: Token | undefined;
      if (ctx.lang === 'fr') {
        if (!ETRE_FORMS.has(t.norm) || t.elision === "c'") continue;
        while (j < toks.length && PASSIVE_SKIP_FR.has((toks[j] as Token).norm)) j++;
        const p = toks[j];
        if (p && PARTICIPLE_FR.test(p.norm) && !NOT_PASSIVE_FR.has(p.norm) && !p.elision) hit = p;
      } else {
        if (!EN_BE_FORMS.has(t.norm)) continue;
        while (
          j < toks.length &&
          /^(not|also|often|always|never|usually|then|only)$/.test((toks[j] as Token).norm)
        )
          j++;
        const p = toks[j];
        if (
          p &&
          (EN_IRREGULAR_PARTICIPLES.has(p.norm) ||
            (/^\p{L}{3,}ed$/u.test(p.norm) && !EN_NOT_PASSIVE.has(p.norm)))
        )
          hit = p;
      }
      if (hit) {
        ctx.emit({
          rule: 'passive-voice',
          level: 'warning',
          sentence: s,
          match: { text: s.text.slice(t.start - s.start, hit.end - s.start), start: t.start, end: hit.end },
          message: `${q(s.text.slice(t.start - s.start, hit.end - s.start))} est une forme passive. Dites qui fait l'action, par exemple : la CAF verse l'aide.`,
        });
        break;
      }
    }
  }
}

function lexicon(ctx: RuleContext, list: readonly LexiconHint[], rule: 'figurative' | 'rare-word'): void {
  for (const s of ctx.sentences)
    for (const entry of list)
      for (const m of findPhrase(s, entry.phrase)) {
        const hint = entry.hint ? ` Vous pouvez écrire : ${q(entry.hint)}.` : '';
        const message =
          rule === 'figurative'
            ? `${q(m.text)} est une expression imagée. Certaines personnes la comprennent mot à mot. Dites la chose simplement.${hint}`
            : `${q(m.text)} est un mot rare ou difficile. Utilisez un mot de tous les jours.${hint}`;
        ctx.emit({ rule, level: 'warning', sentence: s, match: m, message });
      }
}

const hardWordKeys = new Map<string, { key: string; norm: string }>();
function hardWordKey(word: string): { key: string; norm: string } {
  let k = hardWordKeys.get(word);
  if (!k) {
    const norm = normalize(word);
    k = { key: singular(norm), norm };
    hardWordKeys.set(word, k);
  }
  return k;
}

function glossaryRule(ctx: RuleContext): void {
  const seen = new Set<string>();
  for (const s of ctx.sentences) {
    let present: string[] | undefined;
    const presentIn = (): string[] => {
      if (!present) present = ctx.glossaryPhrases.filter((g) => findPhrase(s, g).length > 0);
      return present;
    };
    for (const word of ctx.hardWords) {
      const { key, norm } = hardWordKey(word);
      if (seen.has(key)) continue;
      const hits = findPhrase(s, word);
      if (hits.length === 0) continue;
      const hit = hits[0] as { text: string; start: number; end: number };
      const hitKey = singular(normalize(hit.text));
      const covered =
        ctx.glossarySingulars.has(key) ||
        ctx.glossarySingulars.has(hitKey) ||
        presentIn().some((g) => g.includes(norm));
      seen.add(key);
      if (!covered)
        ctx.emit({
          rule: 'glossary',
          level: 'error',
          sentence: s,
          match: hit,
          message: `Le mot ${q(hit.text)} est difficile. Expliquez-le dans le lexique.`,
        });
    }
  }
}

function italics(ctx: RuleContext): void {
  const re =
    /(?<![*\w])\*(?!\*|\s)[^*\n]+?(?<!\s)\*(?![*\w])|(?<![_\p{L}\p{N}])_(?!_|\s)[^_\n]+?(?<!\s)_(?![_\p{L}\p{N}])|<(?:em|i)(?:\s[^>]*)?>/giu;
  for (const s of ctx.sentences)
    for (const m of s.text.matchAll(re)) {
      const start = s.start + (m.index ?? 0);
      ctx.emit({
        rule: 'italics',
        level: 'error',
        sentence: s,
        match: { text: m[0], start, end: start + m[0].length },
        message: `${q(m[0])} est en italique. L'italique est difficile à lire. Utilisez le gras pour les mots importants.`,
      });
    }
}

function headings(ctx: RuleContext): void {
  for (const s of ctx.sentences) {
    if (!s.heading) continue;
    const text = s.text.trim();
    const n = wordsOf(s).length;
    if (/\?\s*$/.test(text)) continue;
    if (n <= 6 && !/[.:;,]\s*$/.test(text)) continue;
    ctx.emit({
      rule: 'heading-form',
      level: 'warning',
      sentence: s,
      message: `Ce titre a ${n} mots. Écrivez une question, par exemple : Pour qui ? Ou un titre de 6 mots au plus.`,
    });
  }
}

function paragraphs(ctx: RuleContext): void {
  const counts = new Map<number, number>();
  for (const s of ctx.sentences) {
    if (s.heading) continue;
    const n = (counts.get(s.paragraph) ?? 0) + 1;
    counts.set(s.paragraph, n);
    if (n === 6)
      ctx.emit({
        rule: 'paragraph-length',
        level: 'advice',
        sentence: s,
        message: 'Ce paragraphe a plus de 5 phrases. Coupez-le en 2 paragraphes. Ou faites une liste.',
      });
  }
}

export type RuleFn = (ctx: RuleContext) => void;

/** Rules over sentences, in report order. Readability is computed by the checker itself. */
export const RULE_FNS: Array<[RuleId[], RuleFn]> = [
  [['sentence-length'], sentenceLength],
  [['one-idea'], oneIdea],
  [['one-sentence-per-line'], onePerLine],
  [['acronym', 'capitals'], acronymsAndCapitals],
  [['abbreviation'], abbreviations],
  [['number-words'], numberWords],
  [['percentage', 'large-number'], numbersExplained],
  [['roman-numeral'], romanNumerals],
  [['date-format'], dates],
  [['special-characters'], specialCharacters],
  [['negation', 'double-negation'], negations],
  [['passive-voice'], passiveVoice],
  [['figurative'], (ctx) => lexicon(ctx, FIGURATIVE[ctx.lang], 'figurative')],
  [['rare-word'], (ctx) => lexicon(ctx, RARE_WORDS[ctx.lang], 'rare-word')],
  [['glossary'], glossaryRule],
  [['italics'], italics],
  [['heading-form'], headings],
  [['paragraph-length'], paragraphs],
];

export const defaultHardWords = (lang: Lang): string[] => [...HARD_WORDS[lang]];
