// Rules about words and signs: acronyms and capitals, abbreviations, numbers, dates, special characters,
// figurative and rare words, the glossary, italics, headings and paragraphs.
import {
  ABBREVIATIONS,
  LARGE_NUMBER_WORDS,
  type LexiconHint,
  NUMBER_EXPLANATION,
  NUMBER_WORDS,
} from '../lexicon.js';
import { normalize, type Sentence, type Token } from '../text.js';
import { findPhrase, lowerOf, q, singular, wordsOf } from '../match.js';
import type { RuleContext } from '../rules.js';

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
export function explainedAcronyms(text: string): string[] {
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

export function acronymsAndCapitals(ctx: RuleContext): void {
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

export function abbreviations(ctx: RuleContext): void {
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

export function numberWords(ctx: RuleContext): void {
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

export function explained(ctx: RuleContext, s: Sentence): boolean {
  const next = ctx.sentences[s.index + 1];
  const re = NUMBER_EXPLANATION[ctx.lang];
  return re.test(normalize(s.text)) || (next !== undefined && !next.heading && re.test(normalize(next.text)));
}

export function numbersExplained(ctx: RuleContext): void {
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

export function isLargeNumber(t: Token, next: Token | undefined, after: string): boolean {
  const value = Number(t.text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
  if (!(value >= 1000)) return false;
  if (/^(19|20)\d\d$/.test(t.text)) return false; // a year
  // An amount of money is the information people need: it stays.
  if (/^\s?€/.test(after) || (next && /^(euros?|€)$/i.test(next.norm))) return false;
  return true;
}

export function romanNumerals(ctx: RuleContext): void {
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

export function dates(ctx: RuleContext): void {
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
export function blankEmails(text: string): string {
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

export function specialCharacters(ctx: RuleContext): void {
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

export function lexicon(
  ctx: RuleContext,
  list: readonly LexiconHint[],
  rule: 'figurative' | 'rare-word',
): void {
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
export function hardWordKey(word: string): { key: string; norm: string } {
  let k = hardWordKeys.get(word);
  if (!k) {
    const norm = normalize(word);
    k = { key: singular(norm), norm };
    hardWordKeys.set(word, k);
  }
  return k;
}

export function glossaryRule(ctx: RuleContext): void {
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

export function italics(ctx: RuleContext): void {
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

export function headings(ctx: RuleContext): void {
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

export function paragraphs(ctx: RuleContext): void {
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
