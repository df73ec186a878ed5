// Every text of the rules exists in every shipped locale, with the same placeholders, and none of it stays
// French once translated (checked on the questions, the details and the reasons of thousands of results).
import { FRENCH_PROPER_NOUNS, frenchWords } from '@passerelle/testing/french';
import { describe, expect, it } from 'vitest';
import { getRightDetails } from '../../src/catalogue-entry.js';
import { FLOW_QUESTIONS, expandQuestions, parseAnswer } from '../../src/flow/index.js';
import {
  FR_VALIDATION,
  loadRulesTranslation,
  matchTemplate,
  type RulesTranslation,
  TRANSLATED_LOCALES,
  translateFormatters,
  translateQuestion,
  translateReason,
  translateRight,
  translateValidation,
} from '../../src/i18n/index.js';
import { loadExtraRights } from '../../src/extra.js';
import { COMMON_CONDITIONS, PARTNER_TYPES, RIGHT_IDS, RIGHTS } from '../../src/index.js';
import { corpusResults } from './corpus.js';
import KNOWN_MISSING from './known-missing.json' with { type: 'json' };

// The rights added with issue 15 and their details and reasons are checked too.
loadExtraRights();

/**
 * Texts added by the rules work of issue 15 (corrections and 25 new rights) before their translations: the
 * list may only shrink. A text missing and not listed fails, and so does a listed text that now exists.
 */
function expectOnlyKnownMissing(
  locale: string,
  table: 'questions' | 'details' | 'reasons' | 'results',
  missing: string[],
) {
  const known: string[] = (KNOWN_MISSING as Record<string, Record<string, string[]>>)[locale]?.[table] ?? [];
  if (process.env.PASSERELLE_WRITE_KNOWN_MISSING) {
    writes[locale] ??= {};
    (writes[locale] as Record<string, string[]>)[table] = [...missing].sort();
    return;
  }
  expect(
    missing.filter((k) => !known.includes(k)),
    `missing in ${table}.${locale}.ts`,
  ).toEqual([]);
  expect(
    known.filter((k) => !missing.includes(k)),
    `now translated: remove from known-missing.json`,
  ).toEqual([]);
}
const writes: Record<string, Record<string, string[]>> = {};

const placeholders = (s: string | undefined) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const conditionsOf = (id: string) => {
  const right = Object.values(RIGHTS).find((r) => r.id === id);
  return { ...COMMON_CONDITIONS, ...right?.conditions };
};
const ALLOW = [...FRENCH_PROPER_NOUNS];
const leaks = (text: string) => frenchWords(text, ALLOW);

const tables = new Map<string, RulesTranslation>();
const load = async (locale: (typeof TRANSLATED_LOCALES)[number]) => {
  let t = tables.get(locale);
  if (!t) {
    t = await loadRulesTranslation(locale);
    tables.set(locale, t);
  }
  return t;
};

describe.each(TRANSLATED_LOCALES)('rules texts in %s', (locale) => {
  it('is marked for review by a native speaker until it is reviewed', async () => {
    const t = await load(locale);
    for (const table of [t.questions, t.reasons, t.details])
      expect(['awaiting-review', 'reviewed']).toContain(table.review);
  });

  it('has every question, help and option, with the same placeholders', async () => {
    const t = await load(locale);
    const missing: string[] = [];
    for (const q of FLOW_QUESTIONS) {
      const own = t.questions.questions[q.id];
      if (!own) {
        missing.push(q.id);
        continue;
      }
      if (placeholders(own.label).join() !== placeholders(q.label).join())
        missing.push(`${q.id} (placeholders)`);
      if (q.help && !own.help) missing.push(`${q.id} (help)`);
      for (const o of q.options ?? []) {
        const ot = own.options?.[o.value];
        if (!ot) missing.push(`${q.id} option ${o.value}`);
        else if (o.hint && !ot.hint) missing.push(`${q.id} option ${o.value} (hint)`);
      }
      const translated = translateQuestion(q, t);
      const texts = [
        translated.label,
        translated.help ?? '',
        ...(translated.options ?? []).flatMap((o) => [o.label, o.hint ?? '']),
      ];
      if (texts.flatMap(leaks).length) missing.push(`${q.id} (French left)`);
    }
    expectOnlyKnownMissing(locale, 'questions', missing);
    const extra = Object.keys(t.questions.questions).filter((id) => !FLOW_QUESTIONS.some((q) => q.id === id));
    expect(extra, 'questions that no longer exist').toEqual([]);
  });

  it('has the same placeholders as French in every validation message', async () => {
    const t = await load(locale);
    for (const [key, fr] of Object.entries(FR_VALIDATION))
      expect(placeholders(t.questions.validation[key as keyof typeof FR_VALIDATION]), key).toEqual(
        placeholders(fr),
      );
  });

  it('has every right’s name, description, steps and papers', async () => {
    const t = await load(locale);
    const missing: string[] = [];
    for (const id of RIGHT_IDS) {
      const own = t.details.rights[id];
      const fr = getRightDetails(id);
      if (!own || !fr) {
        missing.push(id);
        continue;
      }
      if (own.steps.length !== fr.procedure.steps.length) missing.push(`${id} steps`);
      if (own.papers.length !== fr.procedure.papers.length) missing.push(`${id} papers`);
      const label = Object.values(RIGHTS).find((r) => r.id === id)?.label ?? '';
      const shown = translateRight(id, { label, ...fr }, t);
      const texts = [
        shown.label,
        shown.description ?? '',
        ...(shown.procedure?.steps ?? []),
        ...(shown.procedure?.papers ?? []),
      ];
      if (texts.flatMap(leaks).length) missing.push(`${id} (French left)`);
    }
    for (const type of PARTNER_TYPES) {
      const name = t.details.contacts[type];
      if (!name) missing.push(`contact ${type}`);
      else if (leaks(name).length) missing.push(`contact ${type} (French left)`);
    }
    expectOnlyKnownMissing(locale, 'details', missing);
  });

  it('has every reason sentence of every right, with the same placeholders', async () => {
    const t = await load(locale);
    const missing: string[] = [];
    for (const id of ['common', ...RIGHT_IDS]) {
      const conditions =
        id === 'common'
          ? COMMON_CONDITIONS
          : (Object.values(RIGHTS).find((r) => r.id === id)?.conditions ?? {});
      for (const [code, fr] of Object.entries(conditions)) {
        const own = t.reasons.reasons[id]?.[code];
        for (const c of ['met', 'notMet', 'unknown'] as const) {
          if (!fr[c]) continue;
          const text = own?.[c];
          if (!text) missing.push(`${id}.${code}.${c}`);
          else if (placeholders(text).join() !== placeholders(fr[c]).join())
            missing.push(`${id}.${code}.${c} (placeholders)`);
        }
      }
    }
    expectOnlyKnownMissing(locale, 'reasons', missing);
    if (process.env.PASSERELLE_WRITE_KNOWN_MISSING && locale === TRANSLATED_LOCALES.at(-1))
      (await import('node:fs')).writeFileSync(
        new URL('./known-missing.json', import.meta.url),
        `${JSON.stringify(writes, null, 2)}\n`,
      );
  });
});

