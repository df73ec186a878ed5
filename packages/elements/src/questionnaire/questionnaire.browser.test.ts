import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { DONT_KNOW, type FlowHousehold, referenceHouseholds } from '@passerelle/rules/flow';
import { BELLEVILLE_LOCAL_AIDS } from '@passerelle/rules/local-aids';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../define/passerelle-questionnaire.js';
import { deepActiveElement } from '../base/index.js';
import type { PasserelleQuestionnaire } from './questionnaire.js';
import { STORAGE_KEY } from './storage.js';
import {
  answerCurrent,
  buttonByText,
  currentQuestion,
  runJourney,
  settle,
  shadow,
  shownRights,
} from './test-helpers.js';

const MONTH = '2026-05';
const households = referenceHouseholds(MONTH);
const household = (id: string) => households.find((h) => h.id === id) as FlowHousehold;

const mounted: Element[] = [];
async function mount(attrs: Record<string, string> = {}, inner = ''): Promise<PasserelleQuestionnaire> {
  const el = document.createElement('passerelle-questionnaire') as PasserelleQuestionnaire;
  el.setAttribute('lang', 'fr');
  el.setAttribute('month', MONTH);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.innerHTML = inner;
  document.body.append(el);
  mounted.push(el);
  await settle(el);
  return el;
}

const text = (el: Element) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
const statusRegionOf = (el: Element) => shadow(el).querySelector('[role="status"]') as HTMLElement;

// Network spies: nothing may leave the page during a journey.
let network: string[] = [];
beforeEach(() => {
  network = [];
  localStorage.removeItem(STORAGE_KEY);
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    network.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
    return realFetch(input, init);
  });
  const open = XMLHttpRequest.prototype.open;
  vi.spyOn(XMLHttpRequest.prototype, 'open').mockImplementation(function (
    this: XMLHttpRequest,
    ...args: unknown[]
  ) {
    network.push(`xhr ${String(args[1])}`);
    return (open as (...a: unknown[]) => void).apply(this, args);
  });
  vi.spyOn(navigator, 'sendBeacon').mockImplementation((url) => {
    network.push(`beacon ${String(url)}`);
    return true;
  });
});
afterEach(async () => {
  for (const el of mounted.splice(0)) el.remove();
  for (const n of document.querySelectorAll('passerelle-partner-finder, passerelle-falc')) n.remove();
  localStorage.removeItem(STORAGE_KEY);
  vi.restoreAllMocks();
  await page.viewport(1280, 900);
});

describe('start screen', () => {
  it('says what it is, how long, that answers stay on the device, with the host introduction', async () => {
    const el = await mount({}, '<p>Le CCAS de Belleville vous accompagne.</p>');
    expect(text(el)).toContain('Bilan de vos droits');
    expect(text(el)).toContain('5 à 10 minutes');
    expect(text(el)).toContain('Vos réponses restent sur votre appareil');
    expect(shadow(el).querySelector('slot')).not.toBeNull();
    const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes).toHaveLength(6);
    expect(boxes.every((b) => b.checked)).toBe(true);
    expect(statusRegionOf(el)).not.toBeNull();
    await expectNoAxeViolations(el);
  });

  it('preselects the themes of the attribute', async () => {
    const el = await mount({ themes: 'sante logement' });
    const checked = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
      .filter((b) => b.checked)
      .map((b) => b.value);
    expect(checked.sort()).toEqual(['logement', 'sante']);
  });

  it('asks for at least one theme, with an error that says how to fix', async () => {
    const el = await mount();
    for (const b of shadow(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      b.click();
      await settle(el);
    }
    buttonByText(el, 'Commencer').click();
    await settle(el);
    const summary = shadow(el).querySelector('[role="alert"]');
    expect(summary?.textContent).toContain('Cochez au moins un sujet pour commencer');
    expect(deepActiveElement()).toBe(summary);
    expect(currentQuestion(el)).toBeNull();
    await expectNoAxeViolations(el);
  });

  it('speaks English and turns right-to-left with the page language', async () => {
    const en = await mount({ lang: 'en' });
    expect(text(en)).toContain('Your rights check-up');
    const ar = await mount({ lang: 'ar' });
    expect(shadow(ar).querySelector('.pq')?.getAttribute('dir')).toBe('rtl');
    await expectNoAxeViolations(ar);
  });
});

