// Portuguese, Turkish and Ukrainian finder, in a real browser: every key translated with the language's own
// plural forms, and no screen (form, results, detail, errors, position) showing French outside proper nouns.
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { FRENCH_PROPER_NOUNS } from '@passerelle/testing/french';
import { PARTNER_TYPES } from '@passerelle/partners/browser';
import { describe, expect, it, vi } from 'vitest';
import { intlLocale } from '../i18n/locale.js';
import type { MessageValue } from '../i18n/messages.js';
import { expectNoFrench, expectTableTranslated, frenchPieces } from '../i18n/test-helpers.js';
import { EXAMPLE_COMMUNES, EXAMPLE_DATASET } from './example-data.js';
import { finderMessages, HOURS_KEYS } from './messages.js';
import { mount, root, status, until } from './test-helpers.js';

const LOCALES = ['pt', 'tr', 'uk'] as const;
type More = (typeof LOCALES)[number];
// Names that stay French: bodies and schemes, and the communes of the example data.
const ALLOW = [...FRENCH_PROPER_NOUNS, ...EXAMPLE_COMMUNES.map((c) => c.nom)];

/**
 * Pieces of French interface sentences long enough to be a sentence, not a name: none of them may show on a
 * screen in another language.
 */
const PIECES = frenchPieces(finderMessages.tables.fr, 12, FRENCH_PROPER_NOUNS);
const IDENTIFIERS = new RegExp(`\\b(${PARTNER_TYPES.filter((t) => t.includes('-')).join('|')})\\b`);

