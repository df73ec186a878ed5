// The partner finder on the demo page /trouver-de-l-aide.html, with the Val-de-Marne sample index
// that the demo build writes with `passerelle-partners import` (see packages/partners/README.md).
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, hasNoHorizontalOverflow } from '@passerelle/testing/playwright';
import { builtTags } from './helpers.ts';

const PAGE = '/trouver-de-l-aide.html';

async function openFinder(page: Page) {
  const res = await page.goto(PAGE);
  test.skip(res?.status() === 404, `${PAGE} is not in the demo yet (embed engineer's page)`);
  test.skip(!builtTags.includes('passerelle-partner-finder'), 'the kit has no partner finder yet');
  const finder = page.locator('passerelle-partner-finder').first();
  await expect(finder.getByRole('heading', { name: 'Trouver de l’aide près de chez vous' })).toBeVisible();
  return finder;
}

test('search by commune with the keyboard, open a place, come back', async ({ page }) => {
  const requests: URL[] = [];
  page.on('request', (r) => requests.push(new URL(r.url())));
  const finder = await openFinder(page);
  await expect(finder.getByText("Données d'exemple")).toBeVisible();
  const commune = finder.getByRole('combobox', { name: /Votre commune ou votre code postal/ });
  await commune.fill('creteil');
  await expect(finder.getByRole('option', { name: /Créteil/ })).toBeVisible();
  await commune.press('ArrowDown');
  await commune.press('Enter');
  await expect(commune).toHaveValue(/Créteil/);
  await commune.press('Enter');
  const status = finder.locator('[role=status].pa-status');
  await expect(status).toContainText(/lieux? trouvés? à moins de 20\skm de Créteil/);
  await expect(finder.getByRole('button', { name: /Mairie de Créteil/ })).toBeVisible();

  await finder.getByRole('button', { name: /Mairie de Créteil/ }).press('Enter');
  await expect(finder.getByRole('heading', { name: 'Mairie de Créteil' })).toBeFocused();
  await expect(finder.getByRole('link', { name: '01 49 80 92 94' })).toHaveAttribute(
    'href',
    'tel:0149809294',
  );
  await expect(finder.getByText(/Position approximative/)).toBeVisible();
  await expect(finder.getByText(/plus de deux ans/)).toBeVisible();
  await expectAccessible(page);
  await finder.getByRole('button', { name: 'Retour à la liste' }).click();
  await expect(finder.getByRole('button', { name: /Mairie de Créteil/ })).toBeFocused();

  // Only this site's own files: the kit, the index and the communes next to it.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => u.origin !== origin)).toEqual([]);
  expect(requests.some((u) => u.pathname.endsWith('/partenaires/manifest.json'))).toBe(true);
  // The commune search reads one names index: no file named after letters typed or a département chosen.
  expect(requests.filter((u) => /\/communes\/(nom|dep)-/.test(u.pathname))).toEqual([]);
});

test('postcode with several communes, filters, and 320 px reflow', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const finder = await openFinder(page);
  const commune = finder.getByRole('combobox', { name: /Votre commune ou votre code postal/ });
  await commune.fill('94100');
  await expect(finder.getByRole('option', { name: /Saint-Maur-des-Fossés/ })).toBeVisible();
  await commune.press('ArrowDown');
  await commune.press('Enter');
  await finder.getByRole('radio', { name: /À distance/ }).check();
  await finder.getByRole('button', { name: 'Rechercher' }).click();
  await expect(finder.locator('[role=status].pa-status')).toContainText(/trouvé/);
  await expect(finder.getByRole('heading', { name: /À distance/ })).toBeVisible();
  expect(await hasNoHorizontalOverflow(page)).toBe(true);
  await expectAccessible(page);
});
