import { axeViolations, expectNoAxeViolations } from '@passerelle/testing/axe';
import { render, type TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { InputWithoutLabel } from '../stories/fixtures/inaccessible.stories.ts';

// Proves the gate bites: the same axe check that every story and widget test uses must reject this fixture.
describe('the a11y gate', () => {
  it('reports an input without a label', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const story = InputWithoutLabel.render as () => TemplateResult;
    render(story(), host);
    const ids = (await axeViolations(host)).map((v) => v.id);
    expect(ids).toContain('label');
    await expect(expectNoAxeViolations(host)).rejects.toThrow(/label/);
    host.remove();
  });
});
