import { axeViolations, expectNoAxeViolations } from '@passerelle/testing/axe';
import { composeStories } from '@storybook/web-components-vite';
import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import * as fixtures from '../stories/fixtures/inaccessible.stories.ts';

const { InputWithoutLabel } = composeStories(fixtures);

describe('the a11y gate', () => {
  it('reports an input without a label', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(InputWithoutLabel.render!(InputWithoutLabel.args, {} as never) as never, host);
    const ids = (await axeViolations(host)).map((v) => v.id);
    expect(ids).toContain('label');
    await expect(expectNoAxeViolations(host)).rejects.toThrow(/label/);
    host.remove();
  });
});
