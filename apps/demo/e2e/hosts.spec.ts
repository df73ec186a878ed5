// The kit on real-world hosts: a WordPress-like theme, two versions on one page, a strict CSP, an iframe and a
// right-to-left page. Each: no horizontal overflow at 320 px, visible focus, readable controls, no axe violation.
import { expect, type Frame, type Page, test } from '@playwright/test';
import { expectAccessible, hasNoHorizontalOverflow } from '@passerelle/testing/playwright';
import {
  ALL_TAGS,
  builtTags,
  collectErrors,
  expectVisibleFocus,
  kit,
  olderKit,
  readabilityProblems,
  waitForWidgets,
} from './helpers.ts';

const hosts = [
  { name: 'WordPress-like theme', path: '/hosts/wordpress/' },
  { name: 'two versions of the kit', path: '/hosts/deux-versions/' },
  { name: 'strict CSP', path: '/hosts/csp/' },
  { name: 'iframe', path: '/hosts/iframe/' },
  { name: 'right-to-left page', path: '/hosts/rtl/' },
];

/** The document holding the widgets: the page itself, or the framed page. */
async function widgetsDocument(page: Page, path: string): Promise<Frame> {
  if (!path.includes('iframe')) return page.mainFrame();
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the iframe has no content frame');
  await frame.waitForLoadState();
  return frame;
}

for (const host of hosts) {
  test.describe(host.name, () => {
    test('no overflow at 320 px, no error, no axe violation', async ({ page }) => {
      const { errors } = collectErrors(page);
      await page.setViewportSize({ width: 320, height: 720 });
      await page.goto(host.path);
      const doc = await widgetsDocument(page, host.path);
      await waitForWidgets(doc, builtTags);
      expect(await hasNoHorizontalOverflow(page)).toBe(true);
      expect(await doc.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(
        true,
      );
      await expectAccessible(page);
      expect(errors).toEqual([]);
    });

    test('visible focus and readable controls in every widget', async ({ page }) => {
      test.skip(builtTags.length === 0, 'no widget in the kit yet');
      await page.setViewportSize({ width: 320, height: 720 });
      await page.goto(host.path);
      const doc = await widgetsDocument(page, host.path);
      await waitForWidgets(doc, builtTags);
      expect(await readabilityProblems(doc, builtTags)).toEqual([]);
      for (const tag of builtTags) await expectVisibleFocus(page, doc, tag);
    });
  });
}

test('the WordPress theme really is hostile (62.5 %, line-height 1, !important on controls)', async ({
  page,
}) => {
  await page.goto('/hosts/wordpress/');
  const host = await page.evaluate(() => ({
    root: getComputedStyle(document.documentElement).fontSize,
    lineHeight: getComputedStyle(document.body).lineHeight,
    button: getComputedStyle(document.querySelector('.search-form button') as Element).fontSize,
  }));
  expect(host).toEqual({ root: '10px', lineHeight: '16px', button: '14px' });
});

test('strict CSP: the header is sent and nothing is blocked, even after using the widgets', async ({
  page,
}) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      ),
    );
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto('/hosts/csp/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  await waitForWidgets(page, builtTags);
  // Use each widget a little, so styles and templates of later states are exercised too.
  for (const tag of builtTags) {
    const button = page.locator(`${tag} button:visible`).first();
    if (await button.count()) await button.click();
  }
  await page.waitForTimeout(300);
  violations.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
  expect(violations).toEqual([]);
});

test('two versions: one warning naming both, no error, each version serves its widgets', async ({ page }) => {
  const { errors, warnings } = collectErrors(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/hosts/deux-versions/');
  await waitForWidgets(page, builtTags);
  expect(errors).toEqual([]);
  // Tags whose widget is not built yet are reported too (once); they are not about versions.
  const missing = ALL_TAGS.filter((t) => !builtTags.includes(t));
  const aboutVersions = warnings.filter((w) => !missing.some((t) => w.includes(`<${t}> n'est pas inclus`)));
  expect(warnings.length - aboutVersions.length).toBe(missing.length);
  expect(aboutVersions).toHaveLength(1);
  expect(aboutVersions[0]).toContain(kit.version);
  expect(aboutVersions[0]).toContain(olderKit.version);
  expect(
    await page.evaluate(() => (window as { Passerelle?: { version: string } }).Passerelle?.version),
  ).toBe(olderKit.version);
  // The older copy owns what it has; the current one brings the rest. Nothing is loaded twice.
  for (const w of kit.widgets) {
    const fromOld = olderKit.widgets.some((o) => o.tag === w.tag);
    expect(requested).toContain(`/${fromOld ? 'passerelle-ancienne' : 'passerelle'}/${w.chunk}.js`);
    expect(requested).not.toContain(`/${fromOld ? 'passerelle' : 'passerelle-ancienne'}/${w.chunk}.js`);
  }
  // Both usable: every widget answers a click on its first button by changing what it shows.
  for (const tag of builtTags) {
    const before = await page.locator(tag).evaluate((el) => el.shadowRoot?.innerHTML ?? '');
    await page.locator(`${tag} button:visible`).first().click();
    await expect
      .poll(() => page.locator(tag).evaluate((el) => el.shadowRoot?.innerHTML ?? ''))
      .not.toBe(before);
  }
  expect(errors).toEqual([]);
});

test('right-to-left page: each widget lays out in the direction of the language it shows', async ({
  page,
}) => {
  test.skip(builtTags.length === 0, 'no widget in the kit yet');
  await page.goto('/hosts/rtl/');
  await waitForWidgets(page, builtTags);
  const seen: string[] = [];
  for (const tag of builtTags) {
    // A widget showing Arabic (the questionnaire, the FALC texts) must be right to left; one whose texts
    // exist only in French must say so with lang="fr" and stay left to right.
    const { lang, direction } = await page.locator(tag).evaluate((el) => {
      const root = el.shadowRoot?.querySelector('[lang]') ?? el;
      return { lang: root.getAttribute('lang') ?? '', direction: getComputedStyle(root).direction };
    });
    expect(lang, `${tag} says which language it shows`).not.toBe('');
    expect(direction, `${tag} lang=${lang}`).toBe(lang.startsWith('ar') ? 'rtl' : 'ltr');
    seen.push(lang);
  }
  // The questionnaire is translated: it must follow the page into Arabic.
  if (builtTags.includes('passerelle-questionnaire'))
    expect(seen[builtTags.indexOf('passerelle-questionnaire')]).toMatch(/^ar/);
});

test('iframe: the kit loads inside the frame, relative to its own URL', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/hosts/iframe/');
  const frame = await widgetsDocument(page, '/hosts/iframe/');
  await waitForWidgets(frame, builtTags);
  expect(requested).toContain('/passerelle/passerelle.js');
  for (const w of kit.widgets) expect(requested).toContain(`/passerelle/${w.chunk}.js`);
});
