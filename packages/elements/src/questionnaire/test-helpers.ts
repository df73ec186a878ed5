// Drives <passerelle-questionnaire> through its DOM, as a person would, for the browser tests and stories.
// Test-only: the package's build leaves it out.
import { DONT_KNOW, type FlowHousehold, referenceHouseholds } from '@passerelle/rules/flow';
import type { PasserelleQuestionnaire } from './questionnaire.js';

export const MONTH = '2026-05';
const households = referenceHouseholds(MONTH);
export const household = (id: string) => households.find((h) => h.id === id) as FlowHousehold;

export const shadow = (el: Element) => el.shadowRoot as ShadowRoot;

export async function settle(el: PasserelleQuestionnaire): Promise<void> {
  // As a person waits for the next screen: the engine may still be arriving after the start screen.
  await el.engineReady;
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

export function buttonByText(el: Element, text: string | RegExp): HTMLButtonElement {
  const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('button')];
  const found = buttons.find((b) =>
    typeof text === 'string' ? b.textContent?.trim().startsWith(text) : text.test(b.textContent ?? ''),
  );
  if (!found)
    throw new Error(`no button "${text}" in: ${buttons.map((b) => b.textContent?.trim()).join(' | ')}`);
  return found;
}

export function currentQuestion(el: Element): { key: string; kind: string } | null {
  const form = shadow(el).querySelector<HTMLFormElement>('form[data-question]');
  return form ? { key: form.dataset.question as string, kind: form.dataset.kind as string } : null;
}

function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Fills the question on screen with the household's answer, then presses Continuer (or Je ne sais pas). */
export async function answerCurrent(el: PasserelleQuestionnaire, household: FlowHousehold): Promise<string> {
  const q = currentQuestion(el);
  if (!q) throw new Error('no question on screen');
  const root = shadow(el);
  const form = root.querySelector<HTMLFormElement>('form[data-question]')!;
  const value = household.answers[q.key];
  const fieldId = `q-${q.key.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;
  if (value === undefined || value === DONT_KNOW) {
    const dk = [...form.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      /Je ne sais pas/.test(b.textContent ?? ''),
    );
    const radio = form.querySelector<HTMLInputElement>(
      `input[type=radio][value="${DONT_KNOW}"], input[type=radio][value="nsp"]`,
    );
    if (dk) {
      dk.click();
      await settle(el);
      return q.key;
    }
    if (radio) radio.click();
  } else if (q.kind === 'yesno') {
    form.querySelector<HTMLInputElement>(`input[value="${value === 'yes' ? 'oui' : 'non'}"]`)!.click();
  } else if (q.kind === 'choice') {
    const radio = form.querySelector<HTMLInputElement>(`input[type=radio][value="${String(value)}"]`);
    if (!radio) throw new Error(`${q.key}: no option ${String(value)}`);
    radio.click();
  } else if (q.kind === 'multichoice') {
    for (const v of value as string[]) form.querySelector<HTMLInputElement>(`input[value="${v}"]`)!.click();
  } else if (q.kind === 'date') {
    const [y, m, d] = String(value).split('-');
    // One part at a time, with a render in between, as when a person types.
    typeInto(form.querySelector<HTMLInputElement>(`#${fieldId}`)!, String(Number(d)));
    await settle(el);
    typeInto(form.querySelector<HTMLInputElement>(`#${fieldId}-month`)!, String(Number(m)));
    await settle(el);
    typeInto(form.querySelector<HTMLInputElement>(`#${fieldId}-year`)!, y as string);
  } else {
    typeInto(form.querySelector<HTMLInputElement>(`#${fieldId}`)!, String(value).replace('.', ','));
  }
  await settle(el);
  buttonByText(el, 'Continuer').click();
  await settle(el);
  return q.key;
}

/** Runs a whole public journey; `onStep` runs on each question screen (axe, checks). */
export async function runJourney(
  el: PasserelleQuestionnaire,
  household: FlowHousehold,
  onStep?: (key: string) => Promise<void>,
): Promise<string[]> {
  buttonByText(el, 'Commencer').click();
  await settle(el);
  const asked: string[] = [];
  for (let i = 0; i < 60 && currentQuestion(el); i++) {
    const q = currentQuestion(el)!;
    if (onStep) await onStep(q.key);
    const key = await answerCurrent(el, household);
    const after = currentQuestion(el);
    if (after?.key === key) {
      const error = shadow(el).querySelector('.pa-error')?.textContent;
      throw new Error(`${household.id}: stuck on ${key}: ${error}`);
    }
    asked.push(key);
  }
  return asked;
}

/** Right ids shown in the results, by status as written on screen. */
export function shownRights(el: Element): Array<{ id: string; status: string; text: string }> {
  return [...shadow(el).querySelectorAll<HTMLElement>('li[data-right]')].map((li) => ({
    id: li.dataset.right as string,
    status: li.dataset.status as string,
    text: li.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  }));
}

export const text = (el: Element) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
export const statusRegionOf = (el: Element) => shadow(el).querySelector('[role="status"]') as HTMLElement;
