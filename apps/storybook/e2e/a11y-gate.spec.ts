import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the built Storybook serves the inaccessible fixture and axe reports it', async ({ page }) => {
  await page.goto('/iframe.html?id=tests-inaccessible-fixture--input-without-label&viewMode=story');
  await page.locator('input[name="nom"]').waitFor();
  const { violations } = await new AxeBuilder({ page }).include('#storybook-root').analyze();
  expect(violations.map((v) => v.id)).toContain('label');
});

test('the built Storybook opens with its introduction page', async ({ page }) => {
  await page.goto('/iframe.html?id=introduction--docs&viewMode=docs');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Passerelle');
});
