// Results a person can trust and a bilan that travels, on the built demo: the honest summary of seven
// households, a reopen link opened in a fresh browser context (same results, no request carries any part of
// the fragment), and the downloaded fiche opened again in a fresh context.
// Black-box: links are made here as the kit makes them (JSON, zlib, base64url, version 1).
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { type Browser, expect, type Locator, type Page, type Request, test } from '@playwright/test';
import { type Answer, households, MONTH } from './households.ts';

type Answers = Record<string, Answer>;

/** The six reference households, and one above every ceiling (no total at all). */
const HOUSEHOLDS: Record<string, Answers> = {
  ...Object.fromEntries(households.map((h) => [h.title, h.answers])),
  // The single adult without income (1), earning and owning enough to be above every ceiling.
  'au-dessus de tous les plafonds': {
    ...households.find((h) => h.id === 'single-no-income')?.answers,
    'applicant.activity': 'employed',
    'applicant.incomes.salary': 9000,
    'housing.status': 'owner',
    taxReferenceIncome: 110000,
  },
};

/**
 * Households with no monthly money likely open: the summary says so in words and shows no total. The
 * 19-year-old's rights are a yearly "coup de pouce", rights to confirm (the CEJ allowance, "up to" an amount, never in the total) and useful steps.
 */
const NO_MONTHLY = ['au-dessus de tous les plafonds', '(4) jeune de 19 ans sans emploi ni études'];

/** The fragment the kit writes for these answers. */
function fragment(answers: Answers): string {
  const themes = ['famille', 'emploi', 'logement', 'sante', 'transport', 'ressources'];
  const json = JSON.stringify({ month: MONTH, mode: 'accompagnement', themes, answers });
  return `1.${deflateSync(Buffer.from(json)).toString('base64url')}`;
}

const widget = (page: Page): Locator => page.locator('passerelle-questionnaire');

/** Opens the page with a bilan in its address and accepts it; returns every request the page made. */
async function openShared(browser: Browser, payload: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  await page.goto(`/mediation.html#passerelle-bilan=${payload}`);
  const w = widget(page);
  await expect(w.getByRole('heading', { name: /Un bilan a été partagé avec ce lien/ })).toBeVisible();
  await w.getByRole('button', { name: 'Ouvrir ce bilan' }).click();
  await expect(w.getByRole('heading', { name: 'Vos résultats' })).toBeVisible();
  return { context, page, w, requests };
}

/** What the summary shows: count, total and the monthly rights with their amounts. */
async function summaryOf(w: Locator) {
  const box = w.locator('[part="summary"]');
  const amounts = await w
    .locator('[data-group="monthly"] li[data-right]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-amount'))));
  return {
    count: Number(await box.getAttribute('data-count')),
    total: Number(await box.getAttribute('data-total')),
    text: await box.innerText(),
    amounts,
  };
}