/** Visible text outside <bdi> (names, addresses and data from the places stay as written, in French). */
function interfaceText(el: HTMLElement): string {
  const clone = root(el).querySelector('.pf')?.cloneNode(true) as HTMLElement;
  for (const b of clone.querySelectorAll('bdi, [hidden], style')) b.remove();
  return (clone.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');
}

function expectNoFrenchOn(el: HTMLElement, where: string): void {
  const text = interfaceText(el);
  expectNoFrench(text, where, ALLOW, PIECES);
  // Never an identifier such as "france-services" instead of its label.
  expect(text, where).not.toMatch(IDENTIFIERS);
}

function expectLangDir(el: HTMLElement, locale: More): void {
  const section = root(el).querySelector('.pf') as HTMLElement;
  expect(section.getAttribute('lang')).toBe(locale);
  expect(section.getAttribute('dir')).toBe('ltr');
}

const button = (el: HTMLElement, text: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    (b.textContent ?? '').includes(text),
  );

describe.each(LOCALES)('finder tables in %s', (locale) => {
  it('translate every key, opening hours included', async () => {
    expect(await finderMessages.missing(locale)).toEqual([]);
    const table = finderMessages.tables[locale] ?? {};
    expect(HOURS_KEYS.filter((k) => !table[k])).toEqual([]);
  });

  it('keep the placeholders of French and contain no French word', () => {
    expectTableTranslated(finderMessages.tables.fr, finderMessages.tables[locale] ?? {}, FRENCH_PROPER_NOUNS);
  });

  it('give each plural message exactly the forms of the language (CLDR)', () => {
    const rules = new Intl.PluralRules(intlLocale(locale));
    const allowed = rules.resolvedOptions().pluralCategories;
    // Every form a count of places can take, a million included (Portuguese "many": "1 000 000 de locais").
    const reached = new Set(
      [...Array.from({ length: 200 }, (_, i) => i), 1_000_000].map((n) => rules.select(n)),
    );
    const table = finderMessages.tables[locale] as Record<string, MessageValue>;
    for (const key of ['badPlaces', 'found', 'foundRemote'] as const) {
      const forms = Object.keys(table[key] as object);
      expect(
        forms.filter((f) => !allowed.includes(f as Intl.LDMLPluralRule)),
        `${key}: forms the language has not`,
      ).toEqual([]);
      expect(
        [...reached].filter((f) => !forms.includes(f)),
        `${key}: forms missing`,
      ).toEqual([]);
    }
  });
});

describe('plural forms as a person reads them', () => {
  const found = (locale: More, count: number) =>
    finderMessages
      .msg(locale, 'found', { count, radius: '20 km', place: 'Créteil' })
      .replace(/[\u00a0\u202f]/g, ' ');
  it('Ukrainian: one, few and many', async () => {
    await finderMessages.load('uk');
    expect(found('uk', 1)).toBe('Знайдено 1 місце в межах 20 km від Créteil.');
    expect(found('uk', 3)).toBe('Знайдено 3 місця в межах 20 km від Créteil.');
    expect(found('uk', 5)).toBe('Знайдено 5 місць в межах 20 km від Créteil.');
    expect(found('uk', 11)).toBe('Знайдено 11 місць в межах 20 km від Créteil.');
    expect(found('uk', 21)).toBe('Знайдено 21 місце в межах 20 km від Créteil.');
  });
  it('Portuguese: one, other, and "de" before a million', async () => {
    await finderMessages.load('pt');
    expect(found('pt', 1)).toBe('Foi encontrado 1 local a menos de 20 km de Créteil.');
    expect(found('pt', 0)).toBe('Foram encontrados 0 locais a menos de 20 km de Créteil.');
    expect(found('pt', 1_000_000)).toBe('Foram encontrados 1 000 000 de locais a menos de 20 km de Créteil.');
  });
  it('Turkish: the noun stays singular after a number', async () => {
    await finderMessages.load('tr');
    expect(found('tr', 1)).toBe('1 yer bulundu. Arama yeri: Créteil, en fazla 20 km uzaklık.');
    expect(found('tr', 7)).toBe('7 yer bulundu. Arama yeri: Créteil, en fazla 20 km uzaklık.');
  });
});

describe.each([
  [
    'pt',
    'Foram encontrados 5 locais a menos de 20 km de Vitry-sur-Seine, incluindo 1 à distância.',
    /segunda-feira: das 08:30 às 12:00, das 13:30 às 17:30/,
  ],
  [
    'tr',
    '5 yer bulundu, 1 tanesi uzaktan yardım ediyor. Arama yeri: Vitry-sur-Seine, en fazla 20 km uzaklık.',
    /Pazartesi: 08:30–12:00, 13:30–17:30/,
  ],
  [
    'uk',
    'Знайдено 5 місць в межах 20 км від Vitry-sur-Seine, з них дистанційно: 1.',
    /понеділок: з 08:30 до 12:00, з 13:30 до 17:30/,
  ],
] as const)('finder in %s', (locale, expectedStatus, mondayHours) => {
  it('form, results and detail: no French, lang and dir set, axe clean', async () => {
    const el = mount({ commune: '94081' }, { data: EXAMPLE_DATASET }, locale);
    await until(el, () => status(el).length > 0 && !/…$/.test(status(el)), 'status');
    expect(status(el)).toBe(expectedStatus);
    expectLangDir(el, locale);
    expectNoFrenchOn(el, 'results');
    // Group headings use the plural label of the type, with the count formatted in the locale.
    expect(root(el).querySelector('#pf-g-ccas')?.textContent?.trim()).toBe(
      `${finderMessages.msg(locale, 'types.ccas')} (1)`,
    );
    await expectNoAxeViolations(el);

    root(el).querySelector<HTMLButtonElement>('.pf__linkbutton')?.click();
    await until(el, () => !!root(el).querySelector('.pf__detail'), 'detail');
    expectNoFrenchOn(el, 'detail');
    expect(interfaceText(el)).toMatch(mondayHours);
    expect(button(el, finderMessages.msg(locale, 'backToList'))).toBeDefined();
    await expectNoAxeViolations(el);
  });

  it('a search without a commune: the error is in the language', async () => {
    const el = mount({}, { data: EXAMPLE_DATASET }, locale);
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await until(el, () => !!root(el).querySelector('#pf-commune-error'), 'error');
    expect(root(el).querySelector('#pf-commune-error')?.textContent).toContain(
      finderMessages.msg(locale, 'communeMissing'),
    );
    expectLangDir(el, locale);
    expectNoFrenchOn(el, 'commune error');
    await expectNoAxeViolations(el);
  });

  it('no place within reach: the status says what to try', async () => {
    const el = mount({ commune: '94081' }, { data: { places: [], communes: EXAMPLE_COMMUNES } }, locale);
    await until(el, () => status(el).length > 0 && !/…$/.test(status(el)), 'status');
    expect(status(el).replace(/\s+/g, ' ')).toBe(
      finderMessages
        .msg(locale, 'noResult', { radius: el.distance(20), place: 'Vitry-sur-Seine' })
        .replace(/[\u00a0\u202f]/g, ' '),
    );
    expectNoFrenchOn(el, 'no result');
  });

  it('a site without a list of places says so in the language', async () => {
    const el = mount({}, {}, locale);
    await until(el, () => !!root(el).querySelector('[role=alert]'), 'alert');
    expect(root(el).querySelector('[role=alert]')?.textContent).toContain(
      finderMessages.msg(locale, 'noSource'),
    );
    expectNoFrenchOn(el, 'no source');
    await expectNoAxeViolations(el);
  });

  it('searching around the position names it in the language', async () => {
    vi.spyOn(navigator.geolocation, 'getCurrentPosition').mockImplementation((ok) =>
      ok({ coords: { latitude: 48.8128, longitude: 2.3878 } } as GeolocationPosition),
    );
    const el = mount({}, { data: EXAMPLE_DATASET }, locale);
    await el.updateComplete;
    button(el, finderMessages.msg(locale, 'useLocation'))?.click();
    const near = finderMessages.msg(locale, 'yourPositionNear', { commune: 'Ivry-sur-Seine' });
    await until(el, () => status(el).includes(near), 'status');
    expectNoFrenchOn(el, 'position');
  });
});

describe('distances', () => {
  it.each(['fr', 'en', 'ar', 'pt', 'tr', 'uk'])(
    'in %s: whole kilometres from the table read exactly as Intl writes them',
    async (lang) => {
      const el = mount({}, {}, lang);
      await el.updateComplete;
      await until(el, () => el.locale === lang && finderMessages.ready(lang), `the ${lang} table`);
      const intl = (km: number) =>
        new Intl.NumberFormat(intlLocale(lang), {
          style: 'unit',
          unit: 'kilometer',
          maximumFractionDigits: 1,
        }).format(km);
      for (const km of [1, 5, 10, 20, 30, 50, 120, 999, 1000, 2.4])
        expect(el.distance(km), `${km}`).toBe(intl(km));
    },
  );
});
