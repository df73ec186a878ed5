// <passerelle-falc> on the demo page "Comprendre vos droits": choose a right, open a hard word with the
// keyboard, listen with a (fake) French voice, and stay accessible at 320 px.
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, hasNoHorizontalOverflow } from '@passerelle/testing/playwright';
import { builtTags, collectErrors, waitForWidgets } from './helpers.ts';

test.skip(!builtTags.includes('passerelle-falc'), 'the built kit has no <passerelle-falc>');

const PATH = '/comprendre-vos-droits.html';

/** Replaces speechSynthesis before the page loads: one French voice, utterances end when the test says. */
async function fakeSpeech(page: Page) {
  await page.addInitScript(() => {
    type U = { text: string; lang: string; onend?: () => void; onerror?: (e: { error: string }) => void };
    const state = { spoken: [] as string[], current: undefined as U | undefined, paused: false };
    const target = new EventTarget();
    const synth = {
      getVoices: () => [
        { lang: 'fr-FR', name: 'Voix de test', localService: true, default: true, voiceURI: 'test' },
      ],
      speak: (u: U) => {
        state.spoken.push(u.text);
        state.current = u;
      },
      cancel: () => {
        const u = state.current;
        state.current = undefined;
        u?.onerror?.({ error: 'canceled' });
      },
      pause: () => {
        state.paused = true;
      },
      resume: () => {
        state.paused = false;
      },
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
    };
    class FakeUtterance {
      lang = '';
      voice = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: ((e: { error: string }) => void) | null = null;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    (window as unknown as { __speech: unknown }).__speech = {
      state,
      end: () => {
        const u = state.current;
        state.current = undefined;
        u?.onend?.();
      },
    };
  });
}

const falc = (page: Page) => page.locator('passerelle-falc');

test('lists the rights, opens one with the keyboard, with real headings and the official link', async ({
  page,
}) => {
  const { errors } = collectErrors(page);
  await page.goto(PATH);
  await waitForWidgets(page, ['passerelle-falc']);
  const widget = falc(page);
  await expect(widget.getByRole('heading', { name: 'Choisissez une aide' })).toBeVisible();
  const rsa = widget.getByRole('button', { name: /revenu de solidarité active/ });
  await rsa.focus();
  await page.keyboard.press('Enter');
  await expect(widget.locator('#falc-title')).toBeFocused();
  for (const name of ["C'est quoi ?", 'Pour qui ?', 'Combien ?', 'Comment faire ?', "Qui peut m'aider ?"])
    await expect(widget.getByRole('heading', { name })).toBeVisible();
  await expect(widget.getByRole('link', { name: 'Lire la page officielle complète' })).toHaveAttribute(
    'href',
    /service-public\.fr/,
  );
  await expect(widget.getByText(/\d+,\d{2}\s€ par mois/).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('opens a hard word in place with the keyboard and closes it with Escape', async ({ page }) => {
  await page.goto(PATH);
  await waitForWidgets(page, ['passerelle-falc']);
  const widget = falc(page);
  await widget.getByRole('button', { name: /revenu de solidarité active/ }).click();
  const word = widget.getByRole('button', { name: 'CAF', exact: true }).first();
  await word.focus();
  await expect(word).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(word).toHaveAttribute('aria-expanded', 'true');
  const definition = widget.locator(`#${await word.getAttribute('aria-controls')}`);
  await expect(definition).toBeVisible();
  await expect(definition).toContainText("Caisse d'allocations familiales");
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(word).toHaveAttribute('aria-expanded', 'false');
  await expect(definition).toBeHidden();
});

test('reads aloud one sentence at a time with a French voice, highlights it, pauses and stops', async ({
  page,
}) => {
  await fakeSpeech(page);
  await page.goto(PATH);
  await waitForWidgets(page, ['passerelle-falc']);
  const widget = falc(page);
  await widget.getByRole('button', { name: /Pass'Sport/ }).click();
  await widget.getByRole('button', { name: 'Écouter' }).click();
  const spoken = () =>
    page.evaluate(
      () => (window as unknown as { __speech: { state: { spoken: string[] } } }).__speech.state.spoken,
    );
  await expect.poll(spoken).toEqual(["Le Pass'Sport"]);
  await expect(widget.locator('.is-speaking')).toHaveText("Le Pass'Sport");
  await page.evaluate(() => (window as unknown as { __speech: { end: () => void } }).__speech.end());
  await expect.poll(spoken).toEqual(["Le Pass'Sport", "C'est quoi ?"]);
  await expect(widget.locator('.is-speaking')).toHaveText("C'est quoi ?");
  // Announced once when reading starts, not at every sentence (a screen reader would talk over the voice).
  await expect(widget.getByRole('status')).toHaveText('Lecture à voix haute commencée.');
  await widget.getByRole('button', { name: 'Pause' }).click();
  await expect(widget.getByRole('button', { name: 'Reprendre' })).toBeFocused();
  await widget.getByRole('button', { name: 'Arrêter' }).click();
  await expect(widget.locator('.is-speaking')).toHaveCount(0);
  await expect(widget.getByRole('button', { name: 'Écouter' })).toBeVisible();
});

test('hides read-aloud when the browser has no French voice', async ({ page }) => {
  await page.addInitScript(() => {
    const target = new EventTarget();
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [
          { lang: 'en-US', name: 'English', localService: true, default: true, voiceURI: 'en' },
        ],
        speak() {},
        cancel() {},
        pause() {},
        resume() {},
        addEventListener: target.addEventListener.bind(target),
        removeEventListener: target.removeEventListener.bind(target),
      },
      configurable: true,
    });
  });
  await page.goto(PATH);
  await waitForWidgets(page, ['passerelle-falc']);
  const widget = falc(page);
  await widget
    .getByRole('button', { name: /allocations familiales/ })
    .first()
    .click();
  await expect(widget.getByRole('heading', { name: "C'est quoi ?" })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Écouter' })).toHaveCount(0);
});

test('stays accessible and reflows at 320 px with an explanation open', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto(PATH);
  await waitForWidgets(page, ['passerelle-falc']);
  await falc(page).getByRole('button', { name: /AAH/ }).click();
  await expect(falc(page).getByRole('heading', { name: 'Combien ?' })).toBeVisible();
  expect(await hasNoHorizontalOverflow(page)).toBe(true);
  await expectAccessible(page);
});

test('opens the right named by #droit= of the address (the questionnaire links there)', async ({ page }) => {
  const requests: URL[] = [];
  page.on('request', (r) => requests.push(new URL(r.url())));
  await page.goto(`${PATH}#droit=asf`);
  await waitForWidgets(page, ['passerelle-falc']);
  const widget = falc(page);
  await expect(
    widget.getByRole('heading', { level: 2, name: /allocation de soutien familial/ }),
  ).toBeVisible();
  await expect(widget.getByText(/Brouillon/)).toHaveCount(0);
  // The fragment stays in the browser: no request carries it (the page's own name, "comprendre-vos-droits",
  // is not the fragment).
  expect(requests.filter((u) => u.hash !== '' || /droit=/.test(u.href))).toEqual([]);
});

test('the files asked for do not tell which right was opened', async ({ browser }) => {
  // Two fresh visitors open two different rights: the server must see the same files.
  const filesFor = async (right: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const paths = new Set<string>();
    page.on('request', (r) => paths.add(new URL(r.url()).pathname));
    await page.goto(`${PATH}#droit=${right}`);
    await waitForWidgets(page, ['passerelle-falc']);
    await expect(falc(page).getByRole('heading', { level: 2 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await context.close();
    return [...paths].sort();
  };
  const asf = await filesFor('asf');
  const aspa = await filesFor('aspa');
  expect(asf).toEqual(aspa);
  // Every right's text came, not only the one opened.
  expect(asf.filter((p) => /\/chunks\/(asf|aspa|rsa)-/.test(p))).toHaveLength(3);
});
