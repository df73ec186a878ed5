import { readabilityOf, statsOf } from './readability.js';
import { defaultHardWords, glossaryForms, RULE_FNS, RULES, type RuleContext, singular } from './rules.js';
import { type Sentence, splitSentences } from './text.js';
import type {
  CheckOptions,
  CheckResult,
  DocumentResult,
  DocumentSection,
  Finding,
  GlossaryEntry,
  Lang,
  Level,
  TextStats,
} from './types.js';

const LEVEL_ORDER: Record<Level, number> = { error: 0, warning: 1, advice: 2 };

/** Kandel-Moles below this, or LIX above the LIX limit, gives a readability advice. */
export const READABILITY_TARGET = { kandelMoles: 60, lix: 40 } as const;

function countLevels(findings: readonly Finding[]): Record<Level, number> {
  const counts: Record<Level, number> = { error: 0, warning: 0, advice: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}

const toRef = (s: Sentence) => ({ index: s.index, text: s.text, start: s.start, end: s.end, line: s.line });

/**
 * Checks one text (plain text or light markdown: `#` headings, `-` lists, blank lines between paragraphs)
 * against the FALC rules. Offsets in the findings refer to the NFC form of `text`.
 */
export function checkText(text: string, options: CheckOptions = {}): CheckResult {
  const lang: Lang = options.lang ?? 'fr';
  const source = text.normalize('NFC');
  const sentences = splitSentences(source, { heading: options.heading ?? false });
  const disabled = new Set(options.disable ?? []);
  const forms = glossaryForms(options.glossary ?? []);
  const findings: Finding[] = [];
  const ctx: RuleContext = {
    lang,
    sentences,
    glossaryForms: new Set(forms),
    glossarySingulars: new Set(forms.map(singular)),
    glossaryPhrases: forms,
    hardWords: [...defaultHardWords(lang), ...(options.hardWords ?? [])],
    maxWords: options.maxWords ?? { advice: 12, error: 15 },
    knownAcronyms: options.knownAcronyms ?? new Set(),
    emit: (f) => {
      if (disabled.has(f.rule) || !RULES[f.rule].langs.includes(lang)) return;
      findings.push({ ...f, sentence: toRef(f.sentence) });
    },
  };
  for (const [, fn] of RULE_FNS) fn(ctx);

  const stats = statsOf(sentences.filter((s) => !s.heading));
  const readability = readabilityOf(stats, lang);
  if (!disabled.has('readability') && stats.sentences >= 3 && sentences[0]) {
    const km = readability.kandelMoles;
    const hard = km !== null ? km < READABILITY_TARGET.kandelMoles : readability.lix > READABILITY_TARGET.lix;
    if (hard)
      findings.push({
        rule: 'readability',
        level: 'advice',
        sentence: toRef(sentences[0]),
        message:
          km !== null
            ? `Ce texte est difficile à lire : son score est ${Math.round(km)}. Visez 80 ou plus. Écrivez des phrases plus courtes avec des mots plus courts.`
            : `Ce texte est difficile à lire : son score LIX est ${Math.round(readability.lix)}. Visez 40 ou moins. Écrivez des phrases plus courtes avec des mots plus courts.`,
      });
  }
  findings.sort((a, b) => a.sentence.start - b.sentence.start || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  const counts = countLevels(findings);
  return { findings, counts, ok: counts.error === 0, stats, readability };
}

function sumStats(all: readonly TextStats[]): TextStats {
  const s = { sentences: 0, words: 0, syllables: 0, longWords: 0, wordsPerSentence: 0 };
  for (const x of all) {
    s.sentences += x.sentences;
    s.words += x.words;
    s.syllables += x.syllables;
    s.longWords += x.longWords;
  }
  s.wordsPerSentence = s.sentences ? Math.round((s.words / s.sentences) * 10) / 10 : 0;
  return s;
}

/**
 * Checks a document made of sections (a heading and a body each) with one glossary. An acronym explained
 * in one section counts as explained in the next ones. The glossary definitions are checked too, unless
 * `checkGlossary` is false.
 */
export function checkDocument(
  sections: readonly DocumentSection[],
  glossary: readonly (GlossaryEntry | string)[] = [],
  options: Omit<CheckOptions, 'glossary' | 'heading' | 'knownAcronyms'> & { checkGlossary?: boolean } = {},
): DocumentResult {
  const known = new Set<string>();
  const findings: Finding[] = [];
  const perSection: CheckResult[] = [];
  const bodyStats: TextStats[] = [];
  sections.forEach((section, i) => {
    const parts: CheckResult[] = [];
    if (typeof section.heading === 'string' && section.heading.trim() !== '') {
      const r = checkText(section.heading, { ...options, glossary, heading: true, knownAcronyms: known });
      for (const f of r.findings) findings.push({ ...f, section: i, part: 'heading' });
      parts.push(r);
    }
    const body = checkText(section.body, { ...options, glossary, knownAcronyms: known });
    for (const f of body.findings) findings.push({ ...f, section: i, part: 'body' });
    bodyStats.push(body.stats);
    parts.push(body);
    const merged = parts.flatMap((p) => p.findings);
    const counts = countLevels(merged);
    perSection.push({ ...body, findings: merged, counts, ok: counts.error === 0 });
  });
  if (options.checkGlossary !== false) {
    glossary.forEach((entry, i) => {
      if (typeof entry === 'string' || typeof entry?.definition !== 'string') return;
      const r = checkText(entry.definition, {
        ...options,
        glossary,
        disable: [...(options.disable ?? []), 'readability'],
      });
      for (const f of r.findings) findings.push({ ...f, section: i, part: 'glossary' });
    });
  }
  const stats = sumStats(bodyStats);
  const counts = countLevels(findings);
  return {
    findings,
    counts,
    ok: counts.error === 0,
    stats,
    readability: readabilityOf(stats, options.lang ?? 'fr'),
    sections: perSection,
  };
}

/** One line per finding, for terminals and test failures. */
export function formatFinding(f: Finding, file?: string): string {
  const where = [
    file,
    f.section !== undefined ? `section ${f.section + 1}${f.part ? ` (${f.part})` : ''}` : undefined,
    `ligne ${f.sentence.line}`,
    `phrase ${f.sentence.index + 1}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${f.level.toUpperCase()} ${f.rule} [${where}] ${f.message}\n    « ${f.sentence.text} »`;
}
