import { FRENCH_PROPER_NOUNS, frenchWords } from '@passerelle/testing/french';
import { describe, expect, it, vi } from 'vitest';
import { messages as questionnaireMessages } from '../questionnaire/messages.js';
import { parseMessages } from './parse-messages.js';
import {
  blockMessages,
  defineMessages,
  directionOf,
  formatDate,
  formatEuro,
  formatNumber,
  formattersCreated,
  LOCALES,
  loadLocale,
  localeReady,
  normalizeLocale,
  onLocaleLoaded,
} from './index.js';

// Intl separates thousands with a narrow no-break space and puts a no-break space before €.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatting', () => {
  it('formats euros the French way', () => {
    expect(plain(formatEuro(1234.5, 'fr'))).toBe('1 234,50 €');
    expect(plain(formatEuro(1234, 'fr'))).toBe('1 234 €');
    expect(plain(formatEuro(1234, 'fr', { cents: 'always' }))).toBe('1 234,00 €');
    expect(formatEuro(1234.5, 'en')).toBe('€1,234.50');
    expect(formatEuro(1234.5, 'ar')).toMatch(/1,?234[.,]50/);
    expect(formatEuro(Number.NaN, 'fr')).toBe('');
  });
  it('formats numbers and dates', () => {
    expect(plain(formatNumber(12345.6, 'fr'))).toBe('12 345,6');
    expect(formatDate('2026-03-01', 'fr')).toBe('1 mars 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatDate('not a date', 'fr')).toBe('');
    expect(formatDate('2026-02-31', 'fr')).toBe('');
  });
});

describe('locales', () => {
  it('normalises tags and defaults to French', () => {
    expect(normalizeLocale('fr-FR')).toBe('fr');
    expect(normalizeLocale('EN_gb')).toBe('en');
    expect(normalizeLocale('ar-MA')).toBe('ar');
    expect(normalizeLocale('pt-BR')).toBe('pt');
    expect(normalizeLocale('tr')).toBe('tr');
    expect(normalizeLocale('uk-UA')).toBe('uk');
    expect(normalizeLocale('de')).toBe('fr');
    expect(normalizeLocale(null)).toBe('fr');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
  });
});

describe('defineMessages', () => {
  const m = defineMessages({
    fr: {
      hello: 'Bonjour {name}',
      results: { one: '{count} résultat', other: '{count} résultats' },
      only: 'Seul',
    },
    en: { hello: 'Hello {name}', results: { one: '{count} result', other: '{count} results' } },
    ar: {},
  });
  it('translates, interpolates and pluralises with Intl.PluralRules', () => {
    expect(m.msg('en', 'hello', { name: 'Ana' })).toBe('Hello Ana');
    expect(m.msg('fr', 'results', { count: 1 })).toBe('1 résultat');
    // French "one" covers 0 and 1.
    expect(m.msg('fr', 'results', { count: 0 })).toBe('0 résultat');
    expect(m.msg('en', 'results', { count: 0 })).toBe('0 results');
    expect(plain(m.msg('fr', 'results', { count: 1500 }))).toBe('1 500 résultats');
  });
  it('writes a small count as Intl would, in every locale, without building a formatter', () => {
    const table = { count: '{n}' };
    const n = defineMessages({ fr: table, en: table, ar: table, pt: table, tr: table, uk: table });
    const before = formattersCreated();
    expect(n.msg('tr', 'count', { n: 12 })).toBe('12');
    expect(formattersCreated()).toBe(before);
    for (const locale of LOCALES)
      for (const v of [0, 7, 42, 999, 1000, 1234, 2.5, -3])
        expect(n.msg(locale, 'count', { n: v }), `${locale} ${v}`).toBe(formatNumber(v, locale));
  });
  it('falls back to French, never to the key', async () => {
    expect(m.msg('en', 'only')).toBe('Seul');
    expect(m.msg('ar', 'hello', { name: 'Ana' })).toBe('Bonjour Ana');
    expect(m.msg('xx', 'hello', { name: 'Ana' })).toBe('Bonjour Ana');
    expect(await m.missing('en')).toEqual(['only']);
    expect(m.msg('en', 'nope' as 'only')).toBe('');
    const t = m.bind('en-GB');
    expect(t('results', { count: 2 })).toBe('2 results');
  });
  it('block strings exist in the three languages with Arabic plural forms', async () => {
    await loadLocale('en');
    await loadLocale('ar');
    expect(blockMessages.msg('fr', 'errorSummaryTitle', { count: 2 })).toBe('Il y a 2 erreurs');
    expect(blockMessages.msg('fr', 'errorSummaryTitle', { count: 1 })).toBe('Il y a 1 erreur');
    expect(blockMessages.msg('en', 'errorSummaryTitle', { count: 2 })).toBe('There are 2 errors');
    expect(blockMessages.msg('ar', 'errorSummaryTitle', { count: 2 })).toBe('يوجد خطآن');
    expect(blockMessages.msg('ar', 'errorSummaryTitle', { count: 5 })).toBe('توجد 5 أخطاء');
    expect(blockMessages.msg('fr', 'stepOf', { current: 3, total: 7 })).toBe('Étape 3 sur 7');
    expect(blockMessages.msg('ar', 'dontKnow')).toBe('لا أعرف');
    expect(await blockMessages.missing('en')).toEqual([]);
    expect(await blockMessages.missing('ar')).toEqual([]);
    expect(blockMessages.msg('ar', 'suggestions', { count: 3 })).toMatch(/^3 اقتراحات/);
  });
});

