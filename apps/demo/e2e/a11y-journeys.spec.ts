// Screen-reader semantics of the questionnaire's journeys, from what Chromium exposes and what live regions
// announce, written against public behaviour only (roles, names, visible text) so it survives a redesign:
// at each step focus is not on body and nothing is invalid before a submit; an error is announced once; the
// results count is announced once; the step (position and theme) is announced once per question.
import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  countAnnounced,
  expectFocusNotOnBody,
  expectNothingInvalid,
  focusAnnouncement,
  invalidNodes,
  recordAnnouncements,
  takeAnnouncements,
} from '@passerelle/testing/a11y';

const widget = (page: Page) => page.locator('passerelle-questionnaire');

/** Answers whatever the current question asks with a plausible value, using roles and labels only. */
async function answerCurrent(w: Locator): Promise<void> {
  const day = w.getByRole('textbox', { name: /^Jour/ });
  if ((await day.count()) > 0) {
    await day.first().fill('1');
    await w.getByRole('textbox', { name: /^Mois/ }).first().fill('1');
    await w
      .getByRole('textbox', { name: /^Année/ })
      .first()
      .fill('1980');
    return;
  }
  const combo = w.getByRole('combobox');
  if ((await combo.count()) > 0) {
    await combo.first().fill('94028');
    return;
  }
  const radios = w.getByRole('radio');
  if ((await radios.count()) > 0) {
    // "Non" keeps the journey short where it is offered; otherwise the first option.
    const no = w.getByRole('radio', { name: /^Non\b/ });
    await ((await no.count()) > 0 ? no.first() : radios.first()).check();
    return;
  }
  const text = w.getByRole('textbox').or(w.getByRole('spinbutton'));
  if ((await text.count()) > 0) await text.first().fill('0');
}

const results = (w: Locator) => w.getByRole('heading', { name: 'Vos résultats' });

async function start(page: Page, path: string): Promise<Locator> {
  await recordAnnouncements(page);
  await page.goto(path);
  const w = widget(page);
  await expect(w.getByRole('button', { name: 'Commencer' })).toBeVisible();
  await expectNothingInvalid(page, 'on the start screen');
  await takeAnnouncements(page);
  await w.getByRole('button', { name: 'Commencer' }).click();
  return w;
}

/** Walks the public journey; `each` runs on arrival at every question. */
async function walk(_page: Page, w: Locator, each: (step: number) => Promise<void>): Promise<number> {
  let step = 0;
  for (; step < 40; step++) {
    const next = w.getByRole('button', { name: 'Continuer' });
    await expect(next.or(results(w))).toBeVisible();
    if (await results(w).isVisible()) break;
    await each(step + 1);
    await answerCurrent(w);
    await next.click();
  }
  return step;
}

test.describe('public journey, as a screen reader gets it', () => {
  test.setTimeout(120_000);

  test('focus never falls to body and nothing is invalid before a submit', async ({ page }) => {
    const w = await start(page, '/vos-droits.html');
    const steps = await walk(page, w, async (n) => {
      await expectFocusNotOnBody(page, `on arrival at question ${n}`);
      await expectNothingInvalid(page, `on arrival at question ${n}`);
    });
    expect(steps).toBeGreaterThan(3);
    await expectFocusNotOnBody(page, 'on the results');
  });

  test('an empty submit announces the error once and marks only that field invalid', async ({ page }) => {
    const w = await start(page, '/vos-droits.html');
    await expect(w.getByRole('button', { name: 'Continuer' })).toBeVisible();
    await takeAnnouncements(page);
    await w.getByRole('button', { name: 'Continuer' }).click();
    const log = await takeAnnouncements(page);
    const errors = log.filter((a) => a.politeness === 'assertive');
    expect(errors.length, JSON.stringify(log)).toBe(1);
    expect((await invalidNodes(page)).length).toBeGreaterThan(0);
    await expectFocusNotOnBody(page, 'after an empty submit');
  });

  test('the results count is announced once', async ({ page }) => {
    const w = await start(page, '/vos-droits.html');
    await walk(page, w, async () => {
      await takeAnnouncements(page);
    });
    await expect(results(w)).toBeVisible();
    const log = await takeAnnouncements(page);
    expect(
      countAnnounced(
        log,
        /Vous avez probablement droit à \d+ aides? versées? chaque mois|Nous n’avons pas trouvé d’aide/,
      ),
      JSON.stringify(log),
    ).toBe(1);
  });

  test('each question announces its position and theme once', async ({ page }) => {
    const w = await start(page, '/vos-droits.html');
    const steps = await walk(page, w, async (n) => {
      // On arrival a screen reader reads the focused element (name and description) and live regions.
      const said = [await focusAnnouncement(page), ...(await takeAnnouncements(page)).map((a) => a.text)];
      const position = said.join(' | ').match(/Question \d+ sur environ \d+/g) ?? [];
      expect(position, `question ${n}: ${JSON.stringify(said)}`).toEqual([
        expect.stringMatching(new RegExp(`^Question ${n} sur`)),
      ]);
      // The theme is the step's last words: "…, Le foyer".
      const theme = (await w.locator('#pq-group').innerText()).trim();
      expect(theme).not.toBe('');
      expect(
        said.join(' | ').split(theme).length - 1,
        `theme of question ${n}: ${JSON.stringify(said)}`,
      ).toBe(1);
      expect(said[0], `question ${n}: focus is on the question's heading`).toMatch(/^heading, /);
    });
    expect(steps).toBeGreaterThan(3);
  });
});