describe('public mode', () => {
  it('walks a household with progress, events without answers, and axe at every step', async () => {
    const el = await mount();
    const events: Array<{ type: string; detail: unknown }> = [];
    for (const type of ['passerelle-start', 'passerelle-step', 'passerelle-complete'])
      el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
    const h = household('single-parent-part-time');
    const asked = await runJourney(el, h, async () => {
      const progress = shadow(el).querySelector('.pa-progress__text')?.textContent ?? '';
      expect(progress).toMatch(/Question \d+ sur environ \d+/);
      expect(shadow(el).querySelector('progress')?.value).toBeGreaterThan(0);
      await expectNoAxeViolations(el);
    });
    expect(asked.length).toBeGreaterThan(8);
    expect(asked.length).toBeLessThan(20);
    expect(events[0]?.type).toBe('passerelle-start');
    expect(events.filter((e) => e.type === 'passerelle-step')).toHaveLength(asked.length);
    const complete = events.find((e) => e.type === 'passerelle-complete')?.detail as { rights: object[] };
    expect(complete.rights.length).toBeGreaterThan(10);
    for (const r of complete.rights) expect(Object.keys(r).sort()).toEqual(['id', 'status']);
    // No answer in any event: no amount, no date typed.
    const serialized = JSON.stringify(events);
    expect(serialized).not.toContain('900');
    expect(serialized).not.toContain(String(h.answers['applicant.birthDate']));
    expect(network).toEqual([]);
    await expectNoAxeViolations(el);
  });

  it('does not move on when an option is picked (no auto-advance)', async () => {
    const el = await mount({ commune: '94028' });
    buttonByText(el, 'Commencer').click();
    await settle(el);
    await answerCurrent(el, household('single-no-income'));
    expect(currentQuestion(el)?.key).toBe('household.couple');
    shadow(el).querySelector<HTMLInputElement>('input[value="non"]')!.click();
    await settle(el);
    expect(currentQuestion(el)?.key).toBe('household.couple');
  });

  it('skips the commune when the host gives it', async () => {
    const el = await mount({ commune: '94028' });
    const asked = await runJourney(el, household('single-no-income'));
    expect(asked).not.toContain('commune');
  });

  it('shows errors that say how to fix, next to the field and in a summary', async () => {
    const el = await mount();
    buttonByText(el, 'Commencer').click();
    await settle(el);
    buttonByText(el, 'Continuer').click();
    await settle(el);
    const summary = shadow(el).querySelector('.pa-error-summary');
    expect(summary?.getAttribute('role')).toBe('alert');
    expect(deepActiveElement()).toBe(summary);
    const day = shadow(el).querySelector<HTMLInputElement>('#q-applicant-birthDate')!;
    expect(day.getAttribute('aria-invalid')).toBe('true');
    expect(text(el)).toContain('Écrivez le jour, le mois et l’année, par exemple 14 3 1988');
    // An impossible date.
    for (const [id, v] of [
      ['#q-applicant-birthDate', '31'],
      ['#q-applicant-birthDate-month', '2'],
      ['#q-applicant-birthDate-year', '1990'],
    ] as const) {
      const input = shadow(el).querySelector<HTMLInputElement>(id)!;
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(el);
    }
    buttonByText(el, 'Continuer').click();
    await settle(el);
    expect(text(el)).toContain('Cette date n’existe pas');
    await expectNoAxeViolations(el);
  });

  it('rejects a bad amount and accepts "je ne sais pas" where offered', async () => {
    const el = await mount({ commune: '94028' });
    const h: FlowHousehold = {
      id: 'x',
      title: 'x',
      answers: { ...household('single-parent-part-time').answers },
    };
    buttonByText(el, 'Commencer').click();
    await settle(el);
    while (currentQuestion(el)?.key !== 'applicant.incomes.salary') await answerCurrent(el, h);
    const input = shadow(el).querySelector<HTMLInputElement>('#q-applicant-incomes-salary')!;
    input.value = 'neuf cents';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    buttonByText(el, 'Continuer').click();
    await settle(el);
    expect(text(el)).toContain('Écrivez un montant en euros avec des chiffres seulement');
    await expectNoAxeViolations(el);
    buttonByText(el, 'Je ne sais pas').click();
    await settle(el);
    expect(currentQuestion(el)?.key).not.toBe('applicant.incomes.salary');
  });

  it('goes back with Retour and keeps the answers', async () => {
    const el = await mount();
    const h = household('retired-couple');
    buttonByText(el, 'Commencer').click();
    await settle(el);
    await answerCurrent(el, h);
    await answerCurrent(el, h);
    await answerCurrent(el, h);
    expect(currentQuestion(el)?.key).toBe('children.count');
    buttonByText(el, 'Retour').click();
    await settle(el);
    expect(currentQuestion(el)?.key).toBe('household.couple');
    expect(shadow(el).querySelector<HTMLInputElement>('input[value="oui"]')?.checked).toBe(true);
    buttonByText(el, 'Retour').click();
    await settle(el);
    buttonByText(el, 'Retour').click();
    await settle(el);
    expect(currentQuestion(el)?.key).toBe('applicant.birthDate');
    expect(shadow(el).querySelector<HTMLInputElement>('#q-applicant-birthDate-year')?.value).toBe(
      String(h.answers['applicant.birthDate']).slice(0, 4),
    );
    // Forward again through the questions already seen, answers still there.
    buttonByText(el, 'Continuer').click();
    await settle(el);
    expect(currentQuestion(el)?.key).toBe('commune');
    buttonByText(el, 'Retour').click();
    await settle(el);
    buttonByText(el, 'Retour').click();
    await settle(el);
    expect(text(el)).toContain('Commencer');
  });

  it('lets a possible right say which answer settles it, and answer it', async () => {
    const el = await mount({ commune: '94028' });
    const family = household('family-four-one-salary');
    const h: FlowHousehold = {
      id: 'dk',
      title: 'loyer inconnu',
      answers: { ...family.answers, 'housing.rent': DONT_KNOW },
    };
    await runJourney(el, h);
    const al = shownRights(el).find((r) => r.id === 'aide_logement');
    expect(al?.status).toBe('possible');
    expect(al?.text).toContain('Pour savoir, il faudrait répondre à');
    expect(al?.text).toContain('Combien payez-vous de loyer par mois');
    const li = shadow(el).querySelector('li[data-right="aide_logement"]')!;
    [...li.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Répondre à cette question'))!
      .click();
    await settle(el);
    expect(currentQuestion(el)?.key).toBe('housing.rent');
    await answerCurrent(el, family);
    while (currentQuestion(el)) await answerCurrent(el, family);
    expect(shownRights(el).find((r) => r.id === 'aide_logement')?.status).toBe('eligible');
  });
});

describe('the six households', () => {
  // Expected from the law (service-public.fr fiche of each right, checked 2026-11-24).
  const cases: Array<[string, string[], string[]]> = [
    ['single-no-income', ['rsa', 'css'], ['aah', 'aspa']],
    [
      'single-parent-part-time',
      ['af', 'asf', 'ars', 'ppa', 'aide_logement', 'css', 'cheque_energie'],
      ['rsa', 'cf'],
    ],
    ['retired-couple', ['aspa', 'css'], ['rsa', 'ppa', 'cej']],
    ['young-neet', ['cej', 'mission_locale'], ['rsa', 'aspa']],
    ['disability-80', ['aah'], ['aspa', 'cej']],
    [
      'family-four-one-salary',
      ['af', 'ars', 'ppa', 'aide_logement', 'bourse_college'],
      ['rsa', 'asf', 'aspa'],
    ],
  ];
  for (const [id, open, closed] of cases) {
    it(`${household(id).title}`, async () => {
      const el = await mount({ commune: '94028' });
      const asked = await runJourney(el, household(id));
      expect(asked.length).toBeLessThanOrEqual(18);
      // Open "Voir les aides auxquelles vous n'avez pas droit" to check those too.
      shadow(el).querySelector<HTMLButtonElement>('#pq-not-eligible')?.click();
      await settle(el);
      const shown = shownRights(el);
      for (const r of open)
        expect(
          shown.find((s) => s.id === r)?.status,
          `${id}: ${r} ${JSON.stringify(shown.map((s) => s.id))}`,
        ).toMatch(/eligible|possible/);
      for (const r of closed)
        expect(shown.find((s) => s.id === r)?.status, `${id}: ${r}`).toBe('not_eligible');
      if (id === 'single-no-income') {
        const css = shown.find((s) => s.id === 'css');
        expect(css?.text).not.toContain('Vous paieriez');
        expect(css?.text).toContain('gratuite pour vous');
      }
      // Amounts are called estimates, and the summary gives the monthly total.
      if (id !== 'young-neet') expect(text(el)).toMatch(/par mois \(estimation\)/);
      expect(network).toEqual([]);
    });
  }
});

describe('keyboard only', () => {
  async function tabTo(label: string) {
    for (let i = 0; i < 30; i++) {
      const active = deepActiveElement();
      if (active instanceof HTMLButtonElement && active.textContent?.trim().startsWith(label)) return;
      await userEvent.tab();
    }
    throw new Error(`could not reach "${label}" with Tab`);
  }

  it('completes a whole journey with the keyboard', async () => {
    const el = await mount({ commune: '94028' });
    const h = household('single-no-income');
    await tabTo('Commencer');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    for (let n = 0; n < 30 && currentQuestion(el); n++) {
      const q = currentQuestion(el)!;
      const value = h.answers[q.key];
      const form = shadow(el).querySelector('form[data-question]')!;
      if (q.kind === 'date') {
        const [y, m, d] = String(value).split('-');
        await userEvent.keyboard(String(Number(d)));
        await userEvent.tab();
        await userEvent.keyboard(String(Number(m)));
        await userEvent.tab();
        await userEvent.keyboard(y as string);
      } else if (q.kind === 'money' || q.kind === 'number' || q.kind === 'commune') {
        await userEvent.keyboard(String(value));
      } else if (q.kind === 'choice' || q.kind === 'yesno') {
        const radios = [...form.querySelectorAll<HTMLInputElement>('input[type=radio]')];
        const wanted = q.kind === 'yesno' ? (value === 'yes' ? 'oui' : 'non') : String(value);
        const index = radios.findIndex((r) => r.value === wanted);
        expect(index, `${q.key} ${wanted}`).toBeGreaterThanOrEqual(0);
        if (index === 0) await userEvent.keyboard(' ');
        for (let i = 0; i < index; i++) await userEvent.keyboard('{ArrowDown}');
      }
      await settle(el);
      await tabTo('Continuer');
      await userEvent.keyboard('{Enter}');
      await settle(el);
      expect(currentQuestion(el)?.key, 'stuck').not.toBe(q.key);
    }
    expect(shownRights(el).find((r) => r.id === 'rsa')?.status).toBe('eligible');
    // Open "Pourquoi ?" of the first right with the keyboard.
    await tabTo('Pourquoi');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(shadow(el).querySelector('.pa-disclosure__button[aria-expanded="true"]')).not.toBeNull();
    await expectNoAxeViolations(el);
  });
});

describe('results', () => {
  async function done(attrs: Record<string, string> = {}, id = 'single-parent-part-time') {
    const el = await mount({ commune: '94028', ...attrs });
    await runJourney(el, household(id));
    return el;
  }

  it('groups by theme, explains why, what to do and who helps, and passes axe with everything open', async () => {
    const el = await done();
    const headings = [...shadow(el).querySelectorAll('section[part=results] h3')].map((h) =>
      h.textContent?.trim(),
    );
    expect(headings).toEqual(expect.arrayContaining(['Famille', 'Logement', 'Santé']));
    const af = shownRights(el).find((r) => r.id === 'af')!;
    expect(af.text).toContain('Vous y avez probablement droit');
    expect(af.text).toContain('Ce qu’il faut faire');
    expect(af.text).toContain('Papiers à préparer');
    expect(af.text).toContain('CAF');
    expect(statusRegionOf(el).textContent).toMatch(/Vous pourriez avoir droit à \d+ aides/);
    for (const b of shadow(el).querySelectorAll<HTMLButtonElement>('.pa-disclosure__button')) b.click();
    await settle(el);
    expect(
      shadow(el).querySelectorAll('.pa-disclosure__button[aria-expanded="true"]').length,
    ).toBeGreaterThan(5);
    await expectNoAxeViolations(el);
  });

  it('lists rights already received apart, never as unclaimed', async () => {
    const h = household('single-parent-part-time');
    const el = await mount({ commune: '94028' });
    await runJourney(el, { ...h, answers: { ...h.answers, receiving: ['af'] } });
    expect(shownRights(el).find((r) => r.id === 'af')).toBeUndefined();
    const received = shadow(el).querySelector('#pq-received')?.parentElement;
    expect(received?.textContent).toContain('Allocations familiales');
  });

  it('opens the partner finder of the page on the need, and sends an event', async () => {
    const finder = document.createElement('passerelle-partner-finder');
    document.body.append(finder);
    const el = await done();
    const events: unknown[] = [];
    el.addEventListener('passerelle-find-help', (e) => events.push((e as CustomEvent).detail));
    const li = shadow(el).querySelector('li[data-right="aide_logement"]')!;
    [...li.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Trouver un lieu d’aide'))!
      .click();
    await settle(el);
    expect(events).toEqual([
      { right: 'aide_logement', need: 'logement', contacts: expect.arrayContaining(['caf']) },
    ]);
    expect(finder.getAttribute('right')).toBe('aide_logement');
    expect(finder.getAttribute('need')).toBe('logement');
    expect(finder.getAttribute('commune')).toBe('94028');
    expect(document.activeElement).toBe(finder);
  });

  it('says where to ask when no partner finder is on the page', async () => {
    const el = await done();
    const li = shadow(el).querySelector('li[data-right="af"]')!;
    [...li.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Trouver un lieu d’aide'))!
      .click();
    await settle(el);
    expect(li.textContent).toContain('Demandez à l’accueil de votre mairie ou de votre CCAS');
  });

  it('links to the FALC explanation', async () => {
    const el = await done({ 'falc-href': 'comprendre-vos-droits.html?droit={right}' });
    const link = shadow(el).querySelector<HTMLAnchorElement>('li[data-right="af"] a[href*="comprendre"]');
    expect(link?.getAttribute('href')).toBe('comprendre-vos-droits.html?droit=af');
    const falc = document.createElement('passerelle-falc');
    document.body.append(falc);
    el.requestUpdate();
    await settle(el);
    const li = shadow(el).querySelector('li[data-right="af"]')!;
    [...li.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Explication facile à lire'))!
      .click();
    expect(falc.getAttribute('right')).toBe('af');
  });

  it('builds "Mon bilan" to print and to download, with a name only when typed', async () => {
    const el = await done();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    buttonByText(el, 'Voir mon bilan à imprimer').click();
    await settle(el);
    expect(shadow(el).querySelector('[part=bilan]')).not.toBeNull();
    await expectNoAxeViolations(el);
    buttonByText(el, 'Télécharger mon bilan').click();
    const first = await blobs[0]!.text();
    expect(first).toContain('Mon bilan');
    expect(first).toContain('Allocations familiales');
    expect(first).toContain('Papiers à préparer');
    expect(first).toMatch(/Bilan fait le \d+/);
    expect(first).not.toContain('<script');
    const name = shadow(el).querySelector<HTMLInputElement>('#pq-name')!;
    name.value = 'Awa Diallo';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    buttonByText(el, 'Télécharger mon bilan').click();
    expect(await blobs[1]!.text()).toContain('Awa Diallo');
    expect(first).not.toContain('Awa Diallo');
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    buttonByText(el, 'Imprimer').click();
    expect(print).toHaveBeenCalled();
    expect(network).toEqual([]);
  });
});

describe('save, resume and erase', () => {
  it('stores nothing unless asked, then resumes and erases everything', async () => {
    const el = await mount({ commune: '94028' });
    const h = household('young-neet');
    buttonByText(el, 'Commencer').click();
    await settle(el);
    await answerCurrent(el, h);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    buttonByText(el, 'Garder mes réponses sur cet appareil').click();
    await settle(el);
    expect(statusRegionOf(el).textContent).toContain('Vos réponses sont gardées');
    await answerCurrent(el, h);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    expect(Object.keys(saved.answers)).toEqual(
      expect.arrayContaining(['applicant.birthDate', 'household.couple']),
    );

    const again = await mount({ commune: '94028' });
    expect(text(again)).toContain('Reprendre mes réponses enregistrées');
    buttonByText(again, 'Reprendre').click();
    await settle(again);
    expect(currentQuestion(again)?.key).toBe('children.count');

    const resets: Event[] = [];
    again.addEventListener('passerelle-reset', (e) => resets.push(e));
    buttonByText(again, 'Effacer mes réponses').click();
    await settle(again);
    const dialog = shadow(again).querySelector<HTMLDialogElement>('dialog')!;
    expect(dialog.open).toBe(true);
    await expectNoAxeViolations(again);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.includes('Oui, tout effacer'))!.click();
    // The dialog's "close" event is a separate task: wait for it.
    await vi.waitFor(() => expect(resets).toHaveLength(1));
    await settle(again);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(resets).toHaveLength(1);
    expect(text(again)).toContain('Commencer');
    expect(statusRegionOf(again).textContent).toContain('Vos réponses sont effacées');
    expect(text(again)).not.toContain('Reprendre');
  });
});

describe('accompagnement mode', () => {
  it('shows every theme at once, then the checklist with statuses and notes', async () => {
    const el = await mount({ mode: 'accompagnement', commune: '94028' });
    expect(text(el)).toContain('30 à 45 minutes');
    await expectNoAxeViolations(el);
    buttonByText(el, 'Commencer').click();
    await settle(el);
    const groups = [...shadow(el).querySelectorAll('section[part=interview] h3')].map((x) =>
      x.textContent?.trim(),
    );
    expect(groups).toEqual(expect.arrayContaining(['Le foyer', 'Logement', 'Santé', 'Ressources']));
    await expectNoAxeViolations(el);
    // Submitting empty lists every missing answer.
    buttonByText(el, 'Voir les résultats et le suivi').click();
    await settle(el);
    expect(shadow(el).querySelectorAll('.pa-error-summary li').length).toBeGreaterThan(5);
    // Fill in the dense form: household (5).
    const h = household('disability-80');
    for (let round = 0; round < 4; round++) {
      for (const form of [shadow(el).querySelector('form')!]) {
        for (const [key, value] of Object.entries(h.answers)) {
          const id = `q-${key.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;
          const first = form.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
          if (!first) continue;
          if (first.type === 'radio') {
            const wanted = value === 'yes' ? 'oui' : value === 'no' ? 'non' : String(value);
            form.querySelector<HTMLInputElement>(`input[name="${id}"][value="${wanted}"]`)?.click();
          } else if (first.type === 'checkbox') {
            // Nothing checked: no right already received.
          } else if (key.endsWith('birthDate')) {
            const [y, m, d] = String(value).split('-');
            for (const [sel, v] of [
              [id, String(Number(d))],
              [`${id}-month`, String(Number(m))],
              [`${id}-year`, y as string],
            ] as const) {
              const input = form.querySelector<HTMLInputElement>(`#${CSS.escape(sel)}`)!;
              input.value = v;
              input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
              await settle(el);
            }
          } else {
            first.value = String(value);
            first.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          }
          await settle(el);
        }
      }
    }
    // Questions the household has no answer to: "je ne sais pas".
    for (const b of [...shadow(el).querySelectorAll<HTMLButtonElement>('form button')].filter((x) =>
      x.textContent?.includes('Je ne sais pas'),
    )) {
      b.click();
      await settle(el);
    }
    for (const r of shadow(el).querySelectorAll<HTMLInputElement>(
      'input[type=radio][value="dont_know"], input[type=radio][value="nsp"]',
    )) {
      const name = r.name;
      if (![...shadow(el).querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].some((x) => x.checked))
        r.click();
    }
    await settle(el);
    buttonByText(el, 'Voir les résultats et le suivi').click();
    await settle(el);
    expect(shadow(el).querySelector('.pa-error-summary')?.textContent ?? '').toBe('');
    expect(shownRights(el).find((r) => r.id === 'aah')?.status).toBe('eligible');
    const checklist = shadow(el).querySelector('[part=checklist]')!;
    expect(checklist.textContent).toMatch(/Suivi : \d+ droits à voir/);
    const oriented = checklist.querySelector<HTMLInputElement>(
      'input[name="pq-c-aah-state"][value="oriented"]',
    )!;
    oriented.click();
    await settle(el);
    const to = shadow(el).querySelector<HTMLInputElement>('#pq-c-aah-to')!;
    to.value = 'MDPH du Val-de-Marne';
    to.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const note = shadow(el).querySelector<HTMLTextAreaElement>('#pq-c-aah-note')!;
    note.value = 'Dossier à compléter';
    note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    await expectNoAxeViolations(el);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    buttonByText(el, 'Télécharger mon bilan').click();
    const bilan = await blobs[0]!.text();
    expect(bilan).toContain('MDPH du Val-de-Marne');
    expect(bilan).toContain('Dossier à compléter');
    expect(network).toEqual([]);
  });
});

describe('configuration', () => {
  const dataUrl = (content: string) => `data:application/json,${encodeURIComponent(content)}`;

  it('adds the local aids of the commune to the results', async () => {
    const el = await mount({
      commune: '94028',
      'local-aids-src': dataUrl(JSON.stringify(BELLEVILLE_LOCAL_AIDS)),
    });
    await el.localAidsReady;
    await runJourney(el, household('young-neet'));
    const local = shownRights(el).find((r) => r.id === 'local:belleville-sur-marne:coup-de-pouce-jeunes');
    expect(local?.status).toBe('eligible');
    expect(local?.text).toContain('Aide de votre commune');
    expect(local?.text).toContain('Jusqu’à 300 € une fois');
    // The only request is the host's file, made before any answer.
    expect(network).toHaveLength(1);
    expect(network[0]).toMatch(/^fetch data:application\/json/);
  });

  it("settles an aid given to an EPCI from the host commune's département file (possible without it)", async () => {
    const files: Record<string, unknown> = {
      '/aides.json': BELLEVILLE_LOCAL_AIDS,
      '/communes/manifest.json': {
        format: 'passerelle-communes',
        version: 1,
        credit: 'test',
        count: 1,
        byLetter: { c: 'c.json' },
        byDepartement: { '94': 'c.json' },
        postcodePrefixes: { '94': ['94'] },
      },
      '/communes/c.json': {
        format: 'passerelle-communes-shard',
        rows: [['94028', 'Créteil', '94000', 48.78, 2.46, '200054781', 90000, '']],
      },
    };
    vi.mocked(globalThis.fetch).mockImplementation(async (input) => {
      const path = new URL(String(input), location.href).pathname;
      network.push(`fetch ${path}`);
      return path in files ? new Response(JSON.stringify(files[path])) : new Response('', { status: 404 });
    });
    const transport = 'local:belleville-sur-marne:transport-solidaire';
    const without = await mount({ commune: '94028', 'local-aids-src': '/aides.json' });
    await without.localAidsReady;
    await runJourney(without, household('single-no-income'));
    expect(shownRights(without).find((r) => r.id === transport)?.status).toBe('possible');

    network = [];
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
    await vi.waitFor(() =>
      expect(shadow(el).querySelector('[role=option]')?.textContent).toContain('Créteil'),
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
