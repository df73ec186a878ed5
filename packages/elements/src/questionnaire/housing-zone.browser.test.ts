// Issue 15: the aide au logement follows the zone of the person's commune. The zones table travels with the
// engine, so every bilan has it and no request depends on an answer.
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { zonesLoaded } from '@passerelle/rules/zones';
import { describe, expect, it } from 'vitest';
import { household, mount, network, runJourney, shadow, shownRights } from './test-fixture.js';

const inAuch = (id: string) => {
  const h = household(id);
  return { ...h, answers: { ...h.answers, commune: '32013' } };
};

describe('the aide au logement by the commune’s zone', () => {
  it('the zones are there before the first answer, for everyone', async () => {
    await mount();
    expect(zonesLoaded()).toBe(true);
  });

  it('a tenant in Auch gets the zone 3 amount, said in plain words, and nothing leaves the page', async () => {
    const el = await mount();
    await runJourney(el, inAuch('single-parent-part-time'));
    const al = shownRights(el).find((r) => r.id === 'aide_logement');
    expect(al?.text).toContain('Votre commune est en zone 3 pour l’aide au logement.');
    expect(al?.text).not.toContain('d’après votre département');
    expect(network).toEqual([]);
    const li = shadow(el).querySelector('li[data-right="aide_logement"]') as HTMLElement;
    await expectNoAxeViolations(li);
  });
});
