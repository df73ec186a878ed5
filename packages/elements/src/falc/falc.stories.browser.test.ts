// Runs every <passerelle-falc> story like Storybook does (render, play, axe), so stories stay green.
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { afterEach, describe, expect, it } from 'vitest';
import { playStory, removeStoryCanvases, storyEntries } from '../a11y/test-helpers.js';
import * as stories from './falc.stories.js';

afterEach(removeStoryCanvases);

describe('falc stories', () => {
  for (const [name, story] of storyEntries(stories))
    it(`${name}: renders and passes axe`, async () => {
      const { canvasElement, el } = await playStory(story, 'passerelle-falc', 'fr');
      expect(el.shadowRoot?.querySelector('h2, h3')).not.toBeNull();
      await expectNoAxeViolations(canvasElement);
      // 320 px reflow: nothing wider than its container.
      expect(el.scrollWidth).toBeLessThanOrEqual(Math.max(el.clientWidth, 320) + 1);
    });
});
