import { expect, test } from '@playwright/test';

// Issue 17: the questionnaire's start screen renders from its first file; its engine (questions, rules,
// later screens) is a file of its own, asked for in the same wave. When that file cannot arrive, the start
// screen stays usable, "Commencer" says what happened and what was ticked stays ticked.
test('the start screen works before the engine, and says so when the engine cannot load', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.route(/\/passerelle\/chunks\/engine-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/vos-droits.html');
  const q = page.locator('passerelle-questionnaire');
  const start = q.getByRole('button', { name: 'Commencer' });
  await expect(start).toBeVisible();
  const first = q.getByRole('checkbox').first();
  await expect(first).toBeChecked();
  await first.uncheck();
  await start.click();
  await expect(q.getByRole('status').filter({ hasText: 'n’a pas pu se charger' })).toHaveCount(1);
  await expect(q.getByRole('heading', { level: 2 }).first()).toHaveText(/bilan/i);
  await expect(first).not.toBeChecked();
  await expect(start).toBeVisible();
});
