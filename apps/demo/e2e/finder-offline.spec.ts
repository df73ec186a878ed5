import { expect, test } from '@playwright/test';

// Issue 17: the finder's form renders from its first files; the search code (search, opening hours, the
// index reader) is a file of its own, asked for in the same wave. When that file cannot arrive, the form stays
// usable, the search says what happened and what was chosen stays chosen.
test('the form works before the search code, and the search says so when that code cannot load', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.route(/\/passerelle\/chunks\/browser-search-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/trouver-de-l-aide.html');
  const finder = page.locator('passerelle-partner-finder');
  const need = finder.getByRole('combobox', { name: 'De quoi avez-vous besoin ?' });
  await need.selectOption('sante');
  const commune = finder.getByRole('combobox', { name: /Votre commune ou votre code postal/ });
  await commune.fill('creteil');
  await expect(finder.getByRole('option', { name: /Créteil/ })).toBeVisible();
  await commune.press('ArrowDown');
  await commune.press('Enter');
  await finder.getByRole('button', { name: 'Rechercher' }).click();
  await expect(finder.getByRole('alert')).toContainText('La liste des lieux n’a pas pu être chargée');
  await expect(need).toHaveValue('sante');
  await expect(commune).toHaveValue(/Créteil/);
  await expect(finder.getByRole('button', { name: 'Rechercher' })).toBeVisible();
});
