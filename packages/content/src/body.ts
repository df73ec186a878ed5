// Bodies are light markdown written one sentence per line. These helpers turn a body into blocks for
// rendering and reading aloud, and find glossary words in a sentence.
import type { GlossaryEntry } from './types.js';

export type Block = { type: 'paragraph'; sentences: string[] } | { type: 'list'; items: string[] };

/** Paragraphs (one sentence per line) and lists (`- ` items), in order. */
export function parseBody(body: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      current = undefined;
      continue;
    }
    const item = /^[-*•]\s+(.*)$/.exec(line);
    if (item) {
      if (current?.type !== 'list') {
        current = { type: 'list', items: [] };
        blocks.push(current);
      }
      current.items.push(item[1] as string);
    } else {
      if (current?.type !== 'paragraph') {
        current = { type: 'paragraph', sentences: [] };
        blocks.push(current);
      }
      current.sentences.push(line);
    }
  }
  return blocks;
}

/** The sentences of a body in reading order (list items included), for read-aloud. */
export function sentencesOf(body: string): string[] {
  return parseBody(body).flatMap((b) => (b.type === 'paragraph' ? b.sentences : b.items));
}

export interface GlossaryMatch {
  entry: GlossaryEntry;
  start: number;
  end: number;
  text: string;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function formsOf(e: GlossaryEntry): string[] {
  return [e.term, ...(e.aliases ?? [])];
}

const formCache = new Map<string, RegExp>();

// Arabic writes the clitics و ف (and) ب ل ك (with, for, like) and the article ال as part of the word: a form
// also matches with them in front (« بالتأمين الصحي », « للسكن »), the article of the form being optional.
const ARABIC = /^\p{Script=Arabic}/u;
const ARABIC_PREFIX = '[وف]?(?:[بك]?ال|لل|[بلك])?';

function formRegex(form: string): RegExp {
  let re = formCache.get(form);
  if (!re) {
    const acronym = /^[\p{Lu}\d]+[\p{Ll}]?$/u.test(form) && form.length <= 6;
    const arabic = ARABIC.test(form);
    const bare = arabic ? form.replace(/^ال/, '') : form;
    const pattern = escapeRe(bare).replace(/'/g, "['’]").replace(/\s+/g, '\\s+');
    const prefix = arabic ? ARABIC_PREFIX : '';
    const suffix = arabic ? '' : 's?';
    re = new RegExp(
      `(?<![\\p{L}\\p{N}-])${prefix}${pattern}${suffix}(?![\\p{L}\\p{N}-])`,
      acronym ? 'gu' : 'giu',
    );
    formCache.set(form, re);
  }
  return re;
}

/**
 * Glossary words in a text: longest form first, whole words only, the plural in -s accepted (Arabic: the
 * clitics and article in front, see ARABIC_PREFIX), no overlap.
 * Acronyms (all capitals) match only in capitals, so « ars » in a word never matches « ARS ».
 */
export function findGlossaryTerms(text: string, entries: readonly GlossaryEntry[]): GlossaryMatch[] {
  const forms = entries
    .flatMap((entry) => formsOf(entry).map((form) => ({ entry, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const taken: GlossaryMatch[] = [];
  for (const { entry, form } of forms) {
    for (const m of text.matchAll(formRegex(form))) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ entry, start, end, text: m[0] });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
