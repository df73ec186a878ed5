// Journeys of the six reference households on the demo's /vos-droits.html, with a log of every request
// proving that no answer leaves the page.
// Black-box: the households are the rules' reference answers (test data only); the journey types them as a
// person would, into the built kit.
import { expect, type Locator, type Page, type Request, test } from '@playwright/test';
import { expectAccessible } from '@passerelle/testing/playwright';
import { DONT_KNOW, type FlowHousehold, households } from './households.ts';

// Expected from the law (service-public.fr fiche of each right, checked 2026-11-24).
const EXPECTED: Record<string, { open: string[]; closed: string[] }> = {
  'single-no-income': { open: ['rsa', 'css'], closed: ['aah', 'aspa'] },
  'single-parent-part-time': {
    open: ['af', 'asf', 'ars', 'ppa', 'aide_logement', 'css'],
    closed: ['rsa', 'cf'],
  },
  'retired-couple': { open: ['aspa', 'css'], closed: ['rsa', 'cej'] },
  'young-neet': { open: ['cej', 'mission_locale'], closed: ['rsa', 'aspa'] },
  'disability-80': { open: ['aah'], closed: ['aspa', 'cej'] },
  'family-four-one-salary': { open: ['af', 'ars', 'ppa', 'aide_logement'], closed: ['rsa', 'asf'] },
};

function widget(page: Page): Locator {
  return page.locator('passerelle-questionnaire');
}

async function answer(w: Locator, h: FlowHousehold): Promise<string | null> {
  const form = w.locator('form[data-question]');
  if ((await form.count()) === 0) return null;
  const key = (await form.getAttribute('data-question')) as string;
  const kind = (await form.getAttribute('data-kind')) as string;
  const value = h.answers[key];
  if (value === undefined || value === DONT_KNOW) {
    const dk = form.getByRole('button', { name: /Je ne sais pas/ });
    if ((await dk.count()) > 0) {
      await dk.click();
      return key;
    }
    const radio = form.locator(`input[value="${DONT_KNOW}"], input[value="nsp"]`);
    if ((await radio.count()) > 0) await radio.first().check();
  } else if (kind === 'date') {
    const [y, m, d] = String(value).split('-');
    await form.getByLabel('Jour').fill(String(Number(d)));
    await form.getByLabel('Mois').fill(String(Number(m)));
    await form.getByLabel('Année').fill(y as string);
  } else if (kind === 'yesno') {
    await form.locator(`input[value="${value === 'yes' ? 'oui' : 'non'}"]`).check();
  } else if (kind === 'choice') {
    await form.locator(`input[type=radio][value="${String(value)}"]`).check();
  } else if (kind === 'multichoice') {
    for (const v of value as string[]) await form.locator(`input[value="${v}"]`).check();
  } else if (kind === 'commune') {
    const input = form.locator('input').first();
    await input.fill(String(value));
    const option = w.getByRole('option').first();
    if (await option.isVisible().catch(() => false)) await option.click();
  } else {
    await form.locator('input').first().fill(String(value).replace('.', ','));
  }
  await form.getByRole('button', { name: 'Continuer' }).click();
  return key;
}

/** Strings that would betray an answer if they appeared in a request. */
function secrets(h: FlowHousehold): string[] {
  const out: string[] = [];
  for (const v of Object.values(h.answers)) {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out.push(v, v.slice(0, 4));
    if (typeof v === 'number' && v >= 100) out.push(String(v));
  }
  return out;
}

/** The one member of the widget this test reads, typed without importing the widget into the test. */
interface PasserelleQuestionnaireLike extends HTMLElement {
  localAidsReady: Promise<void>;
}

