// Issue 15: the aide au logement follows the zone of the person's commune. The zones table
// ('@passerelle/rules/zones') is a chunk of its own, fetched only once a person says they rent.
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { describe, expect, it } from 'vitest';
import { zonesLoading } from './loading.js';
import { household, mount, runJourney, settle, shadow, shownRights } from './test-fixture.js';

const inAuch = (id: string) => {
  const h = household(id);
  return { ...h, answers: { ...h.answers, commune: '32013' } };
};

describe('the aide au logement by the commune’s zone', () => {
  it('a home owner never downloads the zones table', async () => {
    const el = await mount();
    await runJourney(el, inAuch('retired-couple'));
    expect(await zonesLoading()).toBe(false);
    expect(shownRights(el).length).toBeGreaterThan(0);
  });

  it('a tenant in Auch gets the zone 3 amount, said in plain words', async () => {
    const el = await mount();
    await runJourney(el, inAuch('single-parent-part-time'));
    expect(await zonesLoading()).toBe(true);
    await settle(el);
    const al = shownRights(el).find((r) => r.id === 'aide_logement');
    expect(al?.text).toContain('Votre commune est en zone 3 pour l’aide au logement.');
    expect(al?.text).not.toContain('d’après votre département');
    const li = shadow(el).querySelector('li[data-right="aide_logement"]') as HTMLElement;
    await expectNoAxeViolations(li);
  });
});