describe('tables loaded on demand', () => {
  const lazy = () => {
    let resolve!: (m: { default: { hello?: string } }) => void;
    const en = vi.fn(() => new Promise<{ default: { hello?: string } }>((r) => (resolve = r)));
    const m = defineMessages({ fr: { hello: 'Bonjour {name}', bye: 'Au revoir' }, en });
    return { m, en, arrive: (table: { hello?: string }) => resolve({ default: table }) };
  };

  it('fetches nothing for French, and a locale once, however often it is asked', async () => {
    const { m, en, arrive } = lazy();
    expect(m.msg('fr', 'bye')).toBe('Au revoir');
    expect(m.ready('fr-FR')).toBe(true);
    expect(en).not.toHaveBeenCalled();
    expect(m.ready('en')).toBe(false);
    const first = m.load('en-GB');
    const second = m.load('en');
    expect(en).toHaveBeenCalledTimes(1);
    arrive({ hello: 'Hello {name}' });
    await Promise.all([first, second]);
    expect(m.ready('en')).toBe(true);
    expect(m.msg('en', 'hello', { name: 'Ana' })).toBe('Hello Ana');
    await m.load('en');
    expect(en).toHaveBeenCalledTimes(1);
    // A locale without a table is ready at once: it is French.
    expect(m.ready('ar')).toBe(true);
  });

  it('shows French, never a key, while the table travels, then tells who listens', async () => {
    const { m, en, arrive } = lazy();
    const heard: string[] = [];
    const stop = onLocaleLoaded((locale) => heard.push(locale));
    try {
      expect(m.msg('en', 'hello', { name: 'Ana' })).toBe('Bonjour Ana');
      expect(en).toHaveBeenCalledTimes(1);
      expect(localeReady('en')).toBe(false);
      arrive({ hello: 'Hello {name}' });
      await loadLocale('en');
      expect(heard).toContain('en');
      expect(localeReady('en')).toBe(true);
      expect(m.msg('en', 'hello', { name: 'Ana' })).toBe('Hello Ana');
      expect(m.msg('en', 'bye')).toBe('Au revoir');
      expect(await m.missing('en')).toEqual(['bye']);
    } finally {
      stop();
    }
  });

  it('keeps French when a table cannot be fetched, warns once, and retries only when asked', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const en = vi.fn(() => Promise.reject(new Error('réseau coupé')));
      const m = defineMessages({ fr: { hello: 'Bonjour' }, en });
      await m.load('en');
      expect(m.msg('en', 'hello')).toBe('Bonjour');
      expect(m.msg('en', 'hello')).toBe('Bonjour');
      expect(en).toHaveBeenCalledTimes(1);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain('en');
      await m.load('en');
      expect(en).toHaveBeenCalledTimes(2);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('every table in every locale', () => {
  const OTHER = ['en', 'ar', 'pt', 'tr', 'uk'] as const;
  const sets = { blocks: blockMessages, parse: parseMessages, questionnaire: questionnaireMessages };

  it.each(OTHER)('has no key left to French in %s', async (locale) => {
    for (const [name, set] of Object.entries(sets))
      expect(await set.missing(locale), `${name} in ${locale}`).toEqual([]);
  });

  it.each(OTHER)('has no French word in %s', async (locale) => {
    for (const set of Object.values(sets)) {
      await set.load(locale);
      const table = set.tables[locale] ?? {};
      for (const [key, value] of Object.entries(table)) {
        const texts = typeof value === 'string' ? [value] : Object.values(value ?? {});
        for (const text of texts)
          expect(frenchWords(String(text), [...FRENCH_PROPER_NOUNS]), `${key} in ${locale}`).toEqual([]);
      }
    }
  });

  it('keeps the same placeholders as French', async () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const set of Object.values(sets))
      for (const locale of OTHER) {
        await set.load(locale);
        for (const [key, fr] of Object.entries(set.tables.fr)) {
          const own = (set.tables[locale] as Record<string, unknown>)[key];
          const frText = typeof fr === 'string' ? fr : fr.other;
          const ownText = typeof own === 'string' ? own : (own as { other: string }).other;
          expect(names(ownText), `${key} in ${locale}`).toEqual(names(frText));
        }
      }
  });

  it('formats money in each locale with one formatter per locale and kind', async () => {
    const { formattersCreated } = await import('./format.js');
    const before = formattersCreated();
    for (let i = 0; i < 1000; i++) for (const l of ['fr', ...OTHER]) formatEuro(i + 0.5, l);
    expect(formattersCreated() - before).toBeLessThanOrEqual(6);
    expect(formatEuro(1234.5, 'pt')).toMatch(/1[\s\u00a0\u202f.]?234,50/);
    expect(formatEuro(1234.5, 'uk')).toMatch(/1[\s\u00a0\u202f]234,50/);
  });
});
