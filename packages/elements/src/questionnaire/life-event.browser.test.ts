// Entry by life event (issue 15): the start screen's "Il vous arrive quelque chose en ce moment ?", the order
// of the questions and of the rights within each group of the results, the keyboard, and a saved journey.
import { LIFE_EVENT_IDS, lifeEvent, lifeEventQuestionIds } from '@passerelle/rules/flow';
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepActiveElement } from '../base/index.js';
import type { PasserelleQuestionnaire } from './questionnaire.js';
import { STORAGE_KEY } from './storage.js';
import {
  answerCurrent,
  buttonByText,
  currentQuestion,
  household,
  mount,
  runJourney,
  settle,
  shadow,
  text,
} from './test-fixture.js';
import { until } from '../base/test-helpers.js';

// A single parent of two who is expecting a third child.
const expecting = (() => {
  const h = household('single-parent-part-time');
  return { ...h, answers: { ...h.answers, 'applicant.pregnant': 'yes' } };
})();

const radio = (el: Element, value: string) =>
  shadow(el).querySelector<HTMLInputElement>(
    `input[name="pq-life-event"][value="${value}"]`,
  ) as HTMLInputElement;

async function choose(el: PasserelleQuestionnaire, value: string): Promise<void> {
  radio(el, value).click();
  await settle(el);
}

const checkedThemes = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
    .filter((b) => b.checked)
    .map((b) => b.value);

/** Right ids of each group of the results, as shown. */
function groups(el: Element): Record<string, string[]> {
  return Object.fromEntries(
    [...shadow(el).querySelectorAll<HTMLElement>('[data-group]')].map((g) => [
      g.dataset.group,
      [...g.querySelectorAll<HTMLElement>('li[data-right]')].map((li) => li.dataset.right as string),
    ]),
  );
}

const questionId = (key: string) => key.replace(/\[\d+\]/, '');