describe('translated results', () => {
  const results = corpusResults();

  it.each(TRANSLATED_LOCALES)('leave no French word in any reason (%s)', async (locale) => {
    const t = await load(locale);
    const bad = new Map<string, string>();
    for (const r of results)
      for (const reason of r.reasons) {
        const out = translateReason(r.id, reason, conditionsOf(r.id), t);
        const found = leaks(out.text);
        if (found.length || out.text.includes('{'))
          bad.set(`${r.id}.${reason.code}`, `${reason.text} -> ${out.text}`);
      }
    expectOnlyKnownMissing(locale, 'results', [...bad.keys()]);
    if (process.env.PASSERELLE_WRITE_KNOWN_MISSING && locale === TRANSLATED_LOCALES.at(-1))
      (await import('node:fs')).writeFileSync(
        new URL('./known-missing.json', import.meta.url),
        `${JSON.stringify(writes, null, 2)}\n`,
      );
  });

  it('build a bounded number of formatters for thousands of reasons', () => {
    expect(results.length).toBeGreaterThan(1000);
    // Money (whole and cents), numbers and plural rules, per locale.
    expect(translateFormatters()).toBeLessThanOrEqual(4 * TRANSLATED_LOCALES.length);
  });

  it('isolate amounts in Arabic so they keep their direction', async () => {
    const t = await load('ar');
    const untranslated: string[] =
      (KNOWN_MISSING as Record<string, Record<string, string[]>>).ar?.results ?? [];
    const withAmount = results.flatMap((r) =>
      r.reasons
        .filter((x) => /€/.test(x.text) && !untranslated.includes(`${r.id}.${x.code}`))
        .map((x) => [r.id, x] as const),
    );
    expect(withAmount.length).toBeGreaterThan(10);
    for (const [id, reason] of withAmount.slice(0, 50)) {
      const out = translateReason(id, reason, conditionsOf(id), t).text;
      expect(out).toMatch(/\u2068[^\u2069]*€[^\u2069]*\u2069|\u2068[^\u2069]*\d[^\u2069]*\u2069/);
    }
  });
});

describe('validation messages', () => {
  const BAD = [
    '',
    '   ',
    'abc',
    '-5',
    '12,345',
    '99999999',
    '31/02/2000',
    '01/01/2100',
    '01/01/2020',
    '01/01/1880',
    '1.5',
    'dont_know',
    'nope',
  ];
  const messages = new Set<string>();
  for (const q of expandQuestions({ 'children.count': 2 }, '2026-11'))
    for (const raw of BAD) {
      const r = parseAnswer(q, q.kind === 'multichoice' ? [raw] : raw, '2026-11');
      if (!r.ok) messages.add(r.error);
    }

  it('every French message of parseAnswer comes from a known template', () => {
    expect(messages.size).toBeGreaterThan(10);
    const unknown = [...messages].filter(
      (m) => !Object.values(FR_VALIDATION).some((tpl) => matchTemplate(tpl, m)),
    );
    expect(unknown).toEqual([]);
  });

  it.each(TRANSLATED_LOCALES)('are all translated without French words (%s)', async (locale) => {
    const t = await load(locale);
    for (const m of messages) {
      const out = translateValidation(m, t);
      expect(out, m).not.toBe(m);
      expect(leaks(out), `${m} -> ${out}`).toEqual([]);
    }
  });
});