for (const h of households) {
  test(`questionnaire: ${h.title}`, async ({ page }) => {
    // A whole journey plus axe: generous on a busy 2-core machine.
    test.setTimeout(90_000);
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await page.goto('/vos-droits.html');
    const w = widget(page);
    await expect(w.getByRole('button', { name: 'Commencer' })).toBeVisible();
    // The host's files (local aids, its département's communes) load before anyone answers.
    await page
      .locator('passerelle-questionnaire')
      .evaluate((el) => (el as PasserelleQuestionnaireLike).localAidsReady);
    const origin = new URL(page.url()).origin;
    const beforeStart = requests.length;
    await w.getByRole('button', { name: 'Commencer' }).click();
    const asked: string[] = [];
    for (let i = 0; i < 40; i++) {
      const key = await answer(w, h);
      if (!key) break;
      asked.push(key);
    }
    await expect(w.getByRole('heading', { name: 'Vos résultats' })).toBeVisible();
    expect(asked.length).toBeLessThanOrEqual(18);
    const expected = EXPECTED[h.id] as { open: string[]; closed: string[] };
    for (const id of expected.open)
      await expect(w.locator(`li[data-right="${id}"]`).first(), `${h.id}: ${id}`).toHaveAttribute(
        'data-status',
        /^(eligible|possible)$/,
      );
    await w.getByRole('button', { name: /Voir les aides auxquelles vous n’avez pas droit/ }).click();
    for (const id of expected.closed)
      await expect(w.locator(`li[data-right="${id}"]`).first(), `${h.id}: ${id}`).toHaveAttribute(
        'data-status',
        'not_eligible',
      );
    // Request log: nothing after "Commencer" but same-origin GETs that carry no answer.
    const during = requests.slice(beforeStart);
    const bad = secrets(h);
    for (const r of requests) {
      expect(new URL(r.url()).origin, r.url()).toBe(origin);
      expect(r.method(), r.url()).toBe('GET');
      expect(r.postData(), r.url()).toBeNull();
      for (const s of bad) expect(decodeURIComponent(r.url()), `${r.url()} carries ${s}`).not.toContain(s);
    }
    // No fetch or XHR at all once the person starts answering.
    expect(
      during
        .filter((r) => ['fetch', 'xhr', 'eventsource', 'websocket', 'ping'].includes(r.resourceType()))
        .map((r) => r.url()),
    ).toEqual([]);
    await expectAccessible(page, { include: 'passerelle-questionnaire' });
  });
}

/** Elements of the questionnaire (shadow root included) that stick out of the viewport. */
async function widerThanViewport(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const out = [];
    const host = document.querySelector('passerelle-questionnaire');
    const walk = (root) => {
      for (const n of root.querySelectorAll('*')) {
        const r = n.getBoundingClientRect();
        if (r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1)) out.push(n.tagName + '.' + n.className);
        if (n.shadowRoot) walk(n.shadowRoot);
      }
    };
    if (host && host.shadowRoot) walk(host.shadowRoot);
    return out;
  })()`);
}

test('questionnaire: 320 px wide, no horizontal scrolling, from start to results', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/vos-droits.html');
  const w = widget(page);
  await w.getByRole('button', { name: 'Commencer' }).click();
  const h = households.find((x) => x.id === 'family-four-one-salary') as FlowHousehold;
  for (let i = 0; i < 40; i++) {
    expect(await widerThanViewport(page)).toEqual([]);
    if (!(await answer(w, h))) break;
  }
  await expect(w.getByRole('heading', { name: 'Vos résultats' })).toBeVisible();
  expect(await widerThanViewport(page)).toEqual([]);
});

test('questionnaire: the help button opens the partner finder further down', async ({ page }) => {
  await page.goto('/vos-droits.html');
  const w = widget(page);
  await w.getByRole('button', { name: 'Commencer' }).click();
  const h = households.find((x) => x.id === 'single-parent-part-time') as FlowHousehold;
  for (let i = 0; i < 40; i++) if (!(await answer(w, h))) break;
  await w
    .locator('li[data-right="aide_logement"]')
    .getByRole('button', { name: /Trouver un lieu d’aide/ })
    .click();
  const finder = page.locator('passerelle-partner-finder');
  await expect(finder).toHaveAttribute('right', 'aide_logement');
  await expect(finder).toBeFocused();
});

test('questionnaire: accompagnement mode on /mediation.html', async ({ page }) => {
  await page.goto('/mediation.html');
  const w = widget(page);
  await w.getByRole('button', { name: 'Commencer' }).click();
  for (const name of ['Le foyer', 'Logement', 'Santé', 'Ressources'])
    await expect(w.getByRole('heading', { name, exact: true })).toBeVisible();
  await expectAccessible(page, { include: 'passerelle-questionnaire' });
});
