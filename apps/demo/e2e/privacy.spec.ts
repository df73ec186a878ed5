// Privacy proof: a whole questionnaire journey on the demo with every request recorded. Only the kit's own
// files and the data URLs the page configured may be requested; no request carries an answer; no POST, no
// query string, no other host (Chromium resolves no host but localhost anyway, so a leak would show here as
// a request, not silently succeed).
import { expect, type Locator, type Page, test } from '@playwright/test';
import { builtTags } from './helpers.ts';

// Values typed during the journey, chosen so they cannot appear by chance in a file name.
const SENTINELS = { money: '2731', year: '1979', commune: 'Belleville' };

interface Recorded {
  method: string;
  url: URL;
  body: string;
}

/** Answers whatever the current step asks, then presses the button that moves on. Returns false at the end. */
async function answerStep(page: Page, q: Locator): Promise<boolean> {
  // Radio groups with nothing chosen: pick the first option (native arrows/space work, a click is enough).
  const radios = q.locator('input[type=radio]:visible');
  const names = new Set<string>();
  for (const r of await radios.all()) names.add((await r.getAttribute('name')) ?? '');
  for (const name of names) {
    const group = q.locator(`input[type=radio][name="${name}"]:visible`);
    if ((await group.evaluateAll((els) => els.some((e) => (e as HTMLInputElement).checked))) === false)
      await group.first().check();
  }
  for (const input of await q
    .locator('input:visible:not([type=radio]):not([type=checkbox]):not([type=file])')
    .all()) {
    if ((await input.inputValue()) !== '') continue;
    const id = (await input.getAttribute('id')) ?? '';
    const label = id ? await q.locator(`label[for="${id}"]`).allInnerTexts() : [];
    const hint = `${(await input.getAttribute('autocomplete')) ?? ''} ${id} ${
      (await input.getAttribute('inputmode')) ?? ''
    } ${label.join(' ')}`.toLowerCase();
    if (/year|annee|année/.test(hint)) await input.fill(/enfant|child/.test(hint) ? '2015' : SENTINELS.year);
    else if (/month|mois/.test(hint)) await input.fill('3');
    else if (/day|jour/.test(hint)) await input.fill('12');
    else if (/commune|ville|postal|address|adresse/.test(hint)) {
      await input.fill(SENTINELS.commune);
      const option = q.locator('[role=option]:visible').first();
      if (await option.count()) await option.click();
    } else if (/€|euro|montant|revenu|salaire|loyer|pension|allocation|decimal/.test(hint))
      await input.fill(SENTINELS.money);
    else await input.fill('1'); // a count (children, people, months…)
  }
  for (const select of await q.locator('select:visible').all()) {
    const options = await select
      .locator('option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    const value = options.find((v) => v !== '');
    if (value && (await select.inputValue()) === '') await select.selectOption(value);
  }
  const next = q
    .getByRole('button', { name: /suivant|continuer|commencer|valider|voir (mes )?r[ée]sultats|terminer/i })
    .first();
  if (!(await next.count())) return false;
  await next.click();
  await page.waitForTimeout(50);
  return true;
}

test('a full questionnaire journey sends no answer anywhere', async ({ page, baseURL }) => {
  test.skip(!builtTags.includes('passerelle-questionnaire'), 'the questionnaire is not in the kit yet');
  const requests: Recorded[] = [];
  page.on('request', (r) =>
    requests.push({ method: r.method(), url: new URL(r.url()), body: r.postData() ?? '' }),
  );
  await page.goto('/vos-droits.html');
  const q = page.locator('passerelle-questionnaire');
  await expect(q.locator('button:visible').first()).toBeVisible();
  const journeyStart = requests.length;
  let steps = 0;
  const shown: string[] = [];
  while (steps < 80 && (await answerStep(page, q))) {
    steps += 1;
    shown.push(
      await q.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 300)),
    );
    // Stuck on one screen means the driver gave an answer the questionnaire refuses: show it.
    if (shown.length >= 3 && shown.slice(-3).every((t) => t === shown.at(-1)))
      throw new Error(`stuck: ${shown.at(-1)}`);
  }
  expect(steps, 'the journey went through several steps').toBeGreaterThan(2);
  // The journey ends on the results (the documented `results` part): the questionnaire did evaluate.
  await expect(q.locator('[part~="results"]')).toBeVisible();
  // Then the fiche (places near the host, never near the person) and its reopen link and QR code, whose
  // answers ride in the fragment.
  await q.getByRole('button', { name: 'Voir ma fiche à imprimer ou à partager' }).click();
  await expect(q.locator('iframe.pq-fiche')).toBeAttached();
  await q.getByRole('button', { name: 'Afficher un code QR pour un autre appareil' }).click();
  await expect(q.getByRole('img', { name: 'Code QR pour rouvrir ce bilan' })).toBeVisible();
  const link = await q.getByRole('link', { name: 'Lien pour rouvrir ce bilan' }).getAttribute('href');
  const fragment = new URL(link ?? '', baseURL).hash.replace(/^#passerelle-bilan=/, '');
  expect(fragment.length).toBeGreaterThan(16);

  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const configured = await page.evaluate(() =>
    [...document.querySelectorAll('passerelle-questionnaire, passerelle-partner-finder')].flatMap((el) =>
      [...el.attributes]
        .filter((a) => a.name === 'src' || a.name.endsWith('-src'))
        .map((a) => new URL(a.value, location.href).pathname),
    ),
  );
  expect(configured.length).toBeGreaterThan(0);
  // A partner index manifest points at its shards and communes files in the same folder.
  const folders = configured
    .filter((p) => p.endsWith('/manifest.json'))
    .map((p) => p.slice(0, -'manifest.json'.length));
  const isConfigured = (path: string) => configured.includes(path) || folders.some((f) => path.startsWith(f));
  const allowed = (u: URL) =>
    u.pathname === '/vos-droits.html' ||
    u.pathname.startsWith('/assets/') ||
    u.pathname.startsWith('/passerelle/') ||
    isConfigured(u.pathname);
  const problems = requests
    .filter((r) => r.url.origin !== origin || !allowed(r.url) || r.method !== 'GET' || r.url.search !== '')
    .map((r) => `${r.method} ${r.url.href}`);
  expect(problems).toEqual([]);
  for (const r of requests) {
    const text = decodeURIComponent(`${r.url.href} ${r.body}`);
    for (const value of [...Object.values(SENTINELS), fragment.slice(0, 16), fragment.slice(-16)])
      expect(text, `${r.method} ${r.url.href}`).not.toContain(value);
  }
  // What was requested during the journey itself: only kit chunks and configured data (a manifest's files
  // included: the communes may load with local aids given to an EPCI), never a new kind of file.
  const during = requests.slice(journeyStart).map((r) => r.url.pathname);
  for (const path of during) expect(path.startsWith('/passerelle/') || isConfigured(path), path).toBe(true);
});
