// <passerelle-questionnaire>: results, the fiche, save and resume, accompagnement mode.
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { describe, expect, it, vi } from 'vitest';
import { deepActiveElement } from '../base/index.js';
import { STORAGE_KEY } from './storage.js';
import {
  answerCurrent,
  buttonByText,
  currentQuestion,
  household,
  mount,
  network,
  runJourney,
  settle,
  shadow,
  shownRights,
  statusRegionOf,
  text,
} from './test-fixture.js';

/** Waits for something the widget does after a lazy import (the fiche, the QR code). */
const waitFor = (done: () => boolean, what = 'condition') =>
  vi.waitFor(
    () => {
      if (!done()) throw new Error(`waiting for ${what}`);
    },
    { timeout: 20_000, interval: 20 },
  );

describe('results', () => {
  async function done(attrs: Record<string, string> = {}, id = 'single-parent-part-time') {
    const el = await mount({ commune: '94028', ...attrs });
    await runJourney(el, household(id));
    return el;
  }

  it('groups by how the money comes, explains why, what to do and who helps, and passes axe with everything open', async () => {
    const el = await done();
    const headings = [...shadow(el).querySelectorAll('section[part=results] h3')].map((h) =>
      h.textContent?.trim(),
    );
    expect(headings).toEqual(expect.arrayContaining(['Aides versées chaque mois', 'Démarches utiles']));
    const af = shownRights(el).find((r) => r.id === 'af')!;
    expect(af.text).toContain('Vous y avez probablement droit');
    expect(af.text).toContain('Ce qu’il faut faire');
    expect(af.text).toContain('Papiers à préparer');
    expect(af.text).toContain('CAF');
    expect(statusRegionOf(el).textContent).toMatch(
      /Vous avez probablement droit à \d+ aides? versées? chaque mois/,
    );
    for (const b of shadow(el).querySelectorAll<HTMLButtonElement>('.pa-disclosure__button')) b.click();
    await settle(el);
    expect(
      shadow(el).querySelectorAll('.pa-disclosure__button[aria-expanded="true"]').length,
    ).toBeGreaterThan(5);
    await expectNoAxeViolations(el);
  });

  it('promises no answer that would settle a right to confirm when none would', async () => {
    const el = await done();
    const group = shadow(el).querySelector('section[data-group=maybe]')!;
    const unsettled = [...group.querySelectorAll('li[data-right]')].filter(
      (li) => !li.textContent?.includes('Pour savoir, il faudrait répondre à'),
    );
    // The FSL, the aide juridictionnelle…: the paying body decides, no question of the widget does.
    expect(unsettled.length).toBeGreaterThan(0);
    const intro = group.querySelector(':scope > p')?.textContent ?? '';
    expect(intro).toContain('peut-être');
    expect(intro).not.toMatch(/réponse/i);
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
    el.addEventListener('passerelle-questionnaire-find-help', (e) => events.push((e as CustomEvent).detail));
    const li = shadow(el).querySelector('li[data-right="aide_logement"]')!;
    [...li.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Trouver un lieu d’aide'))!
      .click();
    await settle(el);
    expect(events).toEqual([
      { right: 'aide_logement', need: 'caf', contacts: expect.arrayContaining(['caf']) },
    ]);
    expect(finder.getAttribute('right')).toBe('aide_logement');
    // The partners' needs table: the aide au logement is asked for at the CAF.
    expect(finder.getAttribute('need')).toBe('caf');
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

  it('builds the fiche to print alone and to download, with a name only when typed', async () => {
    const el = await done();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    buttonByText(el, 'Voir ma fiche à imprimer ou à partager').click();
    // The screen's code is part of the hand-off, loaded on first opening.
    await waitFor(() => !!shadow(el).querySelector('[part=bilan]'), 'the bilan screen');
    await waitFor(() => !!shadow(el).querySelector('iframe.pq-fiche'), 'the preview');
    await expectNoAxeViolations(el);
    buttonByText(el, 'Télécharger la fiche').click();
    await waitFor(() => blobs.length > 0, 'the file');
    const first = await blobs[0]!.text();
    expect(first).toContain('Bilan d’accès aux droits');
    expect(first).toContain('Ce n’est pas une décision');
    expect(first).toContain('Les réponses données');
    expect(first).toContain('Allocations familiales');
    expect(first).toContain('Papiers à préparer');
    expect(first).toMatch(/Bilan fait le \d+/);
    expect(first).toMatch(/<a href="https:\/\/www\./);
    expect(first).not.toContain('<script');
    const name = shadow(el).querySelector<HTMLInputElement>('#pq-name')!;
    name.value = 'Awa Diallo';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    buttonByText(el, 'Télécharger la fiche').click();
    await waitFor(() => blobs.length > 1);
    expect(await blobs[1]!.text()).toContain('Awa Diallo');
    expect(first).not.toContain('Awa Diallo');
    // Printed from a frame of its own (handoff tests check that the frame's print is called): the page
    // around the widget is not printed.
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const framePrints: string[] = [];
    const observer = new MutationObserver((list) => {
      for (const m of list)
        for (const n of m.addedNodes)
          if (n instanceof HTMLIFrameElement)
            n.addEventListener('load', () => framePrints.push(n.contentDocument?.body.textContent ?? ''));
    });
    observer.observe(document.body, { childList: true });
    buttonByText(el, 'Imprimer la fiche').click();
    await waitFor(() => framePrints.length > 0, 'the print of the frame');
    observer.disconnect();
    expect(print).not.toHaveBeenCalled();
    expect(framePrints[0]).toContain('Ce n’est pas une décision');
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
    // The button gives way to a note, and focus goes there rather than to the page.
    expect(deepActiveElement()?.textContent).toContain('Vos réponses sont gardées');
    expect(deepActiveElement()).not.toBe(document.body);
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
    again.addEventListener('passerelle-questionnaire-reset', (e) => resets.push(e));
    buttonByText(again, 'Effacer mes réponses').click();
    await settle(again);
    const dialog = shadow(again).querySelector<HTMLDialogElement>('dialog')!;
    expect(dialog.open).toBe(true);
    await expectNoAxeViolations(again);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.includes('Oui, tout effacer'))!.click();
    // The dialog's "close" event is a separate task: wait for it.
    await vi.waitFor(() => expect(resets).toHaveLength(1), { timeout: 20_000 });
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
    // The checklist comes with the mediator's workspace, imported on first use.
    await waitFor(() => !!shadow(el).querySelector('[part=checklist]'), 'the checklist');
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
    buttonByText(el, 'Télécharger la fiche').click();
    await waitFor(() => blobs.length > 0);
    const bilan = await blobs[0]!.text();
    expect(bilan).toContain('MDPH du Val-de-Marne');
    expect(bilan).toContain('Dossier à compléter');
    expect(network).toEqual([]);
  });
});

describe('rights added with issue 15 (@passerelle/rules/extra, loaded after the first screen)', () => {
  it('shows the prime de Noël to a person who can receive the RSA', async () => {
    const el = await mount({ commune: '94028' });
    await runJourney(el, household('single-no-income'));
    const rights = shownRights(el);
    expect(rights.find((r) => r.id === 'rsa')?.status).toBe('eligible');
    const noel = rights.find((r) => r.id === 'prime_noel');
    expect(noel?.status).toBe('eligible');
    expect(noel?.text).toContain('Prime de Noël');
  });
});
