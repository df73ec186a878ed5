// The demo commune site: every page is a real, accessible page that reflows at 320 px; widget pages embed
// the kit exactly as a webmaster would; the snippet builder works with a keyboard and says what it did.
import { expect, test } from '@playwright/test';
import { expectAccessible, hasNoHorizontalOverflow } from '@passerelle/testing/playwright';
import { ALL_TAGS, builtTags, collectErrors, kit, waitForWidgets } from './helpers.ts';

const pages = [
  { path: '/', h1: 'Bienvenue à Belleville-sur-Marne', tags: [] },
  {
    path: '/vos-droits.html',
    h1: 'Vos droits',
    tags: ['passerelle-questionnaire', 'passerelle-partner-finder'],
  },
  { path: '/trouver-de-l-aide.html', h1: "Trouver de l'aide", tags: ['passerelle-partner-finder'] },
  { path: '/comprendre-vos-droits.html', h1: 'Comprendre vos droits', tags: ['passerelle-falc'] },
  { path: '/mediation.html', h1: 'Espace médiateurs', tags: ['passerelle-questionnaire'] },
  { path: '/integrer.html', h1: 'Intégrer Passerelle', tags: ['passerelle-questionnaire'], preview: true },
  { path: '/contact.html', h1: 'Contacter le CCAS', tags: [] },
  { path: '/accessibilite.html', h1: "Déclaration d'accessibilité", tags: [] },
  { path: '/mentions-legales.html', h1: 'Mentions légales', tags: [] },
  { path: '/donnees-personnelles.html', h1: 'Données personnelles', tags: [] },
  { path: '/plan-du-site.html', h1: 'Plan du site', tags: [] },
];

for (const p of pages) {
  test(`${p.path}: accessible, reflows at 320 px, widgets load`, async ({ page }) => {
    const { errors } = collectErrors(page);
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(p.path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(p.h1);
    const present = p.tags.filter((t) => builtTags.includes(t));
    await waitForWidgets(page, present);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await expectAccessible(page);
    expect(errors).toEqual([]);
  });
}

test('widget pages embed the kit as a webmaster would: one module script, the tags, a noscript link', async ({
  request,
}) => {
  for (const p of pages.filter((x) => x.tags.length > 0)) {
    const html = await (await request.get(p.path)).text();
    expect(html.match(/<script type="module" src="\/passerelle\/passerelle\.js"><\/script>/g)).toHaveLength(
      1,
    );
    if ('preview' in p) continue; // the builder creates its preview widget from the form
    for (const tag of p.tags) expect(html).toContain(`<${tag}`);
    expect(html).toMatch(/<noscript>[\s\S]*href="\/contact\.html"[\s\S]*<\/noscript>/);
  }
  for (const p of pages) {
    const html = await (await request.get(p.path)).text();
    expect(html, 'no inline script or style on the site').not.toMatch(
      /<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle="/,
    );
  }
});

test('the demo serves the kit with its three widgets', () => {
  expect(builtTags).toEqual(ALL_TAGS);
});

test('the kit tells its version at runtime', async ({ page }) => {
  await page.goto('/vos-droits.html');
  await expect
    .poll(() => page.evaluate(() => (window as { Passerelle?: { version: string } }).Passerelle?.version))
    .toBe(kit.version);
});

test('a widget page loads only the code of the widgets it shows', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/comprendre-vos-droits.html');
  await waitForWidgets(
    page,
    builtTags.filter((t) => t === 'passerelle-falc'),
  );
  await page.waitForLoadState('networkidle');
  expect(requested).toContain('/passerelle/passerelle.js');
  expect(requested).not.toContain('/passerelle/questionnaire.js');
  expect(requested).not.toContain('/passerelle/partner-finder.js');
});

test('menu: a disclosure button on small screens, Escape closes it', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Menu' });
  const link = page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Vos droits', exact: true });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(link).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(link).toBeVisible();
  await link.focus();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
  await expect(link).toBeHidden();
  await page.setViewportSize({ width: 1024, height: 720 });
  await expect(button).toBeHidden();
  await expect(link).toBeVisible();
});

