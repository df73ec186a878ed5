import { expect, test } from '@playwright/test';

test('the demo home page is served', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Belleville-sur-Marne');
});
