// <passerelle-questionnaire> in public mode: start screen, one question at a time, the six households, keyboard.
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { DONT_KNOW, type FlowHousehold } from '@passerelle/rules/flow';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepActiveElement } from '../base/index.js';
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
    for (const type of [
      'passerelle-questionnaire-start',
      'passerelle-questionnaire-step',
      'passerelle-questionnaire-complete',
    ])
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
    expect(events[0]?.type).toBe('passerelle-questionnaire-start');
    expect(events.filter((e) => e.type === 'passerelle-questionnaire-step')).toHaveLength(asked.length);
    const complete = events.find((e) => e.type === 'passerelle-questionnaire-complete')?.detail as {
      rights: object[];
    };
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
      // Focus is on the question's heading; Tab reaches the field.
      expect(deepActiveElement()?.matches('h2, [role="heading"]'), q.key).toBe(true);
      await userEvent.tab();
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