test.describe('snippet builder', () => {
  test('builds the snippet from the choices, shows the widget live and announces the copy', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/integrer.html');
    const code = page.getByLabel('Code HTML, à coller dans la page');
    await expect(code).toHaveValue(/<passerelle-questionnaire/);
    const status = page.locator('#statut');
    await expect(page.locator('#statut')).toHaveAttribute('role', 'status');

    await page.getByLabel('Accompagnement').check();
    await expect(code).toHaveValue(/mode="accompagnement"/);
    await page.getByLabel('Code INSEE de votre commune (facultatif)').fill('94028');
    await expect(code).toHaveValue(/commune="94028"/);
    await page.getByLabel('Langue du widget').selectOption('ar');
    await expect(code).toHaveValue(/lang="ar"\n {2}dir="rtl"/);
    const preview = page.locator('#apercu > passerelle-questionnaire');
    await expect(preview).toHaveAttribute('mode', 'accompagnement');
    await expect(preview).toHaveAttribute('lang', 'ar');

    await page.getByLabel("Trouver de l'aide près de chez soi").check();
    await expect(code).toHaveValue(
      /<passerelle-partner-finder[\s\S]*src="\/donnees\/partenaires\/manifest\.json"/,
    );
    await expect(code).not.toHaveValue(/mode=/);
    await expect(page.getByLabel('Accompagnement')).toBeHidden();
    if (builtTags.includes('passerelle-partner-finder'))
      await expect(page.locator('#apercu > passerelle-partner-finder')).toHaveCount(1);
    else await expect(page.locator('#apercu')).toContainText('pas encore disponible');

    await page.getByRole('button', { name: 'Copier le code HTML' }).click();
    await expect(status).toHaveText(/Code HTML copié/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  });

  test('gives the head preload on request, for the chosen widget', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/integrer.html');
    const head = page.getByLabel("Code pour l'en-tête, à coller dans la partie <head> de cette page");
    await expect(head).toBeHidden();
    await page.getByLabel(/le télécharger dès l'en-tête de la page/).check();
    await expect(head).toHaveValue(
      '<link rel="modulepreload" href="/passerelle/passerelle.js" />\n<link rel="modulepreload" href="/passerelle/questionnaire.js" />\n',
    );
    await page.getByLabel('Vos droits en facile à lire (FALC)').check();
    await expect(head).toHaveValue(/href="\/passerelle\/falc\.js"/);
    await page.getByRole('button', { name: "Copier le code pour l'en-tête" }).click();
    await expect(page.locator('#statut')).toHaveText(/Code pour l’en-tête copié/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await head.inputValue());
    // The files it names exist in the kit the page serves.
    for (const href of (await head.inputValue()).match(/href="[^"]+"/g) ?? [])
      expect((await page.request.get(href.slice(6, -1))).status()).toBe(200);
    await page.getByLabel(/le télécharger dès l'en-tête de la page/).uncheck();
    await expect(head).toBeHidden();
  });

  test('checks colour contrast live and explains what fails', async ({ page }) => {
    await page.goto('/integrer.html');
    const summary = page.locator('#contraste-resume');
    await expect(summary).toHaveText(/Toutes les couleurs sont assez contrastées/);
    const action = page.getByLabel('Boutons et liens', { exact: true });
    await action.fill('#8fd9d2');
    await expect(summary).toHaveText(/pas assez contrastée/);
    await expect(page.locator('#contraste-details li').first()).toContainText('il faut au moins');
    await expect(page.getByLabel('Code CSS, à ajouter à la feuille de style de votre site')).toHaveValue(
      /--passerelle-color-action: #8fd9d2;/,
    );
    // The live preview takes the colour through the CSSOM (no style attribute, fine under a strict CSP).
    await expect
      .poll(() =>
        page
          .locator('#apercu > *')
          .first()
          .evaluate((el) => (el as HTMLElement).style.getPropertyValue('--passerelle-color-action')),
      )
      .toBe('#8fd9d2');
    await action.fill('bleu');
    await expect(page.locator('#couleur-color-action-erreur')).toHaveText(/hexadécimal/);
    await expect(action).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Thème de départ').selectOption('contraste-eleve');
    await expect(action).toHaveValue('#00405c');
    await expect(summary).toHaveText(/Toutes les couleurs sont assez contrastées/);
  });

  test('proposes the nearest colour that passes, and the hover colour follows the action colour', async ({
    page,
  }) => {
    await page.goto('/integrer.html');
    const action = page.getByLabel('Boutons et liens', { exact: true });
    const hover = page.getByLabel('Boutons et liens survolés', { exact: true });
    await action.fill('#6b2c91');
    // Not the default teal any more: a darker shade of the purple.
    await expect(hover).not.toHaveValue('#085550');
    await expect(hover).toHaveValue(/^#[0-9a-f]{6}$/);
    await hover.fill('#112233');
    await action.fill('#7b3ca1');
    await expect(hover).toHaveValue('#112233');

    await action.fill('#8fd9d2');
    const summary = page.locator('#contraste-resume');
    await expect(summary).toHaveText(/pas assez contrastée/);
    const fix = page
      .locator('#contraste-details li')
      .first()
      .getByRole('button', { name: /^Utiliser #/ });
    await expect(page.locator('#contraste-details li').first()).toContainText(
      'la couleur la plus proche qui passe',
    );
    // Each proposal fixes its pair; applying them all leaves no failure.
    for (let i = 0; i < 6 && (await fix.count()) > 0; i++) await fix.click();
    await expect(summary).toHaveText(/Toutes les couleurs sont assez contrastées/);
  });

  test('says how to fix a bad field and gives no code until it is fixed', async ({ page }) => {
    await page.goto('/integrer.html');
    const commune = page.getByLabel('Code INSEE de votre commune (facultatif)');
    await commune.fill('940');
    await expect(page.locator('#commune-erreur')).toContainText('5 caractères');
    await expect(commune).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Code HTML, à coller dans la page')).toHaveValue(
      /Corrigez les champs signalés/,
    );
    await page.getByLabel('Adresse du kit (passerelle.js)').fill('http://cdn.example/passerelle.js');
    await expect(page.locator('#adresse-kit-erreur')).toContainText('https://');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each widget page offers the contact page instead', async ({ page }) => {
    for (const path of [
      '/vos-droits.html',
      '/trouver-de-l-aide.html',
      '/comprendre-vos-droits.html',
      '/mediation.html',
    ]) {
      await page.goto(path);
      const fallback = page.locator('.repli').first();
      await expect(fallback, path).toBeVisible();
      await expect(fallback.getByRole('link', { name: /contact/i })).toHaveAttribute('href', '/contact.html');
    }
  });
});
