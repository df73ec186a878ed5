// <passerelle-questionnaire> on a host page: its files, commune search, reflow, screen-reader semantics, bad input.
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import type { FlowHousehold } from '@passerelle/rules/flow';
import { BELLEVILLE_LOCAL_AIDS } from '@passerelle/rules/local-aids';
import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { deepActiveElement } from '../base/index.js';
import { prefetch } from '../data/prefetch.js';
import { loadLocale } from '../i18n/index.js';
import type { PasserelleQuestionnaire } from './questionnaire.js';
import { STORAGE_KEY } from './storage.js';
import {
  answerCurrent,
  buttonByText,
  currentQuestion,
  household,
  mount,
  mounted,
  network,
  runJourney,
  settle,
  shadow,
  shownRights,
  statusRegionOf,
  text,
} from './test-fixture.js';

/** Answers fetch from these files (404 for any other path) and records each request in `network`. */
function serve(files: Record<string, unknown>): void {
  vi.mocked(globalThis.fetch).mockImplementation(async (input) => {
    const path = new URL(String(input), location.href).pathname;
    network.push(`fetch ${path}`);
    return path in files ? new Response(JSON.stringify(files[path])) : new Response('', { status: 404 });
  });
}

/** A communes manifest in `dir` with one shard (Créteil and its EPCI) for the 94. */
const creteilFiles = (dir: string): Record<string, unknown> => ({
  [`${dir}/manifest.json`]: {
    format: 'passerelle-communes',
    version: 1,
    credit: 'test',
    count: 1,
    byLetter: { c: 'c.json' },
    byDepartement: { '94': 'c.json' },
    postcodePrefixes: { '94': ['94'] },
  },
  [`${dir}/c.json`]: {
    format: 'passerelle-communes-shard',
    rows: [['94028', 'Créteil', '94000', 48.78, 2.46, '200054781', 90000, '']],
  },
});

