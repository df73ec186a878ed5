// The second accessibility engine on every page of the demo: IBM Equal Access (its own rules, shadow roots
// included) must find no confirmed WCAG 2.2 violation, like axe in site.spec.ts.
import { expect, test } from '@playwright/test';
import { equalAccessOnPage } from '@passerelle/testing/a11y';
import { builtTags, waitForWidgets } from './helpers.ts';

const PAGES: [string, string[]][] = [
  ['/', []],
  ['/vos-droits.html', ['passerelle-questionnaire', 'passerelle-partner-finder']],
  ['/trouver-de-l-aide.html', ['passerelle-partner-finder']],
  ['/comprendre-vos-droits.html', ['passerelle-falc']],
  ['/mediation.html', ['passerelle-questionnaire']],
  ['/integrer.html', ['passerelle-questionnaire']],
  ['/contact.html', []],
  ['/accessibilite.html', []],
  ['/plan-du-site.html', []],
];

for (const [path, tags] of PAGES) {
  test(`${path}: no IBM Equal Access violation`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(path);
    await waitForWidgets(
      page,
      tags.filter((t) => builtTags.includes(t)),
    );
    expect(await equalAccessOnPage(page)).toEqual([]);
  });
}
