import { DEMO_KIT, recordWaves, waveCount } from '@passerelle/testing/waves';
import { expect, test } from '@playwright/test';

// Issue 17: with the demo's host data, each widget's code and data arrive in one wave after the loader
// (the loader asks for the host's files and the lazy code the tag needs as soon as it sees the tag). The
// count is deterministic: a large added latency separates waves whatever the machine's speed.
for (const { path, ready } of [
  { path: '/vos-droits.html', ready: 'passerelle-questionnaire' },
  { path: '/comprendre-vos-droits.html', ready: 'passerelle-falc' },
  { path: '/trouver-de-l-aide.html', ready: 'passerelle-partner-finder' },
]) {
  test(`${path}: the widget's code and data in one wave after the loader`, async ({ page }) => {
    test.setTimeout(120_000);
    const recording = await recordWaves(page, DEMO_KIT);
    await page.goto(path);
    await page.locator(ready).waitFor();
    // Local aids settled (questionnaire) or nothing more to load: the network goes quiet.
    await page.waitForLoadState('networkidle');
    const requests = await recording.stop();
    const waves = requests.map((r) => `${r.wave} ${new URL(r.url).pathname}`);
    expect(waveCount(requests), waves.join('\n')).toBe(1);
    // Each file once: a widget reads what the loader requested early instead of asking again.
    const paths = requests.map((r) => new URL(r.url).pathname);
    expect(
      paths.filter((p, i) => paths.indexOf(p) !== i),
      waves.join('\n'),
    ).toEqual([]);
    // Host data is part of that wave, not after it.
    if (path === '/vos-droits.html')
      expect(waves).toEqual(expect.arrayContaining(['1 /donnees/aides-locales.json']));
    if (path === '/trouver-de-l-aide.html')
      expect(waves).toEqual(expect.arrayContaining(['1 /donnees/partenaires/manifest.json']));
  });
}
