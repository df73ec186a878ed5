// Whole journeys in every language but French: no screen (start, each question, errors, results with their
// reasons and steps, bilan) may still show French words, proper nouns of bodies and schemes aside.
import '../define/passerelle-questionnaire.js';
import { FRENCH_PROPER_NOUNS, frenchWords } from '@passerelle/testing/french';
import { type FlowHousehold, referenceHouseholds } from '@passerelle/rules/flow';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale } from '../i18n/index.js';
import { messages } from './messages.js';
import type { PasserelleQuestionnaire } from './questionnaire.js';
import { currentQuestion, settle, shadow } from './test-helpers.js';

const LOCALES = ['en', 'ar', 'pt', 'tr', 'uk'] as const;
const MONTH = '2026-11';
// Names that stay French on purpose: bodies, schemes, places the person will meet as written.
const ALLOW = [...FRENCH_PROPER_NOUNS, 'Belleville-sur-Marne'];

afterEach(() => {
  for (const el of document.querySelectorAll('passerelle-questionnaire')) el.remove();
});

function visibleText(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
}

async function waitForButton(el: PasserelleQuestionnaire, text: string): Promise<HTMLButtonElement> {
  // The deadline only catches a hang: a loaded machine may take seconds.
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const b = [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((x) =>
      (x.textContent ?? '').trim().startsWith(text),
    );
    if (b) return b;
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
  }
  throw new Error(`no button "${text}" in: ${visibleText(el).slice(0, 300)}`);
}

/** The text a person reads in the fiche shown on the bilan screen (its frame's document). */
async function waitForFiche(el: PasserelleQuestionnaire): Promise<string> {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const frame = shadow(el).querySelector<HTMLIFrameElement>('iframe.pq-fiche');
    if (frame?.srcdoc) {
      const doc = new DOMParser().parseFromString(frame.srcdoc, 'text/html');
      for (const x of doc.querySelectorAll('style, script')) x.remove();
      return (doc.body.textContent ?? '').replace(/\s+/g, ' ');
    }
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
  }
  throw new Error('no fiche on the bilan screen');
}

function byText(el: Element, text: string): HTMLButtonElement {
  const b = [...shadow(el).querySelectorAll<HTMLButtonElement>('button')].find((x) =>
    (x.textContent ?? '').trim().startsWith(text),
  );
  if (!b) throw new Error(`no button "${text}"`);
  return b;
}

function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Answers the question on screen for `h`, in any language (options by value, buttons by their own text). */
async function answer(el: PasserelleQuestionnaire, h: FlowHousehold, locale: string): Promise<void> {
  const q = currentQuestion(el)!;
  const form = shadow(el).querySelector<HTMLFormElement>('form[data-question]')!;
  const value = h.answers[q.key];
  const id = `q-${q.key.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;
  if (value === undefined || value === 'dont_know') {
    const radio = form.querySelector<HTMLInputElement>(
      'input[type=radio][value="dont_know"], input[value="nsp"]',
    );
    if (radio) radio.click();
    else {
      byText(el, messages.msg(locale, 'dontKnow')).click();
      await settle(el);
      return;
    }
  } else if (q.kind === 'yesno')
    form.querySelector<HTMLInputElement>(`input[value="${value === 'yes' ? 'oui' : 'non'}"]`)!.click();
  else if (q.kind === 'choice')
    form.querySelector<HTMLInputElement>(`input[type=radio][value="${String(value)}"]`)!.click();
  else if (q.kind === 'multichoice')
    for (const v of value as string[]) form.querySelector<HTMLInputElement>(`input[value="${v}"]`)!.click();
  else if (q.kind === 'date') {
    const [y, m, d] = String(value).split('-');
    // One part at a time, with a render in between, as when a person types.
    typeInto(form.querySelector<HTMLInputElement>(`#${id}`)!, String(Number(d)));
    await settle(el);
    typeInto(form.querySelector<HTMLInputElement>(`#${id}-month`)!, String(Number(m)));
    await settle(el);
    typeInto(form.querySelector<HTMLInputElement>(`#${id}-year`)!, y as string);
  } else typeInto(form.querySelector<HTMLInputElement>(`#${id}`)!, String(value).replace('.', ','));
  await settle(el);
  byText(el, messages.msg(locale, 'continue')).click();
  await settle(el);
}

/**
 * Results screens that still show French: reasons added by the rules work of issue 15 whose translations are
 * listed in packages/rules/test/i18n/known-missing.json. This list may only shrink: a screen not listed that
 * shows French fails, and so does a listed screen that no longer does.
 */
const KNOWN_LEAKS = new Set<string>();

describe.each(LOCALES)('questionnaire in %s', (locale) => {
  it('shows no French word on any screen of two whole journeys, errors, bilan and fiche included', async () => {
    await loadLocale(locale);
    const leaks = new Map<string, string[]>();
    const check = (where: string, el: Element) => {
      const found = frenchWords(visibleText(el), ALLOW);
      if (found.length) leaks.set(where, [...new Set(found)]);
    };
    for (const h of referenceHouseholds(MONTH).slice(0, 3)) {
      const el = document.createElement('passerelle-questionnaire') as PasserelleQuestionnaire;
      el.setAttribute('lang', locale);
      el.setAttribute('month', MONTH);
      el.setAttribute('commune', '94028');
      // A booking address per partner type: its link names the partner, in the language too.
      el.setAttribute('booking', 'ccas=https://example.org/rdv; caf=https://example.org/caf');
      document.body.append(el);
      await settle(el);
      check(`${h.id}: start`, el);
      byText(el, messages.msg(locale, 'start')).click();
      await settle(el);
      // An empty submit first: its error must be in the language too.
      byText(el, messages.msg(locale, 'continue')).click();
      await settle(el);
      check(`${h.id}: error`, el);
      for (let i = 0; i < 60 && currentQuestion(el); i++) {
        check(`${h.id}: ${currentQuestion(el)!.key}`, el);
        await answer(el, h, locale);
      }
      // Results with every disclosure's content (reasons, steps, papers) in the DOM.
      const bilan = await waitForButton(el, messages.msg(locale, 'bilanOpen'));
      for (const b of shadow(el).querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]'))
        b.click();
      await settle(el);
      check(`${h.id}: results`, el);
      bilan.click();
      await settle(el);
      check(`${h.id}: bilan`, el);
      // The fiche itself (answers, partners, booking links) is a document of its own, in a frame.
      const fiche = await waitForFiche(el);
      const found = frenchWords(fiche, ALLOW);
      if (found.length) leaks.set(`${h.id}: fiche`, [...new Set(found)]);
      el.remove();
    }
    expect(Object.fromEntries([...leaks].filter(([where]) => !KNOWN_LEAKS.has(where)))).toEqual({});
    expect(
      [...KNOWN_LEAKS].filter((where) => !leaks.has(where)),
      'now translated: remove from KNOWN_LEAKS',
    ).toEqual([]);
  });
});