describe('configuration', () => {
  const dataUrl = (content: string) => `data:application/json,${encodeURIComponent(content)}`;
  /** The young person's journey with the Belleville local aids of the rules package. */
  const youngWithLocalAids = async () => {
    const el = await mount({
      commune: '94028',
      'local-aids-src': dataUrl(JSON.stringify(BELLEVILLE_LOCAL_AIDS)),
    });
    await el.localAidsReady;
    await runJourney(el, household('young-neet'));
    return el;
  };

  it('adds the local aids of the commune to the results', async () => {
    const el = await youngWithLocalAids();
    const local = shownRights(el).find((r) => r.id === 'local:belleville-sur-marne:coup-de-pouce-jeunes');
    expect(local?.status).toBe('eligible');
    expect(local?.text).toContain('Aide de votre commune');
    expect(local?.text).toContain('Jusqu’à 300 € une fois');
    // The only request is the host's file, made before any answer.
    expect(network).toHaveLength(1);
    expect(network[0]).toMatch(/^fetch data:application\/json/);
  });

  it('marks the French texts of a local aid as French when the widget speaks another language', async () => {
    const el = await youngWithLocalAids();
    await loadLocale('en');
    el.setAttribute('lang', 'en');
    await settle(el);
    const li = shadow(el).querySelector('li[data-right="local:belleville-sur-marne:coup-de-pouce-jeunes"]')!;
    const french = [...li.querySelectorAll('[lang="fr"]')].map((n) => n.textContent?.trim());
    // Its name and description as the host wrote them; the widget's own words stay in English.
    expect(french).toEqual(expect.arrayContaining(['Coup de pouce jeunes']));
    expect(french.length).toBeGreaterThanOrEqual(2);
    expect(li.querySelector('.pq-status')?.closest('[lang="fr"]')).toBeNull();
    expect(li.querySelector('.pq-status')?.textContent).toContain('You are probably entitled');
    // A national right keeps the widget's language.
    expect(shadow(el).querySelector('li[data-right="cej"] [lang="fr"]')).toBeNull();
  });

  it("settles an aid given to an EPCI from the host commune's département file (possible without it)", async () => {
    serve({ '/aides.json': BELLEVILLE_LOCAL_AIDS, ...creteilFiles('/communes') });
    const transport = 'local:belleville-sur-marne:transport-solidaire';
    const without = await mount({ commune: '94028', 'local-aids-src': '/aides.json' });
    await without.localAidsReady;
    await runJourney(without, household('single-no-income'));
    expect(shownRights(without).find((r) => r.id === transport)?.status).toBe('possible');

    network.length = 0;
    const el = await mount({
      commune: '94028',
      'local-aids-src': '/aides.json',
      'communes-src': '/communes/manifest.json',
    });
    // With the local aids, before any answer: the file of the host commune's département only.
    await el.localAidsReady;
    expect(network).toContain('fetch /communes/c.json');
    await runJourney(el, household('single-no-income'));
    expect(shownRights(el).find((r) => r.id === transport)?.status).toBe('eligible');
    expect(network.sort()).toEqual([
      'fetch /aides.json',
      'fetch /communes/c.json',
      'fetch /communes/manifest.json',
    ]);
  });

  it('reuses the files the embed loader requested when it saw the tag, without asking again', async () => {
    serve({ '/early/aides.json': BELLEVILLE_LOCAL_AIDS, ...creteilFiles('/early') });
    prefetch('/early/aides.json');
    prefetch('/early/manifest.json');
    const el = await mount({
      commune: '94028',
      'local-aids-src': '/early/aides.json',
      'communes-src': '/early/manifest.json',
    });
    await el.localAidsReady;
    await runJourney(el, household('single-no-income'));
    const transport = 'local:belleville-sur-marne:transport-solidaire';
    expect(shownRights(el).find((r) => r.id === transport)?.status).toBe('eligible');
    // One request per file: the widget read the loader's answers for the two files it prefetched.
    expect(network.sort()).toEqual([
      'fetch /early/aides.json',
      'fetch /early/c.json',
      'fetch /early/manifest.json',
    ]);
  });

  it('says in French when the local aids cannot be loaded, and the national check-up works', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.mocked(globalThis.fetch).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const el = await mount({ commune: '94028', 'local-aids-src': 'https://example.invalid/aides.json' });
    await el.localAidsReady;
    await settle(el);
    expect(text(el)).toContain('Les aides de votre commune n’ont pas pu être chargées');
    expect(error).toHaveBeenCalled();
    await expectNoAxeViolations(el);
    await runJourney(el, household('single-no-income'));
    expect(shownRights(el).find((r) => r.id === 'rsa')?.status).toBe('eligible');
  });

  it('keeps the good local aids of a file with errors and logs every error with its path', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = structuredClone(BELLEVILLE_LOCAL_AIDS) as unknown as { aids: Array<Record<string, unknown>> };
    bad.aids[3] = { ...bad.aids[3], theme: 'loisirs' };
    const el = await mount({ commune: '94028', 'local-aids-src': dataUrl(JSON.stringify(bad)) });
    await el.localAidsReady;
    await settle(el);
    expect(text(el)).toContain('Certaines aides de votre commune n’ont pas pu être lues');
    expect(String(error.mock.calls[0]?.[0])).toContain('aids[3].theme');
    await runJourney(el, household('single-no-income'));
    expect(shownRights(el).some((r) => r.id === 'local:belleville-sur-marne:coup-de-pouce-jeunes')).toBe(
      false,
    );
    expect(shownRights(el).find((r) => r.id === 'rsa')?.status).toBe('eligible');
  });
});

describe('commune search', () => {
  it('finds the commune by name from the host file, loading every shard whatever is typed', async () => {
    const files: Record<string, unknown> = {
      '/communes/manifest.json': {
        format: 'passerelle-communes',
        version: 1,
        credit: 'test',
        count: 2,
        byLetter: { c: 'c.json', s: 's.json' },
        byDepartement: { '94': 'd94.json' },
        postcodePrefixes: { '94': ['94'] },
      },
      '/communes/c.json': {
        format: 'passerelle-communes-shard',
        rows: [['94028', 'Créteil', '94000', 48.78, 2.46, '200054781', 90000, '']],
      },
      '/communes/s.json': {
        format: 'passerelle-communes-shard',
        rows: [['94068', 'Saint-Maur-des-Fossés', '94100 94210', 48.8, 2.49, '200054781', 75000, '']],
      },
    };
    vi.mocked(globalThis.fetch).mockImplementation(async (input) => {
      const path = new URL(String(input), location.href).pathname;
      network.push(`fetch ${path}`);
      const body = files[path];
      return body ? new Response(JSON.stringify(body)) : new Response('', { status: 404 });
    });
    const el = await mount({ 'communes-src': '/communes/manifest.json' });
    buttonByText(el, 'Commencer').click();
    await settle(el);
    await answerCurrent(el, household('single-no-income'));
    expect(currentQuestion(el)?.key).toBe('commune');
    const input = shadow(el).querySelector<HTMLInputElement>('input[role=combobox]')!;
    input.focus();
    input.value = 'Cré';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await vi.waitFor(
      () => expect(shadow(el).querySelector('[role=option]')?.textContent).toContain('Créteil'),
      { timeout: 20_000 },
    );
    shadow(el).querySelector<HTMLElement>('[role=option]')!.click();
    await settle(el);
    buttonByText(el, 'Continuer').click();
    await settle(el);
    expect(currentQuestion(el)?.key).toBe('household.couple');
    // Every shard was loaded: the requests do not tell which letter was typed.
    expect(network.sort()).toEqual([
      'fetch /communes/c.json',
      'fetch /communes/manifest.json',
      'fetch /communes/s.json',
    ]);
    await expectNoAxeViolations(el);
  });
});

