// Drives the dense form of accompagnement mode as a mediator would: every unanswered group gets its first
// choice, every empty field a plausible value, then "Voir les résultats et le suivi", again while the
// error summary lists something (an answer can reveal new questions). Pure Playwright, no test() here.
import { expect, type Locator } from '@playwright/test';

/** Values typed, so a test can look for them where they must not be. */
export const TYPED = { year: '1981', money: '1437', count: '2', commune: 'Créteil' };

/** One pass over the form, inside the page (one round trip): first choices, plausible values. */
async function fillOnce(q: Locator): Promise<void> {
  await q.evaluate((el, typed) => {
    const root = el.shadowRoot;
    const form = root?.querySelector('form');
    if (!root || !form) return;
    const visible = (e: Element) => (e as HTMLElement).offsetParent !== null;
    const names = new Set(
      [...form.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter(visible).map((r) => r.name),
    );
    for (const name of names) {
      const group = [...form.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`)];
      if (!group.some((r) => r.checked)) group[0]?.click();
    }
    for (const input of form.querySelectorAll<HTMLInputElement>(
      'input:not([type=radio]):not([type=checkbox]):not([role=combobox])',
    )) {
      if (!visible(input) || input.value !== '') continue;
      const label = root.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
      const hint = `${input.id} ${input.inputMode} ${label}`.toLowerCase();
      input.value = /year|annee|année/.test(hint)
        ? /child|enfant/.test(hint)
          ? '2016'
          : typed.year
        : /month|mois/.test(hint)
          ? '3'
          : /day|jour/.test(hint)
            ? '12'
            : /€|euro|montant|revenu|salaire|loyer|pension|allocation|decimal/.test(hint)
              ? typed.money
              : typed.count;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }, TYPED);
  // The commune: typed, then picked in the list (its search runs on the host's communes file).
  const commune = q.getByRole('combobox').first();
  if ((await commune.count()) && (await commune.inputValue()) === '') {
    await commune.fill(TYPED.commune);
    await q.getByRole('listbox').getByRole('option').first().click();
  }
}

/** Fills the interview until it is accepted; ends on the results with their checklist. */
export async function completeInterview(q: Locator): Promise<void> {
  for (let round = 0; round < 8; round++) {
    await fillOnce(q);
    await q.getByRole('button', { name: 'Voir les résultats et le suivi' }).click();
    if (await q.locator('[part~="results"]').count()) break;
  }
  await expect(q.locator('[part~="results"]')).toBeVisible();
  await expect(q.locator('[part~="checklist"]')).toBeVisible();
}
