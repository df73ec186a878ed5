// Offline recipe of the kit on the demo's mediator page: after one visit with the network, the page loads
// and a whole accompagnement bilan is done with the network cut (the worker serves the kit, the page, the
// local aids, the partner index and the communes from its cache).
import { expect, test } from '@playwright/test';
import { builtTags } from './helpers.ts';
import { completeInterview } from './mediation-helpers.ts';

test('the mediator page works without network after one visit', async ({ page, context }) => {
  test.skip(!builtTags.includes('passerelle-questionnaire'), 'the questionnaire is not in the kit yet');
  // The first visit keeps every communes file (about 5 MB) and the whole interview is typed: a long test.
  test.setTimeout(120_000);
  await page.goto('/mediation.html');
  const helper = page.locator('script[data-worker]');
  await expect(helper).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(page.locator('[data-hors-ligne]')).toContainText('fonctionnera aussi sans réseau');

  await context.setOffline(true);
  // The cut reaches the worker too: a file the page never needed is not served.
  const unreachable = await page.evaluate(() =>
    fetch('/version.json').then(
      () => false,
      () => true,
    ),
  );
  expect(unreachable).toBe(true);

  await page.reload();
  const q = page.locator('passerelle-questionnaire');
  await q.getByRole('button', { name: 'Commencer' }).click();
  await completeInterview(q);
  // The host's local aids (one JSON file) were evaluated from the cache.
  await expect(q.locator('[part~="results"] [data-right^="local:"]').first()).toBeAttached();
  await q.getByRole('button', { name: 'Voir ma fiche à imprimer ou à partager' }).click();
  await expect(q.locator('[data-screen="bilan"]')).toBeVisible();
  await context.setOffline(false);
});