describe('reflow', () => {
  async function noOverflow(el: PasserelleQuestionnaire) {
    await settle(el);
    const root = shadow(el).querySelector('.pq') as HTMLElement;
    const limit = root.getBoundingClientRect().right + 1;
    const wide = [...root.querySelectorAll<HTMLElement>('*')]
      .filter((n) => n.getBoundingClientRect().right > limit)
      .map((n) => `${n.tagName}.${n.className} ${Math.round(n.getBoundingClientRect().right)}`);
    expect(wide, `${currentQuestion(el)?.key}: wider than ${limit}`).toEqual([]);
    expect(root.scrollWidth, 'horizontal overflow').toBeLessThanOrEqual(root.clientWidth + 1);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth + 1);
  }

  it('works at 320 px wide and with text at 200 %', async () => {
    await page.viewport(320, 640);
    for (const fontSize of ['100%', '200%']) {
      document.body.style.margin = '0';
      const el = await mount({ commune: '94028' });
      el.style.fontSize = fontSize;
      await noOverflow(el);
      buttonByText(el, 'Commencer').click();
      const h = household('family-four-one-salary');
      await settle(el);
      while (currentQuestion(el)) {
        await noOverflow(el);
        await answerCurrent(el, h);
      }
      await noOverflow(el);
      el.remove();
    }
  });
});

describe('what a screen reader hears (issue 16)', () => {
  const describedBy = (el: Element, node: Element) =>
    (node.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => shadow(el).getElementById(id)?.textContent?.trim())
      .join(' | ');

  it('puts focus on each question heading, described by the step and the theme, for every kind', async () => {
    const el = await mount({ commune: '94028' });
    const h = household('single-parent-part-time');
    buttonByText(el, 'Commencer').click();
    await settle(el);
    const kinds = new Set<string>();
    for (let i = 0; i < 40 && currentQuestion(el); i++) {
      const q = currentQuestion(el)!;
      kinds.add(q.kind);
      const form = shadow(el).querySelector('form[data-question]')!;
      const headings = form.querySelectorAll('h2, [role="heading"]');
      expect(headings, q.key).toHaveLength(1);
      const focused = deepActiveElement() as HTMLElement;
      expect(focused, q.key).toBe(headings[0]);
      expect(describedBy(el, focused)).toMatch(/^Question \d+ sur environ \d+ \| \S/);
      await answerCurrent(el, h);
    }
    expect([...kinds]).toEqual(expect.arrayContaining(['date', 'number', 'money', 'yesno', 'choice']));
    // The question screen is not a second region named like the host's.
    expect(shadow(el).querySelector('section[aria-label]')).toBeNull();
  });

  it('leaves the accompagnement error summary alone while fields are fixed', async () => {
    const el = await mount({ mode: 'accompagnement', commune: '94028' });
    buttonByText(el, 'Commencer').click();
    await settle(el);
    buttonByText(el, 'Voir les résultats et le suivi').click();
    await settle(el);
    const summary = shadow(el).querySelector('.pa-error-summary')!;
    const before = summary.textContent;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(summary, { subtree: true, childList: true, characterData: true });
    shadow(el).querySelector<HTMLInputElement>('input[name="q-household-couple"][value="non"]')!.click();
    await settle(el);
    observer.disconnect();
    expect(records).toEqual([]);
    expect(shadow(el).querySelector('.pa-error-summary')?.textContent).toBe(before);
    // The inline error of the fixed field is gone.
    expect(shadow(el).querySelector('#q-household-couple-error')?.textContent?.trim() ?? '').toBe('');
  });

  it('moves focus to the heading of the partner finder, with no extra announcement', async () => {
    customElements.get('pq-test-finder') ??
      customElements.define(
        'pq-test-finder',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML = '<h2>Trouver de l’aide près de chez vous</h2>';
          }
        },
      );
    const finder = document.createElement('pq-test-finder');
    document.body.append(finder);
    mounted.push(finder);
    const el = await mount({ commune: '94028', 'partner-finder': 'pq-test-finder' });
    await runJourney(el, household('single-parent-part-time'));
    const status = statusRegionOf(el).textContent;
    const li = shadow(el).querySelector('li[data-right="aide_logement"]')!;
    [...li.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Trouver un lieu d’aide'))!
      .click();
    await settle(el);
    expect(deepActiveElement()).toBe(finder.shadowRoot!.querySelector('h2'));
    expect(statusRegionOf(el).textContent).toBe(status);
  });
});

