// Splits a text (plain or light markdown) into lines, sentences and word tokens, keeping offsets so that
// every finding can point at the exact place in the original text.

export type TokenKind = 'word' | 'number' | 'placeholder' | 'url';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower case, NFC, without the elided article (« l'aide » gives « aide »). */
  norm: string;
  /** The elided prefix in lower case (« n' », « l' »…), or ''. */
  elision: string;
}

/** Where a sentence stands in the text. */
export interface Segment {
  start: number;
  end: number;
  line: number;
  heading: boolean;
  listItem: boolean;
  /** 0-based paragraph number; a heading, a blank line or a list ends a paragraph. */
  paragraph: number;
}

export interface Sentence extends Segment {
  index: number;
  text: string;
  /** Index of this sentence among the sentences of its line. */
  inLine: number;
  tokens: Token[];
}

const TOKEN_RE =
  /(\{[a-z_]+:[\w.-]+\})|(https?:\/\/[^\s)>\]]+|www\.[^\s)>\]]+|[\w.-]+@[\w-]+\.[\w.-]+)|(\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)?)|(\p{L}+(?:['’-]\p{L}+)*['’]?)/gu;

const ELISION_RE = /^(l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu;

/** Lower-cases, composes accents and unifies apostrophes. */
export function normalize(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/’/g, "'");
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = offset + (m.index ?? 0);
    const kind: TokenKind = m[1] ? 'placeholder' : m[2] ? 'url' : m[3] ? 'number' : 'word';
    let norm = normalize(raw);
    let elision = '';
    if (kind === 'word') {
      const e = ELISION_RE.exec(norm);
      if (e) {
        elision = e[0];
        norm = norm.slice(e[0].length);
      }
      norm = norm.replace(/'$/, '');
    }
    tokens.push({ text: raw, start, end: start + raw.length, kind, norm, elision });
  }
  return tokens;
}

/** Words counted for length and readability: words, numbers and placeholders, not addresses. */
export const countsAsWord = (t: Token): boolean => t.kind !== 'url';

const ABBREVIATIONS_BEFORE_DOT = new Set([
  'm',
  'mme',
  'mlle',
  'dr',
  'pr',
  'st',
  'ste',
  'cf',
  'ex',
  'env',
  'p',
  'art',
  'no',
  'vol',
  'tél',
  'tel',
  'av',
  'bd',
  'éd',
]);

function segments(text: string, asHeading: boolean): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  let line = 0;
  let paragraph = 0;
  let lastKind: 'none' | 'text' | 'list' | 'heading' | 'blank' = 'none';
  for (const rawLine of text.split('\n')) {
    line++;
    const lineStart = pos;
    pos += rawLine.length + 1;
    const content = rawLine.replace(/\r$/, '');
    if (content.trim() === '') {
      if (lastKind !== 'blank' && lastKind !== 'none') paragraph++;
      lastKind = 'blank';
      continue;
    }
    let s = lineStart;
    let e = lineStart + content.length;
    let heading = asHeading;
    let listItem = false;
    const h = /^\s{0,3}(#{1,6})\s+/.exec(content);
    const li = /^\s*(?:[-*+•]|\d+[.)])\s+/.exec(content);
    const quote = /^\s*>\s?/.exec(content);
    if (h) {
      heading = true;
      s += h[0].length;
      // a closing run of # is decoration
      const closing = /\s+#+\s*$/.exec(content);
      if (closing) e -= closing[0].length;
    } else if (li) {
      listItem = true;
      s += li[0].length;
    } else if (quote) {
      s += quote[0].length;
    }
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e <= s) continue;
    const kind = heading ? 'heading' : listItem ? 'list' : 'text';
    if (lastKind !== 'none' && lastKind !== 'blank' && (kind !== lastKind || kind === 'heading')) paragraph++;
    out.push({ start: s, end: e, line, heading, listItem, paragraph });
    lastKind = kind;
  }
  return out;
}

/** Sentence boundaries inside one segment: . ! ? … followed by a space and a capital, a digit or the end. */
function splitSegment(text: string, seg: Segment): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = seg.start;
  const re = /[.!?…]+(?=["»”)\]]*(\s+|$))/g;
  re.lastIndex = seg.start;
  const slice = text.slice(0, seg.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let end = m.index + m[0].length;
    while (end < seg.end && /["»”)\]]/.test(text[end] as string)) end++;
    let next = end;
    while (next < seg.end && /\s/.test(text[next] as string)) next++;
    if (next >= seg.end) break;
    const nextChar = text[next] as string;
    if (!/[\p{Lu}\d«"“({*_-]/u.test(nextChar)) continue;
    if (m[0] === '.') {
      const before = /(\p{L}+)$/u.exec(text.slice(start, m.index));
      if (before) {
        const w = (before[1] as string).toLowerCase();
        if (ABBREVIATIONS_BEFORE_DOT.has(w) || /^\p{Lu}$/u.test(before[1] as string)) continue;
      }
    }
    parts.push([start, end]);
    start = next;
    re.lastIndex = next;
  }
  if (start < seg.end) parts.push([start, seg.end]);
  return parts;
}

/** Splits a text into sentences. Each line is at least one sentence: FALC puts one sentence per line. */
export function splitSentences(text: string, opts: { heading?: boolean } = {}): Sentence[] {
  const sentences: Sentence[] = [];
  for (const seg of segments(text, opts.heading ?? false)) {
    let inLine = 0;
    for (const [s, e] of splitSegment(text, seg)) {
      const t = text.slice(s, e);
      if (!/[\p{L}\p{N}{]/u.test(t)) continue;
      sentences.push({
        index: sentences.length,
        text: t,
        start: s,
        end: e,
        line: seg.line,
        heading: seg.heading,
        listItem: seg.listItem,
        paragraph: seg.paragraph,
        inLine: inLine++,
        tokens: tokenize(t, s),
      });
    }
  }
  return sentences;
}
