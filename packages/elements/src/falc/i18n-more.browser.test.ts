// <passerelle-falc> on a Portuguese, Turkish or Ukrainian page, in a real browser: buttons, headings and
// messages in the page's language, the explanation itself in French and marked so (no FALC text exists in
// these languages; definitions are announced marked so too), no French outside it, lang/dir right, axe clean.
import type { Explanation } from '@passerelle/content';
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { FRENCH_PROPER_NOUNS } from '@passerelle/testing/french';
import { afterEach, describe, expect, it } from 'vitest';
import '../define/passerelle-falc.js';
import { expectNoFrench, expectTableTranslated, frenchPieces } from '../i18n/test-helpers.js';
import { PasserelleFalc } from './falc.js';
import { falcMessages } from './messages.js';
import type { SpeechEngine } from './read-aloud.js';

const LOCALES = ['pt', 'tr', 'uk'] as const;

/** An engine with one French voice that records what it is asked to say. */
const spoken: SpeechSynthesisUtterance[] = [];
const frenchVoice = {
  lang: 'fr-FR',
  name: 'Voix française',
  localService: true,
  default: false,
  voiceURI: 'fr',
} as SpeechSynthesisVoice;
const engine = {
  speak: (u: SpeechSynthesisUtterance) => void spoken.push(u),
  cancel: () => {},
  pause: () => {},
  resume: () => {},
  getVoices: () => [frenchVoice],
  addEventListener: () => {},
  removeEventListener: () => {},
} as unknown as SpeechEngine;

// A FALC that speaks through the engine above, and whose text can fail to arrive like a lost chunk.
class LanguagesFalc extends PasserelleFalc {
  static fail = false;
  constructor() {
    super({ engine: () => engine, utterance: (text) => ({ text }) as SpeechSynthesisUtterance });
  }
  protected override loadExplanation(id: string, date: string | undefined): Promise<Explanation | undefined> {
    if (LanguagesFalc.fail)
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    return super.loadExplanation(id, date);
  }
}
customElements.define('passerelle-falc-languages', LanguagesFalc);

const mounted: Element[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  spoken.length = 0;
  LanguagesFalc.fail = false;
});

async function mount(locale: string, attrs: Record<string, string> = {}): Promise<LanguagesFalc> {
  const wrap = document.createElement('div');
  wrap.lang = locale;
  const el = document.createElement('passerelle-falc-languages') as LanguagesFalc;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrap.append(el);
  document.body.append(wrap);
  mounted.push(wrap);
  // The deadline only catches a hang (a loaded machine may take seconds).
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelector('h2, [role=alert]')) return el;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the widget never showed a heading or an alert');
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot?.querySelector<T>(sel) ?? null;

// French interface sentences: none may show in another language.
const PIECES = frenchPieces(falcMessages.tables.fr, 8);

/** What the widget itself says: everything but the French explanation, which is marked lang="fr". */
function interfaceText(el: Element): string {
  const clone = $(el, '.falc')?.cloneNode(true) as HTMLElement;
  for (const x of clone.querySelectorAll('[lang="fr"], [hidden], style')) x.remove();
  return (clone.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');
}

function expectPageLanguage(el: Element, locale: string, where: string): void {
  const root = $(el, '.falc') as HTMLElement;
  expect(root.getAttribute('lang'), where).toBe(locale);
  expect(root.getAttribute('dir'), where).toBe('ltr');
  expectNoFrench(interfaceText(el), where, FRENCH_PROPER_NOUNS, PIECES);
}

describe.each(LOCALES)('FALC strings in %s', (locale) => {
  it('translate every key with the placeholders of French, and no French word', async () => {
    expect(await falcMessages.missing(locale)).toEqual([]);
    expectTableTranslated(falcMessages.tables.fr, falcMessages.tables[locale] ?? {}, FRENCH_PROPER_NOUNS);
  });
});

describe.each(LOCALES)('<passerelle-falc> on a page in %s', (locale) => {
  const t = (key: keyof typeof falcMessages.tables.fr, params?: Record<string, string>) =>
    falcMessages.msg(locale, key, params);

  it('one right: the interface in the language, the text in French marked lang="fr", read in French', async () => {
    const el = await mount(locale, { right: 'rsa' });
    expectPageLanguage(el, locale, 'explanation');
    // The explanation keeps its own language and direction.
    expect($(el, 'h2#falc-title span')?.getAttribute('lang')).toBe('fr');
    const sections = [...(el.shadowRoot?.querySelectorAll('.section:not(.lexicon)') ?? [])];
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) expect([s.getAttribute('lang'), s.getAttribute('dir')]).toEqual(['fr', 'ltr']);
    expect($(el, '.lexicon-title')?.textContent?.trim()).toBe(t('lexicon'));
    expect($(el, 'a[part="official-link"]')?.textContent?.trim()).toBe(t('officialLink'));
    await expectNoAxeViolations(el);

    const listen = $<HTMLButtonElement>(el, '[data-action="listen"]') as HTMLButtonElement;
    expect(listen.textContent).toContain(t('listen'));
    listen.click();
    await el.updateComplete;
    expect(spoken[0]?.voice?.name).toBe('Voix française');
    expect($(el, '[role="status"]')?.textContent?.trim()).toBe(t('readingStarted'));
    expect($(el, '[data-action="pause"]')?.textContent).toContain(t('pause'));
    expectPageLanguage(el, locale, 'reading');
    await expectNoAxeViolations(el);
  });

  it('a definition opened: shown and announced in French, marked lang="fr" in the region', async () => {
    const el = await mount(locale, { right: 'rsa' });
    const word = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.word') ?? [])].find(
      (b) => b.textContent === 'CAF',
    );
    word?.click();
    await el.updateComplete;
    const region = $(el, '[role="status"]') as HTMLElement;
    const said = region.querySelector('[lang]');
    expect(said?.getAttribute('lang')).toBe('fr');
    expect(said?.textContent).toContain("La CAF est la Caisse d'allocations familiales");
    expect(region.textContent?.trim()).toBe(said?.textContent?.trim());
    expectPageLanguage(el, locale, 'definition');
  });

  it('the list of rights: heading and intro in the language, names of rights in French', async () => {
    const el = await mount(locale);
    expect($(el, 'h2')?.textContent?.trim()).toBe(t('chooseHeading'));
    const names = [...(el.shadowRoot?.querySelectorAll('.choice span') ?? [])];
    expect(names.length).toBeGreaterThan(5);
    for (const n of names) expect(n.getAttribute('lang')).toBe('fr');
    expectPageLanguage(el, locale, 'list');
    await expectNoAxeViolations(el);
  });

  it('an unknown right: the warning in the language, then the list', async () => {
    const el = await mount(locale, { right: 'inconnue' });
    expect($(el, '[part="alert"]')?.textContent?.trim()).toBe(t('unknownRight', { right: 'inconnue' }));
    expectPageLanguage(el, locale, 'unknown right');
    await expectNoAxeViolations(el);
  });

  it('a text that cannot be fetched: the error and the retry button in the language', async () => {
    LanguagesFalc.fail = true;
    const el = await mount(locale, { right: 'rsa' });
    expect($(el, '[role="alert"] p')?.textContent?.trim()).toBe(t('loadError'));
    expect($(el, '[data-action="retry"]')?.textContent?.trim()).toBe(t('retry'));
    expectPageLanguage(el, locale, 'load error');
    await expectNoAxeViolations(el);
  });
});