for (const [name, answers] of Object.entries(HOUSEHOLDS))
  test(`summary: ${name}: the count and total are the likely monthly money shown`, async ({ browser }) => {
    test.setTimeout(60_000);
    const payload = fragment(answers);
    const { context, w, requests } = await openShared(browser, payload);
    const s = await summaryOf(w);
    expect(s.count).toBe(s.amounts.length);
    expect(Math.round(s.total * 100)).toBe(s.amounts.reduce((t, a) => t + Math.round(a * 100), 0));
    for (const status of await w
      .locator('[data-group="monthly"] li[data-right]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))
      expect(status).toBe('eligible');
    if (NO_MONTHLY.includes(name)) {
      expect(s.count).toBe(0);
      expect(s.text).toMatch(/^Nous n’avons pas trouvé d’aide versée chaque mois/);
      expect(s.text).not.toMatch(/Au total|\b0 aide/);
    } else {
      expect(s.count).toBeGreaterThan(0);
      // Intl writes a narrow no-break space between thousands and a no-break space before €.
      expect(s.text).toMatch(/Au total, environ \d{1,3}(\u202f\d{3})*,\d{2}\u00a0€ par mois/);
    }
    // Yearly amounts say when they are paid, and are not in the monthly group.
    for (const id of ['ars', 'cheque_energie'])
      await expect(w.locator(`[data-group="monthly"] li[data-right="${id}"]`)).toHaveCount(0);
    const ars = w.locator('[data-group="yearly"] li[data-right="ars"]');
    if (await ars.count())
      await expect(ars).toContainText(/Versée en août\. Prochain versement : août \d{4}\./);
    // No identifier on any card.
    const text = await w.locator('[data-screen="results"]').innerText();
    expect(text).not.toMatch(/\b[a-z0-9]+_[a-z0-9_]+\b|bailleur-social|caisse-retraite/);
    // The fragment never left the page: no request carries any part of it.
    const pieces = [
      payload,
      ...Array.from({ length: Math.floor(payload.length / 16) }, (_, i) =>
        payload.slice(i * 16, i * 16 + 16),
      ),
    ];
    for (const r of requests) {
      const seen = `${r.url()} ${JSON.stringify(await r.allHeaders())} ${r.postData() ?? ''}`;
      for (const p of pieces) expect(seen, r.url()).not.toContain(p);
    }
    await context.close();
  });

test('a damaged link says so and opens nothing', async ({ browser }) => {
  const payload = fragment(HOUSEHOLDS['(3) couple de retraités, petite retraite'] as Answers);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/mediation.html#passerelle-bilan=${payload.slice(0, -8)}`);
  const w = widget(page);
  await w.getByRole('button', { name: 'Ouvrir ce bilan' }).click();
  await expect(w.getByRole('alert')).toContainText('abîmé ou incomplet');
  await expect(w.getByRole('heading', { name: 'Vos résultats' })).toHaveCount(0);
  await context.close();
});

test('the downloaded fiche opens again in a fresh context: same answers, same results', async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const { context, page, w } = await openShared(
    browser,
    fragment(HOUSEHOLDS['(2) parent seul, deux enfants, temps partiel'] as Answers),
  );
  const before = await summaryOf(w);
  const statuses = async (x: Locator) =>
    x
      .locator('li[data-right]')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-right')}=${e.getAttribute('data-status')}`).sort(),
      );
  const rightsBefore = await statuses(w);
  const download = page.waitForEvent('download');
  await w.getByRole('button', { name: 'Télécharger la fiche' }).first().click();
  // Closing a context deletes its downloads: keep a copy, as a person keeps the file.
  const file = testInfo.outputPath('fiche.html');
  await (await download).saveAs(file);
  await context.close();

  const fresh = await browser.newContext();
  const page2 = await fresh.newPage();
  await page2.goto('/mediation.html');
  const w2 = widget(page2);
  await w2.getByLabel('Ouvrir un bilan enregistré').setInputFiles(file);
  await expect(w2.getByRole('heading', { name: 'Vos résultats' })).toBeVisible();
  expect(await summaryOf(w2)).toEqual(before);
  expect(await statuses(w2)).toEqual(rightsBefore);
  await fresh.close();
});

test('the fiche words its places’ opening hours in the widget’s language', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const { context, page, w } = await openShared(
    browser,
    fragment(HOUSEHOLDS['(2) parent seul, deux enfants, temps partiel'] as Answers),
  );
  const fiche = async (button: string, name: string) => {
    const download = page.waitForEvent('download');
    await w.getByRole('button', { name: button }).first().click();
    const file = testInfo.outputPath(name);
    await (await download).saveAs(file);
    return readFileSync(file, 'utf8');
  };
  // The demo's places have hours: the French fiche lists them by day.
  expect(await fiche('Télécharger la fiche', 'fiche-fr.html')).toMatch(/lundi : \d/);
  await w.evaluate((el) => el.setAttribute('lang', 'en'));
  await expect(w.getByRole('button', { name: 'Download the sheet' }).first()).toBeVisible();
  const english = await fiche('Download the sheet', 'fiche-en.html');
  expect(english).toMatch(/Opening hours: Monday: \d\d:\d\d to \d\d:\d\d/);
  expect(english).toContain('What is your date of birth?');
  // A place's hours written as free text by the data's provider stay French, and say so to screen readers.
  const worded = english.replace(/<span lang="fr">[^<]*<\/span>/g, '');
  expect(worded).not.toMatch(/lundi|mardi|Fermé| : /);
  await context.close();
});