describe('life event on the start screen', () => {
  it('offers the seven events with their hints and "Rien de particulier", not required, axe clean', async () => {
    const el = await mount();
    const group = shadow(el).querySelector('[role="radiogroup"]')!;
    expect(group.querySelector('legend')?.textContent).toContain(
      'Il vous arrive quelque chose en ce moment ?',
    );
    expect(group.getAttribute('aria-required')).toBeNull();
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.value)).toEqual([...LIFE_EVENT_IDS, '']);
    // Every event is labelled and described by its hint.
    for (const r of radios.slice(0, 7)) {
      expect(shadow(el).querySelector(`label[for="${r.id}"]`)?.textContent).toContain(
        lifeEvent(r.value)!.label,
      );
      const hints = shadow(el).querySelectorAll(`[id="${r.getAttribute('aria-describedby')}"]`);
      expect(hints).toHaveLength(1);
      expect(hints[0]?.textContent).toContain(lifeEvent(r.value)!.hint);
    }
    expect(radio(el, '').checked).toBe(true);
    expect(text(el)).toContain('Rien de particulier');
    await expectNoAxeViolations(el);
    await choose(el, 'deces_proche');
    expect(checkedThemes(el)).toEqual(['famille', 'logement', 'ressources']);
    await expectNoAxeViolations(el);
  });

  it('"naissance" asks the pregnancy and children questions first and puts its rights first in each group', async () => {
    const plain = await mount({ commune: '94028' });
    const plainAsked = await runJourney(plain, expecting);
    const plainGroups = groups(plain);

    const el = await mount({ commune: '94028' });
    await choose(el, 'naissance');
    expect(checkedThemes(el)).toEqual(['famille', 'emploi', 'sante']);
    const asked = await runJourney(el, expecting);
    const first = lifeEventQuestionIds(lifeEvent('naissance')!);
    const lead = asked.slice(
      0,
      asked.findIndex((k) => !first.has(questionId(k))),
    );
    expect(lead).toEqual(expect.arrayContaining(['children.count', 'applicant.pregnant']));
    expect(lead.some((k) => k.startsWith('child.birthDate'))).toBe(true);
    // The pregnancy is asked because the person named the birth; without it no right needed it.
    expect(plainAsked).not.toContain('applicant.pregnant');

    expect(text(el)).toContain('Classé pour : J’attends un enfant ou un bébé est arrivé.');
    expect(text(plain)).not.toContain('Classé pour');
    const shown = groups(el);
    const wanted = lifeEvent('naissance')!.rights;
    expect(shown.maybe?.[0]).toBe('prime_naissance');
    for (const [group, ids] of Object.entries(shown)) {
      const lead = wanted.filter((id) => ids.includes(id));
      expect(ids.slice(0, lead.length), group).toEqual(lead);
    }
    // Allocations familiales before ASF: the event's order, not the amount's.
    expect(shown.monthly).toEqual(['af', 'asf']);
    const plainMonthly = plainGroups.monthly ?? [];
    expect(plainMonthly.indexOf('asf')).toBeLessThan(plainMonthly.indexOf('af'));
  });

  it('travels with a shared bilan: reopened from the page address, its results keep the event and its order', async () => {
    const el = await mount({ commune: '94028' });
    await choose(el, 'naissance');
    await runJourney(el, expecting);
    const order = groups(el);
    const payload = el.flow.bilanPayload();
    expect(payload?.lifeEvent).toBe('naissance');
    const { reopenLink } = await el.flow.handoff.actions();
    const { link } = await reopenLink(payload!, false);
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}${new URL(link).hash}`);
    try {
      const other = await mount({ commune: '94028' });
      buttonByText(other, 'Ouvrir ce bilan').click();
      await vi.waitFor(() => expect(shadow(other).querySelector('[part=results]')).not.toBeNull(), {
        timeout: 20_000,
      });
      await settle(other);
      expect(text(other)).toContain('Classé pour : J’attends un enfant ou un bébé est arrivé.');
      expect(groups(other)).toEqual(order);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('"Rien de particulier" changes nothing', async () => {
    const plain = await mount({ commune: '94028' });
    const plainAsked = await runJourney(plain, expecting);

    const el = await mount({ commune: '94028' });
    await choose(el, 'separation');
    await choose(el, '');
    expect(checkedThemes(el)).toHaveLength(6);
    expect(await runJourney(el, expecting)).toEqual(plainAsked);
    expect(groups(el)).toEqual(groups(plain));
    expect(text(el)).not.toContain('Classé pour');
  });

  it('is chosen with the keyboard, and the journey starts from it', async () => {
    const el = await mount({ commune: '94028' });
    for (let i = 0; i < 20 && deepActiveElement()?.getAttribute('name') !== 'pq-life-event'; i++)
      await userEvent.tab();
    // The group is one Tab stop, on "Rien de particulier"; the arrows choose.
    expect(deepActiveElement()).toBe(radio(el, ''));
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    expect(radio(el, 'naissance').checked).toBe(true);
    expect(deepActiveElement()).toBe(radio(el, 'naissance'));
    expect(checkedThemes(el)).toEqual(['famille', 'emploi', 'sante']);
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    expect(radio(el, 'separation').checked).toBe(true);
    for (let i = 0; i < 30; i++) {
      const active = deepActiveElement();
      if (active instanceof HTMLButtonElement && active.textContent?.trim().startsWith('Commencer')) break;
      await userEvent.tab();
    }
    await userEvent.keyboard('{Enter}');
    await settle(el);
    const q = currentQuestion(el);
    expect(q).not.toBeNull();
    expect(lifeEventQuestionIds(lifeEvent('separation')!).has(questionId(q!.key))).toBe(true);
  });

  it('is kept with the saved answers, and an unknown saved event is dropped', async () => {
    const el = await mount({ commune: '94028' });
    await choose(el, 'naissance');
    buttonByText(el, 'Commencer').click();
    await settle(el);
    await answerCurrent(el, expecting);
    buttonByText(el, 'Garder mes réponses sur cet appareil').click();
    await settle(el);
    await answerCurrent(el, expecting);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    expect(saved.lifeEvent).toBe('naissance');
    el.remove();

    // As after a reload: a new widget resumes with the event and ends on its order.
    const again = await mount({ commune: '94028' });
    buttonByText(again, 'Reprendre').click();
    await settle(again);
    for (let i = 0; i < 40 && currentQuestion(again); i++) await answerCurrent(again, expecting);
    expect(text(again)).toContain('Classé pour : J’attends un enfant');
    expect(groups(again).monthly).toEqual(['af', 'asf']);
    again.remove();

    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...saved, lifeEvent: 'mariage' }));
    const other = await mount({ commune: '94028' });
    buttonByText(other, 'Reprendre').click();
    await settle(other);
    expect(currentQuestion(other)).not.toBeNull();
    expect(text(other)).not.toContain('illisibles');
    for (let i = 0; i < 40 && currentQuestion(other); i++) await answerCurrent(other, expecting);
    expect(text(other)).not.toContain('Classé pour');
  });

  it("is offered in accompagnement mode and orders the mediator's session", async () => {
    const el = await mount({ mode: 'accompagnement', commune: '94028' });
    expect(radio(el, 'retraite')).not.toBeNull();
    await choose(el, 'retraite');
    await expectNoAxeViolations(el);
    buttonByText(el, 'Commencer').click();
    await settle(el);
    expect(shadow(el).querySelector('[data-screen="interview"]')).not.toBeNull();
    const session = el.flow.session!;
    expect(session.lifeEvent).toBe('retraite');
    // The mediator sees every theme; the event only orders.
    expect(session.themes).toHaveLength(6);
    expect(session.toJSON().lifeEvent).toBe('retraite');
  });

  it('speaks the page language', async () => {
    const el = await mount({ lang: 'en' });
    await until(() => text(el).includes('I am expecting a child'), 'the English table');
    expect(text(el)).toContain('Is something happening in your life right now?');
    expect(text(el)).toContain('I am expecting a child or a baby has arrived');
    expect(text(el)).toContain('Nothing in particular');
  });
});