test.describe('accompagnement journey, as a screen reader gets it', () => {
  test.setTimeout(120_000);

  test('nothing is invalid before a submit, and focus is never on body', async ({ page }) => {
    await recordAnnouncements(page);
    await page.goto('/mediation.html');
    const w = widget(page);
    const start = w.getByRole('button', { name: 'Commencer' });
    await expect(start).toBeVisible();
    await start.click();
    await expect(w.getByRole('button', { name: /Voir les résultats/ })).toBeVisible();
    await expectNothingInvalid(page, 'on the interview screen');
    await expectFocusNotOnBody(page, 'on the interview screen');
  });

  test('fixing one field does not re-read the whole error list', async ({ page }) => {
    await recordAnnouncements(page);
    await page.goto('/mediation.html');
    const w = widget(page);
    await w.getByRole('button', { name: 'Commencer' }).click();
    const submit = w.getByRole('button', { name: /Voir les résultats/ });
    await expect(submit).toBeVisible();
    await submit.click();
    const first = await takeAnnouncements(page);
    expect(first.filter((a) => a.politeness === 'assertive').length).toBe(1);
    await w.getByRole('textbox', { name: /^Jour/ }).first().fill('1');
    const after = await takeAnnouncements(page);
    expect(
      after.filter((a) => a.politeness === 'assertive'),
      JSON.stringify(after),
    ).toEqual([]);
  });
});

test.describe('the harness itself', () => {
  test('fails on a required radio exposed as invalid on arrival (deliberately broken fixture)', async ({
    page,
  }) => {
    await page.setContent(`<form><fieldset><legend>Vivez-vous en couple ?</legend>
      <input type="radio" id="o" name="c" value="oui" required><label for="o">Oui</label>
      <input type="radio" id="n" name="c" value="non" required><label for="n">Non</label></fieldset></form>`);
    expect(await invalidNodes(page)).not.toEqual([]);
    await expect(expectNothingInvalid(page, 'on arrival')).rejects.toThrow(/invalid/);
  });

  test('records an alert once and a status change once, inside a shadow root', async ({ page }) => {
    await recordAnnouncements(page);
    await page.goto('data:text/html,<div id="h"></div>');
    await page.evaluate(async () => {
      const root = (document.getElementById('h') as HTMLElement).attachShadow({ mode: 'open' });
      root.innerHTML = '<p role="status"></p>';
      await new Promise((r) => setTimeout(r, 10));
      (root.querySelector('[role=status]') as HTMLElement).textContent = '3 résultats';
      const alert = document.createElement('p');
      alert.setAttribute('role', 'alert');
      alert.textContent = 'Erreur : écrivez un montant.';
      root.append(alert);
    });
    const log = await takeAnnouncements(page);
    expect(countAnnounced(log, '3 résultats')).toBe(1);
    expect(countAnnounced(log, 'Erreur')).toBe(1);
    expect(log.find((a) => a.text.includes('Erreur'))?.politeness).toBe('assertive');
  });
});