describe('bad input and bad configuration (issue 18)', () => {
  it('warns the webmaster once in French about a month out of range and uses the current month', async () => {
    for (const month of ['9999-12', '2019-01', '2026-5']) {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const el = await mount({ month });
      buttonByText(el, 'Commencer').click();
      await settle(el);
      const h: FlowHousehold = { id: 'x', title: 'x', answers: { 'applicant.birthDate': '1988-03-14' } };
      await answerCurrent(el, h);
      // The person never sees the month's problem: the birth date is taken as typed.
      expect(currentQuestion(el)?.key).toBe('commune');
      expect(text(el)).not.toMatch(/Cette date donne|n’a pas fonctionné/);
      const mine = warn.mock.calls.filter((c) => String(c[0]).includes(`month="${month}"`));
      expect(mine).toHaveLength(1);
      expect(String(mine[0]?.[0])).toContain('Le mois en cours');
      warn.mockRestore();
    }
  });

  it('without a communes file, refuses a postcode and says what to type, without a list', async () => {
    const el = await mount();
    buttonByText(el, 'Commencer').click();
    await settle(el);
    await answerCurrent(el, household('single-no-income'));
    expect(currentQuestion(el)?.key).toBe('commune');
    for (const typed of ['75011', '94000', '']) {
      const input = shadow(el).querySelector<HTMLInputElement>('#q-commune')!;
      input.value = typed;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(el);
      buttonByText(el, 'Continuer').click();
      await settle(el);
      expect(currentQuestion(el)?.key).toBe('commune');
      const error = shadow(el).querySelector('#q-commune-error')?.textContent ?? '';
      expect(error).toContain('Écrivez le code INSEE de la commune');
      if (typed) expect(error).toContain(`${typed} est un code postal`);
      expect(text(el)).not.toContain('dans la liste');
    }
  });

  it('does not claim to save when the device refuses, and the journey goes on', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const el = await mount({ commune: '94028' });
    const h = household('young-neet');
    buttonByText(el, 'Commencer').click();
    await settle(el);
    await answerCurrent(el, h);
    buttonByText(el, 'Garder mes réponses sur cet appareil').click();
    await settle(el);
    expect(statusRegionOf(el).textContent).toContain('Cet appareil ne permet pas de garder vos réponses');
    expect(text(el)).not.toContain('Vos réponses sont gardées');
    expect(buttonByText(el, 'Garder mes réponses')).toBeTruthy();
    const before = currentQuestion(el)?.key;
    await answerCurrent(el, h);
    expect(currentQuestion(el)?.key).not.toBe(before);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('discards corrupted saved answers with a message, never showing NaN', async () => {
    const h = household('family-four-one-salary');
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        savedAt: '2026-05-02T10:00:00.000Z',
        mode: 'public',
        themes: ['ressources'],
        answers: { ...h.answers, taxReferenceIncome: 'NaN', 'children.count': null },
        history: ['applicant.birthDate'],
        checklist: {},
      }),
    );
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ commune: '94028' });
    buttonByText(el, 'Reprendre').click();
    await settle(el);
    expect(text(el)).toContain('Les réponses gardées sur cet appareil étaient abîmées');
    expect(text(el)).not.toContain('NaN');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(text(el)).not.toContain('Reprendre');
    expect(currentQuestion(el)).toBeNull();
    await expectNoAxeViolations(el);
  });
});
