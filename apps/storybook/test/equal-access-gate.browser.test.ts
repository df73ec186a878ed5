import { equalAccessViolations, expectNoEqualAccessViolations } from '@passerelle/testing/equal-access';
import { render, type TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { InputWithoutLabel } from '../stories/fixtures/inaccessible.stories.ts';

// The second engine must bite too: IBM Equal Access rejects the same broken fixture, also inside a shadow root.
describe('the Equal Access gate', () => {
  const story = InputWithoutLabel.render as () => TemplateResult;

  it('reports an input without a label', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(story(), host);
    const ids = (await equalAccessViolations(host)).map((v) => v.ruleId);
    expect(ids.length).toBeGreaterThan(0);
    await expect(expectNoEqualAccessViolations(host)).rejects.toThrow(/Equal Access/);
    host.remove();
  });

  it('reads inside shadow roots', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    render(story(), root);
    expect((await equalAccessViolations(host)).length).toBeGreaterThan(0);
    host.remove();
  });

  it('passes a labelled field', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML =
      '<form><label for="n">Nom</label><input id="n" type="text" name="nom" autocomplete="family-name" /></form>';
    await expectNoEqualAccessViolations(host);
    host.remove();
  });
});
